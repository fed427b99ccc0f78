// term_variants.csv: what each lexicon entry actually matched, one row per lexicon × term ×
// matched form, across the whole run. Shows what a wildcard (terror*) caught — terrorism,
// terrorists, terror-linked's "terror" — and which inflections lemma matching found (cults,
// Ringleaders), so a scholar can spot an entry that matches more than intended.
import { compareCodeUnits } from '../corpus/compare-doc-ids.js';
import type { RunTotals } from '../stats/run-totals.js';
import { defineSummaryReport } from './report-spec.js';

interface Row {
  readonly lexicon: string;
  readonly term: string;
  readonly category: string;
  readonly form: string;
  readonly hits: number;
  readonly documents: number;
}

function* termVariantRows(totals: RunTotals): Generator<Row> {
  // Documents are counted by the last document seen (each is visited once, in order).
  const rows = new Map<string, { row: Omit<Row, 'hits' | 'documents'>; hits: number; documents: number; last: number }>();
  let index = 0;
  for (const doc of totals.docs) {
    index++;
    for (const hit of doc.hits) {
      const form = hit.form;
      const key = [hit.lexicon, hit.term, hit.category, form].join('\u0000');
      const slot = rows.get(key) ?? { row: { lexicon: hit.lexicon, term: hit.term, category: hit.category, form }, hits: 0, documents: 0, last: 0 };
      slot.hits++;
      if (slot.last !== index) slot.documents++;
      slot.last = index;
      rows.set(key, slot);
    }
  }
  const all = [...rows.values()].map((s) => ({ ...s.row, hits: s.hits, documents: s.documents }));
  const cmp = compareCodeUnits;
  yield* all.sort((a, b) => cmp(a.lexicon, b.lexicon) || cmp(a.term, b.term) || cmp(a.category, b.category) || b.hits - a.hits || cmp(a.form, b.form));
}

export const termVariantsReport = defineSummaryReport<Row>({
  file: 'term_variants.csv',
  rowMeaning: 'lexicon × term × matched form (what each entry, wildcards included, actually matched)',
  rows: termVariantRows,
  columns: [
    { name: 'lexicon', type: 'string', meaning: 'Id of the lexicon holding the entry.', value: (r) => r.lexicon },
    { name: 'term', type: 'string', meaning: 'The lexicon entry as written (a trailing * is a wildcard).', value: (r) => r.term },
    { name: 'category', type: 'string', meaning: "The entry's category.", value: (r) => r.category },
    { name: 'wildcard', type: 'boolean', meaning: 'The entry holds a * wildcard.', value: (r) => r.term.includes('*') },
    { name: 'matched_form', type: 'string', meaning: 'A form the entry matched in the text, lower-cased with apostrophe and hyphen variants folded.', value: (r) => r.form },
    { name: 'hits', type: 'integer', meaning: 'Hits of the entry with this form, over all processed documents.', value: (r) => r.hits },
    { name: 'documents', type: 'integer', meaning: 'Documents holding at least one such hit.', value: (r) => r.documents },
  ],
});
