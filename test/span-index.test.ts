import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spansOverlap } from '../pipeline/spans.js';
import { SpanIndex } from '../pipeline/terms/span-index.js';
import type { Span } from '../pipeline/types.js';

const span = fc.tuple(fc.nat(200), fc.nat(40)).map(([start, length]): Span => ({ start, end: start + length }));

describe('SpanIndex', () => {
  it('finds the first quote whose part overlaps a hit, as a scan over all of them would', () => {
    const quotes = [[{ start: 10, end: 20 }], [{ start: 30, end: 40 }, { start: 50, end: 60 }], [{ start: 5, end: 70 }]];
    const index = new SpanIndex(quotes, (i) => quotes[i]!);
    expect(index.firstOverlapping({ start: 52, end: 55 })).toBe(1);
    expect(index.firstOverlapping({ start: 20, end: 25 })).toBe(2);
    expect(index.firstOverlapping({ start: 70, end: 80 })).toBe(-1);
    expect(index.firstOverlapping({ start: 0, end: 5 })).toBe(-1);
  });

  it('agrees with a linear scan for any items and query (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(span, { minLength: 1, maxLength: 3 }), { maxLength: 30 }), span, (items, query) => {
        const expected = items.findIndex((parts) => parts.some((p) => spansOverlap(p, query)));
        expect(new SpanIndex(items, (i) => items[i]!).firstOverlapping(query)).toBe(expected);
      }),
    );
  });
});
