// distinctive_terms.csv: for each outlet, the lemmas that most set it apart from all other
// outlets pooled: Monroe et al.'s log-odds ratio with an informative Dirichlet prior and its
// z-score (stats/log-odds.ts), on the lemmas of word tokens (stats/lemma-counts.ts). The prior
// is αw = α0 · (the lemma's count in the whole corpus / all word tokens), α0 = 1,000. Every
// lemma, stop-words included, enters the totals; the top TOP_N rows per outlet (highest z,
// z > 0) skip the stop-words of the run's `use: stopwords` lexicon. No rows when there is
// only one outlet.
import { compareCodeUnits } from '../corpus/compare-doc-ids.js';
import { rounded } from '../stats/bootstrap.js';
import { keynessG2, logOddsDirichlet, type LogOdds } from '../stats/log-odds.js';
import { matchForm } from '../normalize-text.js';
import type { RunTotals } from '../stats/run-totals.js';
import { TopRows } from '../stats/top-rows.js';
import { defineSummaryReport } from './report-spec.js';

export const PRIOR_WEIGHT = 1000;
export const TOP_N = 50;

interface Row {
  readonly outlet: string;
  readonly rank: number;
  readonly term: string;
  readonly count: number;
  readonly otherCount: number;
  readonly alpha: number;
  readonly stats: LogOdds;
  readonly g2: number;
}

interface Candidate {
  readonly id: number;
  readonly term: string;
  readonly alpha: number;
  readonly stats: LogOdds;
}

const byZ = (a: Candidate, b: Candidate): number => b.stats.z - a.stats.z || compareCodeUnits(a.term, b.term);

function* distinctiveRows(totals: RunTotals): Generator<Row> {
  const lemmas = totals.lemmas;
  const outlets = lemmas.outlets();
  if (outlets.length < 2) return;
  const stop = new Set(totals.lexicons.filter((l) => l.use === 'stopwords').flatMap((l) => l.entries.map((e) => matchForm(e.term))));
  const all = lemmas.totals();
  const N = all.reduce((a, b) => a + b, 0);
  for (const outlet of outlets) {
    const ni = lemmas.outletTotal(outlet);
    const nj = N - ni;
    // The TOP_N highest z (ties by lemma): lemmas are met in id order, which the order of
    // TopRows makes irrelevant.
    const top = new TopRows<Candidate>(TOP_N, byZ);
    const counts = lemmas.countsOf(outlet);
    for (let id = 0; id < counts.length; id++) {
      const yi = counts[id]!;
      if (yi === 0) continue;
      const alpha = (PRIOR_WEIGHT * all[id]!) / N;
      const stats = logOddsDirichlet(yi, ni, all[id]! - yi, nj, alpha, PRIOR_WEIGHT);
      if (!(stats.z > 0)) continue;
      const candidate = { id, term: lemmas.lemma(id), alpha, stats };
      if (top.wouldKeep(candidate) && !stop.has(candidate.term)) top.offer(candidate);
    }
    yield* top.items().map(({ id, term, alpha, stats }, i): Row => {
      const [yi, yj] = [counts[id]!, all[id]! - counts[id]!];
      return { outlet, rank: i + 1, term, count: yi, otherCount: yj, alpha, stats, g2: keynessG2(yi, ni, yj, nj) };
    });
  }
}

export const distinctiveTermsReport = defineSummaryReport<Row>({
  file: 'distinctive_terms.csv',
  rowMeaning: `outlet × lemma: the ${TOP_N} lemmas with the highest z for the outlet against all other outlets pooled (z > 0; stop-words left out of these rows but not of the counts); none when the run has one outlet`,
  rows: distinctiveRows,
  columns: [
    { name: 'outlet', type: 'string', meaning: 'Outlet.', value: (r) => r.outlet },
    { name: 'term', type: 'string', meaning: "A lemma (wink-nlp's lemma of a word token, lower-cased; proper nouns keep their form).", value: (r) => r.term },
    { name: 'count', type: 'integer', meaning: "Occurrences of the lemma in the outlet's processed documents (every sentence counts, --dedup sentences or not).", value: (r) => r.count },
    { name: 'other_count', type: 'integer', meaning: 'Occurrences in all other outlets\' processed documents.', value: (r) => r.otherCount },
    { name: 'log_odds', type: 'number', meaning: `δ, the log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008): ln[(y_i+α_w)/(n_i+α_0−y_i−α_w)] − ln[(y_j+α_w)/(n_j+α_0−y_j−α_w)], y the lemma's count and n all word tokens in the outlet (i) and in all other outlets (j); prior α_w = α_0 × (corpus count of the lemma / corpus word tokens), α_0 = ${PRIOR_WEIGHT}. Rounded to 6 decimals.`, value: (r) => rounded(r.stats.delta, 6) },
    { name: 'z', type: 'number', meaning: 'δ / σ with σ² = 1/(y_i+α_w) + 1/(y_j+α_w). Rows are sorted by z, highest first. Rounded to 6 decimals.', value: (r) => rounded(r.stats.z, 6) },
    { name: 'rank', type: 'integer', meaning: 'Rank of the lemma by z within the outlet (1 = most distinctive), stop-words not ranked.', value: (r) => r.rank },
    { name: 'prior', type: 'number', meaning: 'α_w, the lemma\'s prior count. Rounded to 6 decimals.', value: (r) => rounded(r.alpha, 6) },
    { name: 'g2', type: 'number', meaning: 'Log-likelihood keyness G² of the lemma in the outlet against all other outlets, on the 2×2 table (lemma, other word tokens) × (outlet, rest), summed over all four cells as quanteda\'s textstat_keyness does, without Yates or Williams correction; negative when the lemma is relatively rarer in the outlet. Rounded to 6 decimals.', value: (r) => rounded(r.g2, 6) },
  ],
});

interface LemmaRow {
  readonly outlet: string;
  readonly lemma: string;
  readonly count: number;
}

function* lemmaRows(totals: RunTotals): Generator<LemmaRow> {
  const lemmas = totals.lemmas;
  for (const outlet of lemmas.outlets()) for (const [lemma, count] of lemmas.countsIn(outlet)) yield { outlet, lemma, count };
}

/** The per-outlet lemma frequencies distinctive_terms.csv is computed from, so that a reader
 *  can recompute any lemma's figures (a merge adds up the same sums from figures.jsonl). */
export const lemmaCountsReport = defineSummaryReport<LemmaRow>({
  file: 'lemma_counts.csv',
  rowMeaning: "outlet × lemma occurring in the outlet's processed documents (the counts distinctive_terms.csv is computed from)",
  rows: lemmaRows,
  columns: [
    { name: 'outlet', type: 'string', meaning: 'Outlet.', value: (r) => r.outlet },
    { name: 'lemma', type: 'string', meaning: 'Lemma of word tokens (as distinctive_terms.csv term).', value: (r) => r.lemma },
    { name: 'count', type: 'integer', meaning: "Word tokens with this lemma in the outlet's processed documents (every sentence counts, --dedup sentences or not).", value: (r) => r.count },
  ],
});
