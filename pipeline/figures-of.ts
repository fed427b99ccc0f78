// Per-document figures: a processed document (DocResult) → DocFigures, the compact record
// every statistic is computed from. Reads the document's hits and quotes; keeps no text and
// no offsets. Everything here can be rebuilt from the document's rows in terms.csv and
// quotes.csv, so a merge of shard folders recomputes the same statistics.
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

/** Figures are kept for the whole run, so their strings are kept once: one copy of each
 *  distinct value (terms, outlets, speakers, forms repeat across many hits), and a copy of its
 *  own rather than a slice of the document's text, which would keep the whole text alive. */
const kept = new Map<string, string>();
const KEPT_MAX = 1_000_000;

function keep<S extends string>(s: S): S {
  const known = kept.get(s);
  if (known !== undefined) return known as S;
  const own = (s.length < 13 ? s : ` ${s}`.slice(1)) as S; // V8 copies short slices; flatten longer ones
  if (kept.size >= KEPT_MAX) kept.clear();
  kept.set(own, own);
  return own;
}

export function figuresOf(doc: DocResult): DocFigures {
  return {
    docId: ` ${doc.meta.docId}`.slice(1),
    outlet: keep(doc.meta.outlet),
    date: keep(doc.meta.date),
    tokens: doc.tokenCount,
    sentences: doc.sentenceCount,
    hits: doc.hits.map((h) => ({
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
      kind: keep(q.kind),
      speaker: keep(q.speaker),
      speakerType: keep(q.speakerType),
      words: quoteWords(doc.text, q),
      cueLemma: keep(q.cueLemma),
      cueConnotation: keep(q.cueConnotation),
    })),
  };
}
