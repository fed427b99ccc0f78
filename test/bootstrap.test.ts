// The bootstrap: its generator, its percentiles and the intervals of outlet_terms.csv and
// outlet_summary.csv — hand-checked cases and the properties a reviewer expects (the interval
// holds the estimate, narrows as documents are added, depends on the seed and nothing else).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { outletSummaryReport } from '../pipeline/reports/outlet-summary-report.js';
import { outletTermsReport, termColumns, termIntervals } from '../pipeline/reports/outlet-terms-report.js';
import { ColumnSet, eachReplicateChunk, percentileInterval, quantile7, replicateSums, sumsRatioInterval } from '../pipeline/stats/bootstrap.js';
import { Hash53, hash53 } from '../pipeline/stats/hash-string.js';
import { seededRandom, seededStream, Xoshiro128 } from '../pipeline/stats/prng.js';
import { DEFAULT_STATS_OPTIONS } from '../pipeline/stats/stats-options.js';
import type { DocFigures } from '../pipeline/types.js';
import { docFigures, hits, rowsOf, totalsFrom } from './helpers/figures.js';

describe('the generator', () => {
  it('is xoshiro128** (outputs of the reference C code from the state 1, 2, 3, 4)', () => {
    const g = new Xoshiro128(1, 2, 3, 4);
    expect(Array.from({ length: 6 }, () => g.next())).toEqual([11520, 0, 5927040, 70819200, 2031721883, 1637235492]);
  });

  it('draws documents as ⌊u · n⌋ of its next values u / 2³², n at a time', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.string(), fc.array(fc.integer({ min: 1, max: 300 }), { maxLength: 5 }), (seed, key, sizes) => {
        const [drawn, called] = [seededStream(seed, key), seededStream(seed, key)];
        for (const n of sizes) {
          const counts = new Float64Array(n);
          drawn.countDraws(counts, n);
          const expected = new Float64Array(n);
          for (let i = 0; i < n; i++) expected[Math.floor((called.next() / 2 ** 32) * n)]!++;
          expect(counts).toEqual(expected);
        }
      }),
    );
  });

  it('is seeded through cyrb53 (the values its author publishes)', () => {
    expect(['a', 'b', 'revenge', 'revenue'].map((s) => hash53(s))).toEqual([7929297801672961, 8684336938537663, 4051478007546757, 8309097637345594]);
  });

  it('hashes pieces fed one by one as the string they join into (sentences are hashed by token)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme' })), fc.integer({ min: 0, max: 2 ** 31 - 1 }), (pieces, seed) => {
        const fed = new Hash53(seed);
        for (const p of pieces) fed.add(p);
        expect(fed.value()).toBe(hash53(pieces.join(''), seed));
      }),
    );
  });

  it('gives one stream per seed and key, in [0, 1)', () => {
    const draw = (seed: number, key: string) => Array.from({ length: 5 }, seededRandom(seed, key));
    expect(draw(1, 'Quay')).toEqual(draw(1, 'Quay'));
    expect(draw(1, 'Quay')).not.toEqual(draw(2, 'Quay'));
    expect(draw(1, 'Quay')).not.toEqual(draw(1, 'Harbor'));
    for (const x of draw(7, 'x')) expect(x >= 0 && x < 1).toBe(true);
  });
});

describe('percentiles', () => {
  it('interpolate between order statistics like R quantile type 7', () => {
    expect(quantile7([1, 2, 3, 4], 0.025)).toBeCloseTo(1.075, 12);
    expect(quantile7([1, 2, 3, 4], 0.975)).toBeCloseTo(3.925, 12);
    expect(quantile7([5], 0.5)).toBe(5);
  });

  it('are selected as a sort would give them (ties, -0, infinities, any level)', () => {
    const value = fc.oneof(fc.integer({ min: -5, max: 5 }), fc.double({ noNaN: true }), fc.constantFrom(-0, NaN, Infinity, -Infinity));
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 300 }), fc.double({ min: 0.01, max: 0.99, noNaN: true }), (values, level) => {
        const kept = Float64Array.from(values.filter((v) => !Number.isNaN(v)).map((v) => v + 0)).sort();
        const [low, high] = [quantile7(kept, (1 - level) / 2), quantile7(kept, 1 - (1 - level) / 2)];
        const expected = kept.length > 0 && Number.isFinite(low) && Number.isFinite(high) ? { low, high } : null;
        expect(percentileInterval(values.length, (b) => values[b]!, level)).toEqual(expected);
      }),
    );
  });

  it('skip undefined replicates (0/0) and give nothing when a bound is infinite', () => {
    expect(percentileInterval(3, (b) => [NaN, 1, 2][b]!)).toEqual({ low: 1.025, high: 1.975 });
    expect(percentileInterval(2, (b) => [1, Infinity][b]!)).toBeNull();
  });
});

describe('replicate sums', () => {
  it('of counts are the same added in four running sums as one by one', () => {
    const doc = fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c'), fc.integer({ min: 0, max: 1000 })), { maxLength: 4 });
    fc.assert(
      fc.property(fc.array(doc, { minLength: 2, maxLength: 60 }), (docs) => {
        const set = new ColumnSet();
        for (const d of docs) {
          set.nextDoc();
          for (const [key, n] of d) set.add(key, n);
        }
        const columns = ['a', 'b', 'c'].map((k) => set.column(k));
        expect(columns.every((c) => c.exact)).toBe(true);
        const options = { ...DEFAULT_STATS_OPTIONS, bootstrap: 50 };
        const oneByOne = replicateSums(set.docCount, columns.map((c) => ({ ...c, exact: false })), options, 'k');
        expect(replicateSums(set.docCount, columns, options, 'k')).toEqual(oneByOne);
      }),
      { numRuns: 50 },
    );
  });

  it('resample n documents with replacement: two documents give AA, AB, BA, BB about 1/4, 1/2, 1/4 of the time', () => {
    const set = new ColumnSet();
    set.nextDoc();
    set.add('x', 1); // document A holds 1, B holds 0
    set.nextDoc();
    const [sums] = replicateSums(2, [set.column('x')], { ...DEFAULT_STATS_OPTIONS, bootstrap: 4000 }, 'k')!;
    const share = (v: number) => sums!.filter((s) => s === v).length / 4000;
    expect(share(2)).toBeGreaterThan(0.22);
    expect(share(2)).toBeLessThan(0.28);
    expect(share(1)).toBeGreaterThan(0.46);
    expect(share(1)).toBeLessThan(0.54);
  });
});

describe('eachReplicateChunk', () => {
  it('gives the same replicate sums in chunks as all columns resampled together', () => {
    const set = new ColumnSet();
    for (let d = 0; d < 12; d++) {
      set.nextDoc();
      set.add('tokens', 100 + d * 17);
      for (let c = 0; c < 300; c++) set.add(`c${c}`, (d * 7 + c * 13) % 5);
    }
    const names = Array.from({ length: 300 }, (_, c) => `c${c}`);
    const options = { ...DEFAULT_STATS_OPTIONS, bootstrap: 100 };
    const together = replicateSums(12, [set.column('tokens'), ...names.map((n) => set.column(n))], options, 'k')!;
    const chunked: Float64Array[] = [];
    const firsts: number[] = [];
    eachReplicateChunk(12, set.column('tokens'), names.map((n) => set.column(n)), options, 'k', (den, sums, first) => {
      firsts.push(first);
      chunked.push(...sums);
      expect(den).toEqual(together[0]);
    });
    expect(firsts).toEqual([0, 256]);
    expect(chunked).toEqual(together.slice(1));
  });
});

describe("outlet_terms' intervals", () => {
  const hit = fc.record({ category: fc.constantFrom('loaded', 'neutral'), term: fc.constantFrom('cult', 'regime', 'terror cult'), voice: fc.constantFrom('own' as const, 'quoted' as const) });
  it('equal those of each rate resampled by itself, though only own and quoted are resampled (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 400 }), fc.array(hit, { maxLength: 6 })), { minLength: 2, maxLength: 12 }), (docs) => {
        const set = termColumns(docs.map(([tokens, hs], i) => docFigures(`d${i}`, 'Quay', tokens, hs)));
        const options = { ...DEFAULT_STATS_OPTIONS, bootstrap: 60 };
        const ci = termIntervals(set, { options }, 'Quay');
        const voiced = set.keys().filter((k) => /\u0000(all|own|quoted)$/.test(k));
        expect([...ci.keys()].sort()).toEqual([...voiced].sort());
        for (const k of voiced) {
          const [tokens, column] = replicateSums(set.docCount, [set.column('tokens'), set.column(k)], options, 'Quay')!;
          expect(ci.get(k)).toEqual(sumsRatioInterval(column!, tokens!, 1000));
        }
      }),
      { numRuns: 150 },
    );
  });
});

const corpus = (outlet = 'Quay'): DocFigures[] => [
  docFigures('d1', outlet, 100, hits(0)),
  docFigures('d2', outlet, 100, hits(10)),
];

describe('outlet_terms.csv and outlet_summary.csv intervals', () => {
  it('by hand: documents with 0 and 10 hits in 100 tokens give rate 50 per 1k and the interval [0, 100]', () => {
    // Resamples: {d1,d1} → 0, {d1,d2} → 50, {d2,d2} → 100, each end with probability 1/4 > 2.5%.
    const [row] = rowsOf(outletTermsReport, totalsFrom(corpus()));
    expect([row!.rate_per_1k, row!.ci_low, row!.ci_high]).toEqual([50, 0, 100]);
    const [summary] = rowsOf(outletSummaryReport, totalsFrom(corpus()));
    expect([summary!.rate_per_1k, summary!.ci_low, summary!.ci_high]).toEqual([50, 0, 100]);
  });

  it('give own and quoted voice their own rates and intervals', () => {
    const docs = [docFigures('a', 'Q', 200, [...hits(2, 'loaded', 'own'), ...hits(1, 'loaded', 'quoted')]), docFigures('b', 'Q', 200, hits(1, 'loaded', 'quoted'))];
    const [row] = rowsOf(outletTermsReport, totalsFrom(docs));
    expect([row!.own_rate_per_1k, row!.quoted_rate_per_1k]).toEqual([5, 5]);
    expect([row!.own_ci_low, row!.own_ci_high]).toEqual([0, 10]);
    expect([row!.quoted_ci_low, row!.quoted_ci_high]).toEqual([5, 5]);
  });

  it('are empty with --bootstrap 0 and for an outlet of one document', () => {
    const [none] = rowsOf(outletTermsReport, totalsFrom(corpus(), { bootstrap: 0 }));
    expect([none!.ci_low, none!.ci_high]).toEqual([null, null]);
    const [one] = rowsOf(outletTermsReport, totalsFrom(corpus().slice(1)));
    expect([one!.ci_low, one!.ci_high]).toEqual([null, null]);
  });

  const arbCorpus = fc.array(fc.record({ tokens: fc.integer({ min: 20, max: 800 }), hits: fc.nat(6) }), { minLength: 4, maxLength: 25 });
  const docsOf = (spec: { tokens: number; hits: number }[], copies = 1): DocFigures[] =>
    Array.from({ length: copies }, (_, c) => spec.map((d, i) => docFigures(`d${c}-${i}`, 'Q', d.tokens, hits(d.hits)))).flat();

  it('contain their estimate (property)', () => {
    fc.assert(
      fc.property(arbCorpus, (spec) => {
        for (const r of rowsOf(outletTermsReport, totalsFrom(docsOf(spec), { bootstrap: 300 }))) {
          expect(r.ci_low).toBeLessThanOrEqual(r.rate_per_1k);
          expect(r.ci_high).toBeGreaterThanOrEqual(r.rate_per_1k);
        }
      }),
      { numRuns: 60, seed: 9 },
    );
  });

  it('narrow when every document is duplicated (property)', () => {
    fc.assert(
      fc.property(arbCorpus.filter((s) => new Set(s.map((d) => (1000 * d.hits) / d.tokens)).size > 1), (spec) => {
        const width = (docs: DocFigures[]) => {
          const [r] = rowsOf(outletSummaryReport, totalsFrom(docs));
          return r!.ci_high - r!.ci_low;
        };
        expect(width(docsOf(spec, 4))).toBeLessThan(width(docsOf(spec)));
      }),
      { numRuns: 30, seed: 11 },
    );
  });

  it('are the same for the same seed whatever the order documents are added in, and change with the seed', () => {
    const docs = docsOf([{ tokens: 300, hits: 1 }, { tokens: 120, hits: 4 }, { tokens: 500, hits: 0 }, { tokens: 90, hits: 2 }, { tokens: 260, hits: 3 }]);
    const cis = (d: DocFigures[], seed: number) => rowsOf(outletTermsReport, totalsFrom(d, { seed })).map((r) => [r.ci_low, r.ci_high]);
    expect(cis([...docs].reverse(), 1)).toEqual(cis(docs, 1));
    expect(cis(docs, 2)).not.toEqual(cis(docs, 1));
  });
});
