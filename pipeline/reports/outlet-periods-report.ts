// outlet_periods.csv: one row per outlet × period × category: hits, tokens, rate per 1,000
// tokens (a ratio of sums) and its 95% bootstrap interval, resampling the documents of that
// outlet in that period (PRNG key: outlet and period). The period comes from the record's date
// (stats/parse-date.ts) by --period: month (default), ISO week, year, or none (one period
// `all`); a date that does not parse puts the record in period `unknown`, never out of the
// counts. Every category of the run gets a row for every outlet × period that has documents.
import { compareCodeUnits } from '../corpus/compare-doc-ids.js';
import { ColumnSet, ratePer1k, ratioInterval, replicateSums, rounded, type Interval } from '../stats/bootstrap.js';
import { docsByOutlet, runCategories } from '../stats/outlet-units.js';
import { periodOf } from '../stats/parse-date.js';
import type { RunTotals } from '../stats/run-totals.js';
import { defineSummaryReport } from './report-spec.js';

interface Row {
  readonly outlet: string;
  readonly period: string;
  readonly category: string;
  readonly documents: number;
  readonly hits: number;
  readonly tokens: number;
  readonly ci: Interval | null;
}

function* periodRows(totals: RunTotals): Generator<Row> {
  const categories = runCategories(totals);
  for (const [outlet, docs] of docsByOutlet(totals)) {
    // One resampling unit per period, filled in one pass over the outlet's documents.
    const byPeriod = new Map<string, ColumnSet>();
    for (const doc of docs) {
      const period = periodOf(doc.date, totals.options.period);
      let set = byPeriod.get(period);
      if (!set) byPeriod.set(period, (set = new ColumnSet()));
      set.nextDoc();
      set.add('tokens', doc.tokens);
      for (const h of doc.hits) set.add(h.category, 1);
    }
    for (const period of [...byPeriod.keys()].sort(compareCodeUnits)) {
      const set = byPeriod.get(period)!;
      const names = ['tokens', ...categories];
      const sums = replicateSums(set.docCount, names.map((n) => set.column(n)), totals.options, `${outlet}\u0000${period}`);
      const tokens = set.total('tokens');
      for (const [i, category] of categories.entries()) {
        yield { outlet, period, category, documents: set.docCount, hits: set.total(category), tokens, ci: ratioInterval(sums, i + 1, 0, 1000) };
      }
    }
  }
}

export const outletPeriodsReport = defineSummaryReport<Row>({
  file: 'outlet_periods.csv',
  rowMeaning: 'outlet × period × category (every category, for every outlet × period with processed documents)',
  rows: periodRows,
  columns: [
    { name: 'outlet', type: 'string', meaning: 'Outlet.', value: (r) => r.outlet },
    { name: 'period', type: 'string', meaning: 'Period of the records\' date field by --period: YYYY-MM (month, the default), YYYY-Www (ISO 8601 week: weeks start on Monday, week 1 holds the first Thursday, the year is the week\'s year), YYYY (year), all (--period none); unknown when the date is empty or does not parse. Accepted dates: ISO 8601 (2021-03-05, with or without a time, 20210305, 2021-03, 2021), 2021/03/05, RFC 2822 (Fri, 05 Mar 2021 …), March 5, 2021 and 5 March 2021; the calendar date as written, without time-zone conversion.', value: (r) => r.period },
    { name: 'category', type: 'string', meaning: 'Lexicon category.', value: (r) => r.category },
    { name: 'hits', type: 'integer', meaning: 'Hits of the category in those documents (with --dedup sentences, repeated sentences left out).', value: (r) => r.hits },
    { name: 'tokens', type: 'integer', meaning: 'Tokens (punctuation excluded) in those documents.', value: (r) => r.tokens },
    { name: 'rate_per_1k', type: 'number', meaning: '1000 × hits / tokens (a ratio of sums), rounded to 3 decimals; empty without tokens.', value: (r) => ratePer1k(r.hits, r.tokens) },
    { name: 'ci_low', type: 'number', meaning: "Lower bound of a 95% percentile-bootstrap interval for rate_per_1k: the documents of this outlet and period resampled with replacement B times (--bootstrap, default 1,000; seed --seed), 2.5th percentile (R quantile type 7). Empty with --bootstrap 0 or fewer than 2 documents.", value: (r) => rounded(r.ci?.low, 3) },
    { name: 'ci_high', type: 'number', meaning: 'Upper bound (97.5th percentile) of that interval.', value: (r) => rounded(r.ci?.high, 3) },
    { name: 'documents', type: 'integer', meaning: 'Processed documents of the outlet in the period.', value: (r) => r.documents },
  ],
});
