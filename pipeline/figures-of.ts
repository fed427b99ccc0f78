// Per-document figures: a processed document (DocResult) → DocFigures, the compact record
// every statistic is computed from. Reads the document's hits and quotes; keeps no text and
// no offsets. Each run folder keeps every document's figures in figures.jsonl
// (reports/figures-sidecar.ts), so a merge of shard folders recomputes the same statistics;
// `dupKey` (a hash of outlet and text) lets it find duplicates across shards.
import { duplicateHash } from './corpus/mark-duplicates.js';
import { matchForm } from './normalize-text.js';
import type { DocFigures, DocResult, Quote } from './types.js';

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** Words in a piece of text (letters and digits, inner apostrophes and hyphens kept). */
export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

export function quoteWords(text: string, quote: Quote): number {
  return quote.parts.reduce((n, p) => n + countWords(text.slice(p.start, p.end)), 0);
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
      kind: q.kind,
      speaker: q.speaker,
      speakerType: q.speakerType,
      words: quoteWords(doc.text, q),
      cueLemma: q.cueLemma,
      cueConnotation: q.cueConnotation,
    })),
  };
}
