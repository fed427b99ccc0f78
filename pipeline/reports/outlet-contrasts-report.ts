// outlet_contrasts.csv: one row per outlet × measure (each term category, then the quote
// measures of stats/contrast-measures.ts): the outlet's figure against the rest of the corpus
// (every other outlet's documents pooled), as a rate ratio and a difference, each with a 95%
// percentile-bootstrap interval. Replicate b resamples each outlet's documents within that
// outlet (the same draws, by outlet key, as outlet_terms.csv); the outlet's side is its own
// resample, the rest's side the sum of every other outlet's resample, so each side keeps its
// outlets' sizes. An outlet with one document enters the rest as it is.
import { compareCodeUnits } from '../corpus/compare-doc-ids.js';
import { percentileInterval, ratio, replicateSums, rounded, type Interval } from '../stats/bootstrap.js';
import { contrastColumns, contrastMeasures, measureColumns, type Measure } from '../stats/contrast-measures.js';
import { docsByOutlet, runCategories } from '../stats/outlet-units.js';
import type { RunTotals } from '../stats/run-totals.js';
import { defineSummaryReport } from './report-spec.js';

interface Row {
  readonly outlet: string;
  readonly measure: Measure;
  readonly count: number;
  readonly base: number;
  readonly restCount: number;
  readonly restBase: number;
  readonly ratioCi: Interval | null;
  readonly diffCi: Interval | null;
}

interface OutletSums {
  readonly outlet: string;
  /** Per column: the total and (when resampled) the B replicate sums. */
  readonly totals: number[];
  readonly replicates: Float64Array[] | null;
}

function* contrastRows(totals: RunTotals): Generator<Row> {
  const measures = contrastMeasures(runCategories(totals));
  const names = measureColumns(measures);
  const at = new Map(names.map((n, i) => [n, i]));
  const B = totals.options.bootstrap;
  const outlets: OutletSums[] = docsByOutlet(totals).map(([outlet, docs]) => {
    const set = contrastColumns(docs);
    const columns = names.map((n) => set.column(n));
    return { outlet, totals: columns.map((c) => c.total), replicates: replicateSums(set.docCount, columns, totals.options, outlet) };
  });
  const all = names.map((_, c) => outlets.reduce((s, o) => s + o.totals[c]!, 0));
  // Σ over outlets of each replicate (an outlet not resampled adds its total to every replicate).
  const allReplicates = B === 0 ? null : names.map((_, c) => {
    const sum = new Float64Array(B);
    for (const o of outlets) for (let b = 0; b < B; b++) sum[b]! += o.replicates ? o.replicates[c]![b]! : o.totals[c]!;
    return sum;
  });
  for (const o of outlets) {
    for (const measure of measures) {
      const num = at.get(measure.num)!;
      const den = at.get(measure.den)!;
      const row = { outlet: o.outlet, measure, count: o.totals[num]!, base: o.totals[den]!, restCount: all[num]! - o.totals[num]!, restBase: all[den]! - o.totals[den]! };
      const reps = o.replicates;
      if (!reps || !allReplicates || outlets.length < 2) {
        yield { ...row, ratioCi: null, diffCi: null };
        continue;
      }
      const side = (b: number): number => ratio(reps[num]![b]!, reps[den]![b]!, measure.scale);
      const rest = (b: number): number => ratio(allReplicates[num]![b]! - reps[num]![b]!, allReplicates[den]![b]! - reps[den]![b]!, measure.scale);
      yield {
        ...row,
        ratioCi: percentileInterval(B, (b) => side(b) / rest(b)),
        diffCi: percentileInterval(B, (b) => side(b) - rest(b)),
      };
    }
  }
}

const rateOf = (count: number, base: number, m: Measure): number | null => (base > 0 ? (m.scale * count) / base : null);
const digits = (m: Measure): number => (m.unit === 'per_1k_tokens' ? 3 : 4);
const rateCell = (r: Row): number | null => rounded(rateOf(r.count, r.base, r.measure), digits(r.measure));
const restCell = (r: Row): number | null => rounded(rateOf(r.restCount, r.restBase, r.measure), digits(r.measure));
function ratioOf(r: Row): number | null {
  const a = rateOf(r.count, r.base, r.measure);
  const b = rateOf(r.restCount, r.restBase, r.measure);
  return a === null || b === null || b === 0 ? null : a / b;
}
function differenceOf(r: Row): number | null {
  const a = rateOf(r.count, r.base, r.measure);
  const b = rateOf(r.restCount, r.restBase, r.measure);
  return a === null || b === null ? null : a - b;
}

const BOOT =
  "95% percentile bootstrap: B replicates (--bootstrap, default 1,000; seed --seed), each resampling every outlet's documents with replacement within that outlet; the statistic is recomputed from each replicate's sums on both sides (replicates where it is 0/0 are skipped); 2.5th and 97.5th percentiles, R quantile type 7. Empty with --bootstrap 0, when the outlet has fewer than 2 documents, or when it is the only outlet";

export const outletContrastsReport = defineSummaryReport<Row>({
  file: 'outlet_contrasts.csv',
  rowMeaning: 'outlet × measure (each term category, then quotes_per_1k_tokens, quote_share_<speaker type> and quote_share_loaded_cue): the outlet against all other outlets pooled',
  rows: contrastRows,
  columns: [
    { name: 'outlet', type: 'string', meaning: 'Outlet.', value: (r) => r.outlet },
    { name: 'measure', type: 'string', meaning: 'A term category (hits of the category per 1,000 tokens); quotes_per_1k_tokens (quotations per 1,000 tokens); quote_share_person, quote_share_organization, quote_share_nominal, quote_share_anonymous, quote_share_unresolved (quotations whose speaker has that type / all quotations); quote_share_loaded_cue (quotations introduced by a cue verb the speech-verb lexicon marks loaded / all quotations).', value: (r) => r.measure.name },
    { name: 'rate', type: 'number', meaning: "The outlet's figure, a ratio of sums: scale × count / base (scale 1000 for per_1k_tokens, 1 for shares). Rounded to 3 decimals (per 1k) or 4 (shares); empty when base is 0.", value: rateCell },
    { name: 'rest_rate', type: 'number', meaning: 'The same over all other outlets pooled: scale × rest_count / rest_base (not a mean of outlet rates). Empty when rest_base is 0.', value: restCell },
    { name: 'rate_ratio', type: 'number', meaning: 'rate / rest_rate (unrounded rates), rounded to 3 decimals; empty when rest_rate is 0 or empty.', value: (r) => rounded(ratioOf(r), 3) },
    { name: 'ratio_ci_low', type: 'number', meaning: `Lower bound of a 95% interval for rate_ratio. ${BOOT}.`, value: (r) => rounded(r.ratioCi?.low, 3) },
    { name: 'ratio_ci_high', type: 'number', meaning: 'Upper bound of that interval (a replicate whose rest rate is 0 gives an infinite ratio; a bound that is infinite is left empty).', value: (r) => rounded(r.ratioCi?.high, 3) },
    { name: 'difference', type: 'number', meaning: 'rate − rest_rate, in the unit of the measure, rounded like rate.', value: (r) => rounded(differenceOf(r), digits(r.measure)) },
    { name: 'diff_ci_low', type: 'number', meaning: 'Lower bound of a 95% interval for difference (same replicates as ratio_ci_low).', value: (r) => rounded(r.diffCi?.low, digits(r.measure)) },
    { name: 'diff_ci_high', type: 'number', meaning: 'Upper bound of the 95% interval for difference.', value: (r) => rounded(r.diffCi?.high, digits(r.measure)) },
    { name: 'unit', type: 'string', meaning: 'per_1k_tokens (1000 × count / tokens) or share_of_quotes (count / quotations, 0–1).', value: (r) => r.measure.unit },
    { name: 'count', type: 'integer', meaning: "The measure's numerator over the outlet's processed documents (hits of the category, quotations, or quotations of the kind).", value: (r) => r.count },
    { name: 'base', type: 'integer', meaning: "The measure's denominator over the outlet's documents (tokens or quotations).", value: (r) => r.base },
    { name: 'rest_count', type: 'integer', meaning: 'The numerator over all other outlets\' processed documents.', value: (r) => r.restCount },
    { name: 'rest_base', type: 'integer', meaning: 'The denominator over all other outlets\' processed documents.', value: (r) => r.restBase },
  ],
});
