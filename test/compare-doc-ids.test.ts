import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareCodeUnits, compareDocIds, docIdSortKey } from '../pipeline/corpus/compare-doc-ids.js';

/** The order spelled out with regexes: runs of digits or not, digit runs by number first. */
function reference(a: string, b: string): number {
  if (a === b) return 0;
  const as = a.match(/(\d+)|(\D+)/g) ?? [];
  const bs = b.match(/(\d+)|(\D+)/g) ?? [];
  for (let i = 0; i < Math.min(as.length, bs.length); i++) {
    const [x, y] = [as[i]!, bs[i]!];
    if (/^\d/.test(x) && /^\d/.test(y)) {
      const [xs, ys] = [x.replace(/^0+(?=\d)/, ''), y.replace(/^0+(?=\d)/, '')];
      if (xs.length !== ys.length) return xs.length - ys.length;
      if (xs !== ys) return xs < ys ? -1 : 1;
    }
    if (x !== y) return x < y ? -1 : 1;
  }
  if (as.length !== bs.length) return as.length - bs.length;
  return a < b ? -1 : 1;
}

describe('compareDocIds', () => {
  it('orders ids naturally', () => {
    const ids = ['a.csv:10', 'a.csv:2', 'b', 'a.csv:02', '7', '007', '10', 'a', ''];
    expect([...ids].sort(compareDocIds)).toEqual(['', '007', '7', '10', 'a', 'a.csv:02', 'a.csv:2', 'a.csv:10', 'b']);
  });

  it('agrees in sign with the order spelled out with regexes (property)', () => {
    const id = fc.array(fc.constantFrom('0', '1', '2', '9', '00', 'a', 'b', '.', ':', '@', 'é', 'Z'), { maxLength: 8 }).map((p) => p.join(''));
    fc.assert(
      fc.property(id, id, (a, b) => {
        expect(Math.sign(compareDocIds(a, b))).toBe(Math.sign(reference(a, b)));
      }),
      { numRuns: 2000 },
    );
  });

  it('has sort keys whose plain order is the same order (property)', () => {
    const id = fc.array(fc.constantFrom('0', '1', '2', '9', '00', '000', 'a', 'b', '!', '.', ':', '~', 'é', 'Z', '\u{1F600}'), { maxLength: 8 }).map((p) => p.join(''));
    fc.assert(
      fc.property(id, id, (a, b) => {
        expect(Math.sign(compareCodeUnits(docIdSortKey(a), docIdSortKey(b)))).toBe(Math.sign(compareDocIds(a, b)));
      }),
      { numRuns: 5000 },
    );
  });
});
