// outlet_summary.csv: one row per outlet (every outlet met in the input, even one whose
// records were all set aside), in natural order, with totals over its processed documents
// (with --dedup sentences, repeated sentences left out), a bootstrap interval for its rate, and
// its quote measures (stats/quote-measures.ts): shares of quotes by speaker type, from the top
// five speakers and introduced by loaded cue verbs.
import { compareDocIds } from '../corpus/compare-doc-ids.js';
import { ColumnSet, ratePer1k, ratioInterval, replicateSums, rounded, type Interval } from '../stats/bootstrap.js';
import { loadedCueQuotes, quotesBySpeakerType, SPEAKER_TYPES, topSpeakerQuotes, TOP_SPEAKERS, uniqueSpeakers } from '../stats/quote-measures.js';
import type { RunTotals } from '../stats/run-totals.js';
import { share } from '../stats/shares.js';
import type { DocFigures, QuoteFigure, SpeakerType } from '../types.js';
import { defineSummaryReport, type Column } from './report-spec.js';

interface Row {
  readonly outlet: string;
  readonly docs: readonly DocFigures[];
  readonly rejected: number;
  readonly duplicates: number;
  readonly ci: Interval | null;
}

function outletRows(totals: RunTotals): Row[] {
  const byOutlet = new Map<string, { docs: DocFigures[]; rejected: number; duplicates: number }>();
  const entry = (outlet: string) => {
    let e = byOutlet.get(outlet);
    if (!e) byOutlet.set(outlet, (e = { docs: [], rejected: 0, duplicates: 0 }));
    return e;
  };
  for (const doc of totals.docs) entry(doc.outlet).docs.push(doc);
  for (const s of totals.setAside) {
    if (s.status === 'duplicate') entry(s.outlet).duplicates++;
    else entry(s.outlet).rejected++;
  }
  return [...byOutlet.entries()]
    .map(([outlet, e]) => ({ outlet, ...e, ci: rateInterval(outlet, e.docs, totals) }))
    .sort((a, b) => compareDocIds(a.outlet, b.outlet));
}

/** The bootstrap interval of the outlet's rate (the draws of outlet_terms.csv: same key). */
function rateInterval(outlet: string, docs: readonly DocFigures[], totals: RunTotals): Interval | null {
  const set = new ColumnSet();
  for (const d of docs) {
    set.nextDoc();
    set.add('tokens', d.tokens);
    set.add('hits', d.hits.length);
  }
  return ratioInterval(replicateSums(set.docCount, [set.column('tokens'), set.column('hits')], totals.options, outlet), 1, 0, 1000);
}

const sum = (docs: readonly DocFigures[], f: (d: DocFigures) => number): number => docs.reduce((n, d) => n + f(d), 0);
const tokens = (r: Row): number => sum(r.docs, (d) => d.tokens);
const hits = (r: Row): number => sum(r.docs, (d) => d.hits.length);
const quotes = (r: Row): QuoteFigure[] => r.docs.flatMap((d) => d.quotes);

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
  value: (r: Row) => {
    const q = quotes(r);
    return share(quotesBySpeakerType(q)[type], q.length);
  },
}));

export const outletSummaryReport = defineSummaryReport<Row>({
  file: 'outlet_summary.csv',
  rowMeaning: 'outlet',
  rows: outletRows,
  columns: [
    { name: 'outlet', type: 'string', meaning: 'Outlet (see documents.csv for how it is found).', value: (r) => r.outlet },
    { name: 'documents', type: 'integer', meaning: 'Processed documents of the outlet.', value: (r) => r.docs.length },
    { name: 'tokens', type: 'integer', meaning: 'Tokens (not punctuation) over its processed documents.', value: tokens },
    { name: 'quotes', type: 'integer', meaning: 'Quotations (rows of quotes.csv).', value: (r) => sum(r.docs, (d) => d.quotes.length) },
    { name: 'unique_speakers', type: 'integer', meaning: 'Distinct non-empty canonical speakers of its quotations (the same name in two documents counts once).', value: (r) => uniqueSpeakers(quotes(r)) },
    ...speakerTypeColumns,
    { name: 'top5_speaker_share', type: 'number', meaning: `Share of the outlet's quotes spoken by its ${TOP_SPEAKERS} most-quoted speakers (non-empty names, as in speakers.csv): their quotes / all quotes, 4 decimals; empty when the outlet has no quotes.`, value: (r) => share(topSpeakerQuotes(quotes(r)), quotes(r).length) },
    { name: 'loaded_cue_share', type: 'number', meaning: 'Share of the outlet\'s quotes introduced by a cue verb the speech-verb lexicon marks loaded (claimed, admitted, …): those quotes / all quotes, 4 decimals; empty when the outlet has no quotes.', value: (r) => share(loadedCueQuotes(quotes(r)), quotes(r).length) },
    { name: 'term_hits', type: 'integer', meaning: 'Loaded-term hits (rows of terms.csv).', value: hits },
    { name: 'rate_per_1k', type: 'number', meaning: 'term_hits per 1,000 tokens (1000 × Σ hits / Σ tokens: a ratio of sums), rounded to 3 decimals; empty when the outlet has no tokens.', value: (r) => ratePer1k(hits(r), tokens(r)) },
    { name: 'ci_low', type: 'number', meaning: "Lower bound of a 95% percentile-bootstrap interval for rate_per_1k: the outlet's documents resampled with replacement B times (--bootstrap, default 1,000; seed --seed), 2.5th percentile of 1000 × Σ hits / Σ tokens (R quantile type 7). Empty with --bootstrap 0 or fewer than 2 documents.", value: (r) => rounded(r.ci?.low, 3) },
    { name: 'ci_high', type: 'number', meaning: 'Upper bound (97.5th percentile) of that interval.', value: (r) => rounded(r.ci?.high, 3) },
    { name: 'rejected', type: 'integer', meaning: 'Records of the outlet set aside as rejected (see documents.csv).', value: (r) => r.rejected },
    { name: 'duplicates', type: 'integer', meaning: 'Records of the outlet set aside as duplicates.', value: (r) => r.duplicates },
    { name: 'duplicate_sentences', type: 'integer', meaning: 'With --dedup sentences: sentences of its processed documents that repeat an earlier sentence of the outlet and are left out of every count and rate (0 otherwise).', value: (r) => sum(r.docs, (d) => d.duplicateSentences.length) },
  ],
});
