// outlet_terms.csv: one row per outlet × category (term empty), each followed by one row per
// outlet × category × term for the terms that occur. Every category of the run's term
// lexicons gets a row for every outlet, zero hits included, so outlets compare row by row.
// rate_per_1k is a ratio of sums: 1000 · Σ hits / Σ tokens over the outlet's processed
// documents (not a mean of per-document rates). ci_low/ci_high stay empty until the
// statistics issue (document-level bootstrap) lands.
import { compareCodeUnits, compareDocIds } from '../corpus/compare-doc-ids.js';
import type { RunTotals } from '../stats/run-totals.js';
import type { DocFigures, HitFigure } from '../types.js';
import { defineSummaryReport } from './report-spec.js';

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
}

function* outletTermRows(totals: RunTotals): Generator<Row> {
  const categories = new Set(totals.lexicons.filter((l) => l.use === 'terms').flatMap((l) => Object.keys(l.categories)));
  const byOutlet = new Map<string, DocFigures[]>();
  for (const doc of totals.docs) {
    const docs = byOutlet.get(doc.outlet) ?? [];
    docs.push(doc);
    byOutlet.set(doc.outlet, docs);
    for (const h of doc.hits) categories.add(h.category);
  }
  for (const outlet of [...byOutlet.keys()].sort(compareDocIds)) {
    const docs = byOutlet.get(outlet)!;
    const tokens = docs.reduce((sum, d) => sum + d.tokens, 0);
    const byCategory = groupBy(docs.flatMap((d) => d.hits), (h) => h.category);
    for (const category of [...categories].sort(compareCodeUnits)) {
      const inCategory = byCategory.get(category) ?? [];
      yield count(outlet, category, '', inCategory, tokens);
      const rows = [...groupBy(inCategory, (h) => h.term)].map(([term, hits]) => count(outlet, category, term, hits, tokens));
      yield* rows.sort((a, b) => b.hits - a.hits || compareCodeUnits(a.term, b.term));
    }
  }
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

function count(outlet: string, category: string, term: string, hits: readonly HitFigure[], tokens: number): Row {
  return {
    outlet, category, term, tokens,
    hits: hits.length,
    own: hits.filter((h) => h.voice === 'own').length,
    quoted: hits.filter((h) => h.voice === 'quoted').length,
    scare: hits.filter((h) => h.scareQuoted).length,
    negated: hits.filter((h) => h.negated).length,
  };
}

const rate = (n: number, tokens: number): number | null => (tokens > 0 ? Math.round((1e6 * n) / tokens) / 1000 : null);

export const outletTermsReport = defineSummaryReport<Row>({
  file: 'outlet_terms.csv',
  rowMeaning: 'outlet × category (term empty), then outlet × category × term for each term that occurs',
  rows: outletTermRows,
  columns: [
    { name: 'outlet', type: 'string', meaning: 'Outlet.', value: (r) => r.outlet },
    { name: 'category', type: 'string', meaning: 'Lexicon category (every category of the term lexicons, for every outlet).', value: (r) => r.category },
    { name: 'term', type: 'string', meaning: 'Lexicon entry; empty on the category row, which totals all its terms.', value: (r) => r.term },
    { name: 'hits', type: 'integer', meaning: "Term hits in the outlet's processed documents.", value: (r) => r.hits },
    { name: 'own_voice_hits', type: 'integer', meaning: "Hits in the outlet's own voice (outside quotations; scare-quoted hits count here).", value: (r) => r.own },
    { name: 'quoted_hits', type: 'integer', meaning: 'Hits inside quotations (voice quoted). own_voice_hits + quoted_hits = hits.', value: (r) => r.quoted },
    { name: 'scare_quoted_hits', type: 'integer', meaning: 'Hits inside quotation marks that are not speech (scare quotes); part of own_voice_hits.', value: (r) => r.scare },
    { name: 'negated_hits', type: 'integer', meaning: 'Hits in the scope of a negation ("is not a cult"); included in hits.', value: (r) => r.negated },
    { name: 'tokens', type: 'integer', meaning: "Tokens (punctuation excluded) in the outlet's processed documents: the rate's denominator.", value: (r) => r.tokens },
    { name: 'rate_per_1k', type: 'number', meaning: "1000 × hits / tokens over the outlet's processed documents: a ratio of sums, not a mean of per-document rates. Rounded to 3 decimals.", value: (r) => rate(r.hits, r.tokens) },
    { name: 'ci_low', type: 'number', meaning: 'Lower bound of a 95% interval for rate_per_1k (document-level bootstrap); empty until implemented.', value: () => null },
    { name: 'ci_high', type: 'number', meaning: 'Upper bound of a 95% interval for rate_per_1k; empty until implemented.', value: () => null },
  ],
});
