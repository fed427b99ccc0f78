// Overlap look-ups among many spans of one document (quote regions, quote parts), so that a
// stage asking "which of them overlaps this hit?" for every hit stays linear in document
// length instead of scanning them all each time. Spans are sorted by start with a running
// maximum of their ends: a query binary-searches the last span starting before the hit's end
// and walks back only while an earlier span could still reach the hit — O(log n + k) for
// spans that do not nest deeply (quotes do not).
import type { Span } from '../types.js';

export class SpanIndex {
  readonly #starts: number[] = [];
  readonly #ends: number[] = [];
  /** Index of the item the span belongs to, in the order items were given. */
  readonly #owners: number[] = [];
  /** maxEnd[i]: the largest end among the spans 0..i (in start order). */
  readonly #maxEnd: number[] = [];

  /** `spansOf(item)` lists the spans of each item (a quote's parts, a region itself). */
  constructor(items: readonly unknown[], spansOf: (index: number) => Iterable<Span>) {
    const all: { start: number; end: number; owner: number }[] = [];
    for (let i = 0; i < items.length; i++) for (const s of spansOf(i)) all.push({ start: s.start, end: s.end, owner: i });
    all.sort((a, b) => a.start - b.start || a.owner - b.owner);
    let max = -Infinity;
    for (const s of all) {
      this.#starts.push(s.start);
      this.#ends.push(s.end);
      this.#owners.push(s.owner);
      max = Math.max(max, s.end);
      this.#maxEnd.push(max);
    }
  }

  /** The smallest item index with a span sharing a character with `span` (as spansOverlap), or -1. */
  firstOverlapping(span: Span): number {
    let lo = 0;
    let hi = this.#starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.#starts[mid]! < span.end) lo = mid + 1;
      else hi = mid;
    }
    let best = -1;
    for (let j = lo - 1; j >= 0 && this.#maxEnd[j]! > span.start; j--) {
      if (this.#ends[j]! > span.start && (best < 0 || this.#owners[j]! < best)) best = this.#owners[j]!;
    }
    return best;
  }
}
