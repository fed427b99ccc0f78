// outlet_summary.csv: one row per outlet (every outlet met in the input, even one whose
// records were all set aside), in natural order, with totals over its processed documents
// (with --dedup sentences, repeated sentences left out), a bootstrap interval for its rate, and
// its quote measures (stats/quote-measures.ts): shares of quotes by speaker type, from the top
// five speakers and introduced by loaded cue verbs.
import { compareDocIds } from '../corpus/compare-doc-ids.js';
import { ColumnSet, ratePer1k, ratioInterval, replicateSums, rounded, type Interval } from '../stats/bootstrap.js';
import { QuoteTally, SPEAKER_TYPES, TOP_SPEAKERS } from '../stats/quote-measures.js';
import type { RunTotals } from '../stats/run-totals.js';
import { share } from '../stats/shares.js';
import type { SpeakerType } from '../types.js';
import { defineSummaryReport, type Column } from './report-spec.js';

interface Row {
  readonly outlet: string;
  readonly documents: number;
  readonly tokens: number;
  readonly hits: number;
  readonly duplicateSentences: number;
  readonly quotes: QuoteTally;
  readonly rejected: number;
  readonly duplicates: number;
  readonly ci: Interval | null;
}

/** One pass over each outlet's documents: sums, quote measures and the bootstrap columns. */
function outletRows(totals: RunTotals): Row[] {
  const setAside = new Map<string, { rejected: number; duplicates: number }>();
  for (const s of totals.setAside) {
    const e = setAside.get(s.outlet) ?? { rejected: 0, duplicates: 0 };
    if (s.status === 'duplicate') e.duplicates++;
    else e.rejected++;
    setAside.set(s.outlet, e);
  }
  const rows = totals.outlets().map((outlet): Row => {
    const set = new ColumnSet();
    const quotes = new QuoteTally();
    let duplicateSentences = 0;
    for (const d of totals.docsOf(outlet)) {
      set.nextDoc();
      set.add('tokens', d.tokens);
      set.add('hits', d.hits.length);
      quotes.add(d.quotes);
      duplicateSentences += d.duplicateSentences.length;
    }
    const ci = ratioInterval(replicateSums(set.docCount, [set.column('tokens'), set.column('hits')], totals.options, outlet), 1, 0, 1000);
    return { outlet, documents: set.docCount, tokens: set.total('tokens'), hits: set.total('hits'), duplicateSentences, quotes, ...(setAside.get(outlet) ?? { rejected: 0, duplicates: 0 }), ci };
  });
  const none = new QuoteTally();
  for (const [outlet, e] of setAside) {
    if (!rows.some((r) => r.outlet === outlet)) rows.push({ outlet, documents: 0, tokens: 0, hits: 0, duplicateSentences: 0, quotes: none, ...e, ci: null });
  }
  return rows.sort((a, b) => compareDocIds(a.outlet, b.outlet));
}

const TYPE_MEANING: Readonly<Record<SpeakerType, string>> = {
  person: 'a named person',
  organization: 'an organisation or institution ("the Foreign Ministry said")',
  nominal: 'a description that names no one ("a camp resident")',
  anonymous: 'an anonymous source ("officials said", "an informed source")',
  unresolved: 'no speaker found',
};

const speakerTypeColumns: Column<Row>[] = SPEAKER_TYPES.map((type) => ({
  name: `${type}_quote_share`,
  type: 'number',
  meaning: `Share of the outlet's quotes (every kind) whose speaker is ${TYPE_MEANING[type]}: quotes with speaker_type ${type} / quotes, 4 decimals; empty when the outlet has no quotes.`,
  value: (r: Row) => share(r.quotes.byType[type], r.quotes.quotes),
}));

export const outletSummaryReport = defineSummaryReport<Row>({
  file: 'outlet_summary.csv',
  rowMeaning: 'outlet',
  rows: outletRows,
  columns: [
    { name: 'outlet', type: 'string', meaning: 'Outlet (see documents.csv for how it is found).', value: (r) => r.outlet },
    { name: 'documents', type: 'integer', meaning: 'Processed documents of the outlet.', value: (r) => r.documents },
    { name: 'tokens', type: 'integer', meaning: 'Tokens (not punctuation) over its processed documents.', value: (r) => r.tokens },
    { name: 'quotes', type: 'integer', meaning: 'Quotations (rows of quotes.csv).', value: (r) => r.quotes.quotes },
    { name: 'unique_speakers', type: 'integer', meaning: 'Distinct non-empty canonical speakers of its quotations (the same name in two documents counts once).', value: (r) => r.quotes.uniqueSpeakers },
    ...speakerTypeColumns,
    { name: 'top5_speaker_share', type: 'number', meaning: `Share of the outlet's quotes spoken by its ${TOP_SPEAKERS} most-quoted speakers (non-empty names, as in speakers.csv): their quotes / all quotes, 4 decimals; empty when the outlet has no quotes.`, value: (r) => share(r.quotes.topSpeakerQuotes(), r.quotes.quotes) },
    { name: 'loaded_cue_share', type: 'number', meaning: 'Share of the outlet\'s quotes introduced by a cue verb the speech-verb lexicon marks loaded (claimed, admitted, …): those quotes / all quotes, 4 decimals; empty when the outlet has no quotes.', value: (r) => share(r.quotes.loaded, r.quotes.quotes) },
    { name: 'term_hits', type: 'integer', meaning: 'Loaded-term hits (rows of terms.csv).', value: (r) => r.hits },
    { name: 'rate_per_1k', type: 'number', meaning: 'term_hits per 1,000 tokens (1000 × Σ hits / Σ tokens: a ratio of sums), rounded to 3 decimals; empty when the outlet has no tokens.', value: (r) => ratePer1k(r.hits, r.tokens) },
    { name: 'ci_low', type: 'number', meaning: "Lower bound of a 95% percentile-bootstrap interval for rate_per_1k: the outlet's documents resampled with replacement B times (--bootstrap, default 1,000; seed --seed), 2.5th percentile of 1000 × Σ hits / Σ tokens (R quantile type 7). Empty with --bootstrap 0 or fewer than 2 documents.", value: (r) => rounded(r.ci?.low, 3) },
    { name: 'ci_high', type: 'number', meaning: 'Upper bound (97.5th percentile) of that interval.', value: (r) => rounded(r.ci?.high, 3) },
    { name: 'rejected', type: 'integer', meaning: 'Records of the outlet set aside as rejected (see documents.csv).', value: (r) => r.rejected },
    { name: 'duplicates', type: 'integer', meaning: 'Records of the outlet set aside as duplicates.', value: (r) => r.duplicates },
    { name: 'duplicate_sentences', type: 'integer', meaning: 'With --dedup sentences: sentences of its processed documents that repeat an earlier sentence of the outlet and are left out of every count and rate (0 otherwise).', value: (r) => r.duplicateSentences },
  ],
});
