// The words around a quotation region, as the role and attribution rules read them.
// Reads the tokens and the marked regions; gives, per region, the tokens inside it and the
// tokens of its sentence before the opening mark and after the closing mark (within the
// paragraph, stopping at sentence-final punctuation or at another region's marks).
import { tokenIndexAt, tokensWithin } from '../spans.js';
import { isAbbreviationDot } from './token-shape.js';
import type { IndexRange, Span, Token, TokenizedDoc } from '../types.js';

export interface RegionLike extends Span {
  readonly open: Span;
  readonly close: Span | null;
}

export interface RegionContext {
  readonly inside: IndexRange;
  /** Word and number tokens inside the region. */
  readonly words: number;
  /** Sentence tokens before the opener, in text order (empty when the quote starts a sentence). */
  readonly before: readonly Token[];
  /** Sentence tokens after the closer, in text order. */
  readonly after: readonly Token[];
  /** The token right before the opener in the same paragraph (skipping nothing), if any. */
  readonly prev: Token | undefined;
  /** The last character of the quoted words when it is punctuation (`,` in `“Yes,” she said`), else ''. */
  readonly lastInside: string;
  /** The same as token index ranges into doc.tokens. */
  readonly beforeRange: IndexRange;
  readonly afterRange: IndexRange;
}

const SENTENCE_END = new Set(['.', '?', '!', '…']);

/** Token index → index of the region the token lies in (marks included), or -1. */
export function regionMembership(tokens: readonly Token[], regions: readonly RegionLike[]): Int32Array {
  const owner = new Int32Array(tokens.length).fill(-1);
  regions.forEach((r, k) => {
    const to = r.close ? r.close.end : r.end;
    for (let t = tokenIndexAt(tokens, r.open.start); t < tokens.length && tokens[t]!.start < to; t++) owner[t] = k;
  });
  return owner;
}

export function regionContext(doc: TokenizedDoc, regions: readonly RegionLike[], owner: Int32Array, k: number): RegionContext {
  const { tokens } = doc;
  const region = regions[k]!;
  const inside = tokensWithin(tokens, region);
  let words = 0;
  for (let t = inside.from; t < inside.to; t++) if (tokens[t]!.kind === 'word' || tokens[t]!.kind === 'number') words++;
  const openAt = tokenIndexAt(tokens, region.open.start);
  const paragraph = tokens[openAt]?.paragraph ?? -1;
  let from = openAt;
  while (from > 0) {
    const t = tokens[from - 1]!;
    if (t.paragraph !== paragraph || owner[from - 1] !== -1 || SENTENCE_END.has(t.value)) break;
    from--;
  }
  const afterStart = region.close ? tokenIndexAt(tokens, region.close.end) : tokens.length;
  const lastParagraph = tokens[afterStart - 1]?.paragraph ?? -1;
  let to = afterStart;
  while (to < tokens.length) {
    const t = tokens[to]!;
    if (t.paragraph !== lastParagraph || owner[to] !== -1) break;
    to++;
    if (SENTENCE_END.has(t.value) && !isAbbreviationDot(tokens, to - 1)) break;
  }
  const prev = openAt > 0 && tokens[openAt - 1]!.paragraph === paragraph ? tokens[openAt - 1] : undefined;
  return {
    inside,
    words,
    before: tokens.slice(from, openAt),
    after: tokens.slice(afterStart, to),
    prev,
    lastInside: inside.to > inside.from && tokens[inside.to - 1]!.kind === 'punctuation' ? tokens[inside.to - 1]!.value : '',
    beforeRange: { from, to: openAt },
    afterRange: { from: afterStart, to },
  };
}
