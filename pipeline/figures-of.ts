// Per-document figures: a processed document (DocResult) → DocFigures, the compact record
// every statistic is computed from. Reads the document's hits and quotes; keeps no text and
// no offsets. Each run folder keeps every document's figures in figures.jsonl
// (reports/figures-sidecar.ts) — hits, quotes, per-sentence hashes and token counts, lemma
// counts, actor mentions and label candidates — so a merge of shard folders recomputes the same
// statistics; `dupKey` (a hash of outlet and text) lets it find duplicates across shards.
import { duplicateHash } from './corpus/mark-duplicates.js';
import { matchForm } from './normalize-text.js';
import type { ActorMentionFigure, DocFigures, DocResult, LabelCandidateFigure, Quote } from './types.js';

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** Words in a piece of text (letters and digits, inner apostrophes and hyphens kept). */
export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

export function quoteWords(text: string, quote: Quote): number {
  return quote.parts.reduce((n, p) => n + countWords(text.slice(p.start, p.end)), 0);
}

/** The sentence holding `offset`: the last sentence starting at or before it (0 if none). */
export function sentenceAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function figuresOf(doc: DocResult): DocFigures {
  return {
    docId: doc.meta.docId,
    outlet: doc.meta.outlet,
    date: doc.meta.date,
    tokens: doc.tokenCount,
    sentences: doc.sentenceCount,
    dupKey: duplicateHash(doc.meta.outlet, doc.text),
    hits: doc.hits.map((h) => ({
      sentence: h.sentence,
      term: h.term,
      category: h.category,
      lexicon: h.lexicon,
      voice: h.voice,
      scareQuoted: h.scareQuoted,
      negated: h.negated,
      form: matchForm(h.text),
      target: h.target,
      speaker: h.speaker,
      quoteKind: h.quoteKind,
    })),
    quotes: doc.quotes.map((q) => ({
      sentence: sentenceAt(doc.sentenceStarts, q.start),
      kind: q.kind,
      speaker: q.speaker,
      speakerType: q.speakerType,
      words: quoteWords(doc.text, q),
      cueLemma: q.cueLemma,
      cueConnotation: q.cueConnotation,
    })),
    sentenceHashes: doc.sentenceHashes,
    sentenceTokens: doc.sentenceTokens,
    duplicateSentences: doc.duplicateSentences,
    lemmas: lemmaCounts(doc.lemmas),
    actors: mentionFigures(doc),
    candidates: candidateFigures(doc),
  };
}

/** Each lemma with its count, in order of first occurrence. */
function lemmaCounts(lemmas: readonly string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const l of lemmas) counts.set(l, (counts.get(l) ?? 0) + 1);
  return [...counts];
}

/** Mentions counted per actor and alias, in order of first mention. */
function mentionFigures(doc: DocResult): ActorMentionFigure[] {
  const byKey = new Map<string, { actor: string; alias: string; own: number; quoted: number }>();
  for (const m of doc.actorMentions) {
    const key = JSON.stringify([m.actor, m.alias]);
    const f = byKey.get(key) ?? { actor: m.actor, alias: m.alias, own: 0, quoted: 0 };
    f[m.voice]++;
    byKey.set(key, f);
  }
  return [...byKey.values()];
}

/** Label candidates counted per actor and word, with the first example, in text order. */
function candidateFigures(doc: DocResult): LabelCandidateFigure[] {
  const byKey = new Map<string, { actor: string; word: string; count: number; example: string }>();
  for (const c of doc.labelCandidates) {
    const key = JSON.stringify([c.actor, c.word]);
    const f = byKey.get(key) ?? { actor: c.actor, word: c.word, count: 0, example: c.example };
    f.count++;
    byKey.set(key, f);
  }
  return [...byKey.values()];
}
