// Small accessors for spans and index ranges, so stages read the document model the same way.
import type { IndexRange, Span, Token, TokenizedDoc } from './types.js';

/** The text a span covers. */
export function spanText(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}

export function spanLength(span: Span): number {
  return span.end - span.start;
}

/** True when `inner` lies entirely within `outer`. */
export function spanContains(outer: Span, inner: Span): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

/** True when the two spans share at least one character. */
export function spansOverlap(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** The elements of `items` in a half-open index range. */
export function itemsIn<T>(items: readonly T[], range: IndexRange): readonly T[] {
  return items.slice(range.from, range.to);
}

export function rangeSize(range: IndexRange): number {
  return range.to - range.from;
}

/** Tokens of a sentence, by sentence index. */
export function sentenceTokens(doc: TokenizedDoc, sentence: number): readonly Token[] {
  const s = doc.sentences[sentence];
  return s ? itemsIn(doc.tokens, s.tokens) : [];
}

/** Tokens of a paragraph, by paragraph index. */
export function paragraphTokens(doc: TokenizedDoc, paragraph: number): readonly Token[] {
  const p = doc.paragraphs[paragraph];
  return p ? itemsIn(doc.tokens, p.tokens) : [];
}

/** Index of the first token whose start is >= offset (binary search; tokens.length if none). */
export function tokenIndexAt(tokens: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The half-open range of tokens lying entirely inside `span`. */
export function tokensWithin(tokens: readonly Span[], span: Span): IndexRange {
  const from = tokenIndexAt(tokens, span.start);
  let to = from;
  while (to < tokens.length && tokens[to]!.end <= span.end) to++;
  return { from, to };
}

/** A span from the start of the first to the end of the last of a non-empty token run. */
export function spanOfTokens(tokens: readonly Span[], range: IndexRange): Span {
  const first = tokens[range.from];
  const last = tokens[range.to - 1];
  if (!first || !last) throw new RangeError(`empty token range ${range.from}..${range.to}`);
  return { start: first.start, end: last.end };
}
