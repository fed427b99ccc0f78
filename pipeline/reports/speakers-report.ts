// speakers.csv: one row per outlet × speaker (and speaker type), counting the quotes of every
// kind, the words quoted and the speaker's share of the outlet's quotes. Unresolved quotes
// are one row with an empty speaker. Rows: outlet, then most quotes first, then speaker name.
import { compareCodeUnits, compareDocIds } from '../corpus/compare-doc-ids.js';
import type { RunTotals } from '../stats/run-totals.js';
import type { QuoteKind } from '../types.js';
import { defineSummaryReport } from './report-spec.js';

interface Row {
  readonly outlet: string;
  readonly speaker: string;
  readonly type: string;
  readonly quotes: number;
  readonly words: number;
  readonly kinds: Record<QuoteKind, number>;
  readonly outletQuotes: number;
}

export function speakerRows(totals: RunTotals): Row[] {
  const rows = new Map<string, Row>();
  const perOutlet = new Map<string, number>();
  for (const doc of totals.docs) {
    const outlet = doc.outlet;
    for (const q of doc.quotes) {
      perOutlet.set(outlet, (perOutlet.get(outlet) ?? 0) + 1);
      const key = JSON.stringify([outlet, q.speaker, q.speakerType]);
      const row = rows.get(key) ?? { outlet, speaker: q.speaker, type: q.speakerType, quotes: 0, words: 0, kinds: { direct: 0, partial: 0, indirect: 0 }, outletQuotes: 0 };
      row.kinds[q.kind]++;
      rows.set(key, { ...row, quotes: row.quotes + 1, words: row.words + q.words });
    }
  }
  return [...rows.values()]
    .map((r) => ({ ...r, outletQuotes: perOutlet.get(r.outlet) ?? 0 }))
    .sort((a, b) => compareDocIds(a.outlet, b.outlet) || b.quotes - a.quotes || compareCodeUnits(a.speaker, b.speaker) || compareCodeUnits(a.type, b.type));
}

export const speakersReport = defineSummaryReport<Row>({
  file: 'speakers.csv',
  rowMeaning: 'outlet × speaker (with its speaker type); unresolved quotes are one row with an empty speaker',
  rows: speakerRows,
  columns: [
    { name: 'outlet', type: 'string', meaning: 'Outlet.', value: (r) => r.outlet },
    { name: 'speaker', type: 'string', meaning: 'Canonical speaker within each document (see quotes.csv); the same name in several documents is one row.', value: (r) => r.speaker },
    { name: 'speaker_type', type: 'string', meaning: 'person, organization, nominal, anonymous or unresolved.', value: (r) => r.type },
    { name: 'quotes', type: 'integer', meaning: 'Quotes of every kind (direct, partial, indirect) attributed to the speaker in the outlet.', value: (r) => r.quotes },
    { name: 'quoted_words', type: 'integer', meaning: 'Words inside those quotes (marks and punctuation excluded).', value: (r) => r.words },
    { name: 'share_of_quotes', type: 'number', meaning: "quotes / all quotes of the outlet (0–1).", value: (r) => (r.outletQuotes === 0 ? 0 : Number((r.quotes / r.outletQuotes).toFixed(4))) },
    { name: 'direct', type: 'integer', meaning: 'Of those, direct quotes.', value: (r) => r.kinds.direct },
    { name: 'partial', type: 'integer', meaning: 'Of those, partial quotes.', value: (r) => r.kinds.partial },
    { name: 'indirect', type: 'integer', meaning: 'Of those, indirect (reported) speech.', value: (r) => r.kinds.indirect },
  ],
});
