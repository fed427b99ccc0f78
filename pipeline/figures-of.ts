// Per-document figures: a processed document (DocResult) → DocFigures, the compact record
// every statistic is computed from. Reads the document's hits and quotes; keeps no text and
// no offsets. Each run folder keeps every document's figures in figures.jsonl
// (reports/figures-sidecar.ts) — hits, quotes, per-sentence hashes and token counts, actor
// mentions and label candidates (lemma counts are summed apart: stats/lemma-counts.ts) — so a merge of shard folders recomputes the same
// statistics; `dupKey` (a hash of outlet and text) lets it find duplicates across shards.
import { duplicateHash } from './corpus/mark-duplicates.js';
import { matchForm } from './normalize-text.js';
import type { ActorMentionFigure, DocFigures, DocResult, LabelCandidateFigure, Quote } from './types.js';
import { ownString } from './own-string.js';

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

/** Figures are kept for the whole run, so their strings are kept once: one copy of each
 *  distinct value (terms, outlets, speakers, forms repeat across many hits), and a copy of its
 *  own rather than a slice of the document's text, which would keep the whole text alive. */
const kept = new Map<string, string>();
const KEPT_MAX = 1_000_000;

function keep<S extends string>(s: S): S {
  const known = kept.get(s);
  if (known !== undefined) return known as S;
  const own = ownString(s);
  if (kept.size >= KEPT_MAX) kept.clear();
  kept.set(own, own);
  return own;
}

export function figuresOf(doc: DocResult): DocFigures {
  return {
    docId: ownString(doc.meta.docId),
    outlet: keep(doc.meta.outlet),
    date: keep(doc.meta.date),
    tokens: doc.tokenCount,
    sentences: doc.sentenceCount,
    dupKey: duplicateHash(doc.meta.outlet, doc.text),
    hits: doc.hits.map((h) => ({
      sentence: h.sentence,
      term: keep(h.term),
      category: keep(h.category),
      lexicon: keep(h.lexicon),
      voice: keep(h.voice),
      scareQuoted: h.scareQuoted,
      negated: h.negated,
      form: keep(matchForm(h.text)),
      target: keep(h.target),
      speaker: keep(h.speaker),
      quoteKind: keep(h.quoteKind),
    })),
    quotes: doc.quotes.map((q) => ({
      sentence: sentenceAt(doc.sentenceStarts, q.start),
      kind: keep(q.kind),
      speaker: keep(q.speaker),
      speakerType: keep(q.speakerType),
      words: quoteWords(doc.text, q),
      cueLemma: keep(q.cueLemma),
      cueConnotation: keep(q.cueConnotation),
    })),
    sentenceHashes: doc.sentenceHashes,
    sentenceTokens: doc.sentenceTokens,
    duplicateSentences: doc.duplicateSentences,
    actors: mentionFigures(doc),
    candidates: candidateFigures(doc),
  };
}

/** Mentions counted per actor and alias, in order of first mention. */
function mentionFigures(doc: DocResult): ActorMentionFigure[] {
  const byKey = new Map<string, { actor: string; alias: string; own: number; quoted: number }>();
  for (const m of doc.actorMentions) {
    const key = JSON.stringify([m.actor, m.alias]);
    const f = byKey.get(key) ?? { actor: keep(m.actor), alias: keep(m.alias), own: 0, quoted: 0 };
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
    const f = byKey.get(key) ?? { actor: keep(c.actor), word: keep(c.word), count: 0, example: ownString(c.example) };
    f.count++;
    byKey.set(key, f);
  }
  return [...byKey.values()];
}
