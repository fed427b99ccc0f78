// Look-ups in lists kept in text order, by binary search, so that the quote stages stay linear in
// the length of a document: the names inside a token range, the referents before a token.
// Reads arrays sorted by a numeric key (token index); gives indices and sub-lists.
import type { NameMention } from './name-mentions.js';

/** Index of the first item whose key is >= value (items sorted by key; items.length if none). */
export function firstAtOrAfter<T>(items: readonly T[], key: (item: T) => number, value: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]!) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const longestRun = new WeakMap<readonly NameMention[], number>();

/** The longest capitalised run (titles included) among a document's names, computed once. */
function longest(names: readonly NameMention[]): number {
  let n = longestRun.get(names);
  if (n === undefined) {
    n = names.reduce((m, x) => Math.max(m, x.to - x.runFrom), 0);
    longestRun.set(names, n);
  }
  return n;
}

/** Names (in text order) whose run [runFrom, to) touches the token range [from, to). */
export function namesNear(names: readonly NameMention[], from: number, to: number): readonly NameMention[] {
  const out: NameMention[] = [];
  for (let i = firstAtOrAfter(names, (n) => n.from, from - longest(names)); i < names.length && names[i]!.from < to; i++) {
    const n = names[i]!;
    if (n.to > from) out.push(n);
  }
  return out;
}
