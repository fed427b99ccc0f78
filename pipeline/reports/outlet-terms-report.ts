// outlet_terms.csv: one row per outlet × category (term empty), each followed by one row per
// outlet × category × term for the terms that occur. Every category of the run's term
// lexicons gets a row for every outlet, zero hits included, so outlets compare row by row.
// rate_per_1k is a ratio of sums: 1000 · Σ hits / Σ tokens over the outlet's processed
// documents (not a mean of per-document rates); own and quoted voice get their own rates.
// Each rate has a 95% percentile-bootstrap interval over the outlet's documents
// (stats/bootstrap.ts; one set of draws per outlet shared by all its rows).
import { compareCodeUnits } from '../corpus/compare-doc-ids.js';
import { ColumnSet, eachReplicateChunk, ratePer1k as rate, rounded, sumsRatioInterval, type Interval } from '../stats/bootstrap.js';
import { docsByOutlet, runCategories } from '../stats/outlet-units.js';
import type { RunTotals } from '../stats/run-totals.js';
import type { DocFigures } from '../types.js';
import { defineSummaryReport } from './report-spec.js';

type Voice = 'all' | 'own' | 'quoted';

interface Row {
  readonly outlet: string;
  readonly category: string;
  readonly term: string;
  readonly hits: number;
  readonly own: number;
  readonly quoted: number;
  readonly scare: number;
  readonly negated: number;
  readonly tokens: number;
  readonly ci: Record<Voice, Interval | null>;
}

const key = (category: string, term: string, what: string): string => `${category}\u0000${term}\u0000${what}`;

type What = 'all' | 'own' | 'quoted' | 'scare' | 'negated';

/** The column keys of each category × term, made once (not for every hit). */
class TermKeys {
  readonly #byCategory = new Map<string, Map<string, Readonly<Record<What, string>>>>();

  of(category: string, term: string): Readonly<Record<What, string>> {
    let terms = this.#byCategory.get(category);
    if (!terms) this.#byCategory.set(category, (terms = new Map()));
    let keys = terms.get(term);
    if (!keys) terms.set(term, (keys = { all: key(category, term, 'all'), own: key(category, term, 'own'), quoted: key(category, term, 'quoted'), scare: key(category, term, 'scare'), negated: key(category, term, 'negated') }));
    return keys;
  }
}

/** The outlet's documents as bootstrap columns: tokens, and hits by category and term in each voice. */
export function termColumns(docs: Iterable<DocFigures>): ColumnSet {
  const set = new ColumnSet();
  const keys = new TermKeys();
  const add = (k: Readonly<Record<What, string>>, h: DocFigures['hits'][number]): void => {
    set.add(k.all, 1);
    set.add(k[h.voice], 1);
    if (h.scareQuoted) set.add(k.scare, 1);
    if (h.negated) set.add(k.negated, 1);
  };
  for (const doc of docs) {
    set.nextDoc();
    set.add('tokens', doc.tokens);
    for (const h of doc.hits) {
      add(keys.of(h.category, ''), h); // the category's row
      add(keys.of(h.category, h.term), h);
    }
  }
  return set;
}

function* outletTermRows(totals: RunTotals): Generator<Row> {
  const categories = runCategories(totals);
  for (const [outlet, docs] of docsByOutlet(totals)) {
    const set = termColumns(docs);
    const ci = termIntervals(set, totals, outlet);
    const tokens = set.total('tokens');
    const none = totals.options.bootstrap > 0 && set.docCount >= 2 ? { low: 0, high: 0 } : null;
    const rowOf = (category: string, term: string): Row => {
      const total = (what: string): number => set.total(key(category, term, what));
      // A voice without hits has no column: every resample's rate is 0.
      const of = (v: Voice): Interval | null => {
        const k = key(category, term, v);
        return ci.has(k) ? ci.get(k)! : none;
      };
      return { outlet, category, term, tokens, hits: total('all'), own: total('own'), quoted: total('quoted'), scare: total('scare'), negated: total('negated'), ci: { all: of('all'), own: of('own'), quoted: of('quoted') } };
    };
    for (const category of categories) {
      yield rowOf(category, '');
      const terms = new Set(set.keys().filter((k) => k.startsWith(`${category}\u0000`)).map((k) => k.split('\u0000')[1]!).filter((t) => t !== ''));
      const rows = [...terms].map((t) => rowOf(category, t));
      yield* rows.sort((a, b) => b.hits - a.hits || compareCodeUnits(a.term, b.term));
    }
  }
}

/** The 95% interval of each rate (key(category, term, voice), voice all, own or quoted) that
 *  has hits. Only each term's own and quoted columns are resampled: every other rate's numerator
 *  is a sum of them (all = own + quoted; a category's row sums its terms), and counts are
 *  integers, so the summed replicate sums are exactly those a resampling of that column gives. */
export function termIntervals(set: ColumnSet, totals: Pick<RunTotals, 'options'>, outlet: string): Map<string, Interval | null> {
  const ci = new Map<string, Interval | null>();
  const terms = set.keys().flatMap((k) => {
    const [category = '', term = '', what] = k.split('\u0000');
    return what === 'all' && term !== '' ? [[category, term] as const] : [];
  });
  const columns = terms.flatMap(([category, term]) => [set.column(key(category, term, 'own')), set.column(key(category, term, 'quoted'))]);
  const byCategory = new Map<string, { own: Float64Array; quoted: Float64Array }>();
  const put = (category: string, term: string, own: Float64Array, quoted: Float64Array, tokens: Float64Array): void => {
    const all = own.map((x, b) => x + quoted[b]!);
    for (const [voice, sums] of [['all', all], ['own', own], ['quoted', quoted]] as const) {
      const k = key(category, term, voice);
      if (set.has(k)) ci.set(k, sumsRatioInterval(sums, tokens, 1000));
    }
  };
  let tokens: Float64Array | null = null;
  eachReplicateChunk(set.docCount, set.column('tokens'), columns, totals.options, outlet, (den, sums, first) => {
    tokens = den;
    if (first % 2 !== 0 || sums.length % 2 !== 0) throw new Error('termIntervals: a chunk split a term\'s own and quoted columns');
    for (let k = 0; k < sums.length; k += 2) {
      const [category, term] = terms[(first + k) / 2]!;
      const [own, quoted] = [sums[k]!, sums[k + 1]!];
      let sum = byCategory.get(category);
      if (!sum) byCategory.set(category, (sum = { own: new Float64Array(own.length), quoted: new Float64Array(own.length) }));
      for (let b = 0; b < own.length; b++) {
        sum.own[b]! += own[b]!;
        sum.quoted[b]! += quoted[b]!;
      }
      put(category, term, own, quoted, den);
    }
  });
  if (tokens) for (const [category, sum] of byCategory) put(category, '', sum.own, sum.quoted, tokens);
  return ci;
}

const low = (i: Interval | null): number | null => rounded(i?.low, 3);
const high = (i: Interval | null): number | null => rounded(i?.high, 3);
const CI = 'Percentile bootstrap (B = --bootstrap, default 1,000; seed --seed) resampling the outlet\'s documents with replacement, 2.5th percentile of the replicate rates';

export const outletTermsReport = defineSummaryReport<Row>({
  file: 'outlet_terms.csv',
  rowMeaning: 'outlet × category (term empty), then outlet × category × term for each term that occurs',
  rows: outletTermRows,
  columns: [
    { name: 'outlet', type: 'string', meaning: 'Outlet.', value: (r) => r.outlet },
    { name: 'category', type: 'string', meaning: 'Lexicon category (every category of the term lexicons, for every outlet).', value: (r) => r.category },
    { name: 'term', type: 'string', meaning: 'Lexicon entry; empty on the category row, which totals all its terms.', value: (r) => r.term },
    { name: 'hits', type: 'integer', meaning: "Term hits in the outlet's processed documents (with --dedup sentences, hits in repeated sentences are left out).", value: (r) => r.hits },
    { name: 'own_voice_hits', type: 'integer', meaning: "Hits in the outlet's own voice (outside quotations; scare-quoted hits count here).", value: (r) => r.own },
    { name: 'quoted_hits', type: 'integer', meaning: 'Hits inside quotations (voice quoted). own_voice_hits + quoted_hits = hits.', value: (r) => r.quoted },
    { name: 'scare_quoted_hits', type: 'integer', meaning: 'Hits inside quotation marks that are not speech (scare quotes); part of own_voice_hits.', value: (r) => r.scare },
    { name: 'negated_hits', type: 'integer', meaning: 'Hits in the scope of a negation ("is not a cult"); included in hits.', value: (r) => r.negated },
    { name: 'tokens', type: 'integer', meaning: "Tokens (punctuation excluded) in the outlet's processed documents: the rate's denominator (with --dedup sentences, tokens of repeated sentences are left out).", value: (r) => r.tokens },
    { name: 'rate_per_1k', type: 'number', meaning: "1000 × hits / tokens over the outlet's processed documents: a ratio of sums, not a mean of per-document rates. Rounded to 3 decimals.", value: (r) => rate(r.hits, r.tokens) },
    { name: 'ci_low', type: 'number', meaning: `Lower bound of a 95% interval for rate_per_1k. ${CI} (1000 × Σ hits / Σ tokens of each resample; R quantile type 7). Empty with --bootstrap 0 or when the outlet has fewer than 2 documents. Rounded to 3 decimals.`, value: (r) => low(r.ci.all) },
    { name: 'ci_high', type: 'number', meaning: 'Upper bound of the 95% interval for rate_per_1k (97.5th percentile of the replicate rates).', value: (r) => high(r.ci.all) },
    { name: 'own_rate_per_1k', type: 'number', meaning: '1000 × own_voice_hits / tokens (ratio of sums), rounded to 3 decimals.', value: (r) => rate(r.own, r.tokens) },
    { name: 'own_ci_low', type: 'number', meaning: 'Lower bound of the 95% bootstrap interval for own_rate_per_1k (same resamples as ci_low).', value: (r) => low(r.ci.own) },
    { name: 'own_ci_high', type: 'number', meaning: 'Upper bound of the 95% bootstrap interval for own_rate_per_1k.', value: (r) => high(r.ci.own) },
    { name: 'quoted_rate_per_1k', type: 'number', meaning: '1000 × quoted_hits / tokens (ratio of sums), rounded to 3 decimals.', value: (r) => rate(r.quoted, r.tokens) },
    { name: 'quoted_ci_low', type: 'number', meaning: 'Lower bound of the 95% bootstrap interval for quoted_rate_per_1k (same resamples as ci_low).', value: (r) => low(r.ci.quoted) },
    { name: 'quoted_ci_high', type: 'number', meaning: 'Upper bound of the 95% bootstrap interval for quoted_rate_per_1k.', value: (r) => high(r.ci.quoted) },
  ],
});
