// documents.csv: one row per input record, processed or set aside, in doc_id order; every
// record read appears here, so read = processed + rejected + duplicate can be checked.
import type { DocResult, RecordMeta, RecordOutcome, RecordStatus } from '../types.js';
import { defineRowReport } from './report-spec.js';

interface Row {
  readonly meta: RecordMeta;
  readonly status: RecordStatus;
  readonly reason: string;
  readonly reasonCode: string;
  readonly doc: DocResult | null;
}

function rowOf(outcome: RecordOutcome): Row {
  if (outcome.kind === 'processed') return { meta: outcome.doc.meta, status: 'processed', reason: '', reasonCode: '', doc: outcome.doc };
  const s = outcome.record;
  return { meta: s.meta, status: s.status, reason: s.reason, reasonCode: s.reasonCode, doc: null };
}

export const documentsReport = defineRowReport<Row>({
  file: 'documents.csv',
  rowMeaning: 'input record (processed, rejected or duplicate)',
  rowsOf: (outcome) => [rowOf(outcome)],
  columns: [
    { name: 'doc_id', type: 'string', meaning: 'The record\'s id field (id, stories_id, doc_id) if given, else file:row (CSV, spreadsheet numbering: the header is row 1) or file:line (JSONL, txt split by lines); a whole .txt file is its path. Paths are relative to the folder given as input (or holding the input files). An id given twice becomes id@file:row.', value: (r) => r.meta.docId },
    { name: 'outlet', type: 'string', meaning: 'Outlet field; when missing or empty, the file name without extension (CSV, JSONL) or the name of the folder holding the file (txt).', value: (r) => r.meta.outlet },
    { name: 'date', type: 'string', meaning: 'Date field as given (not parsed).', value: (r) => r.meta.date },
    { name: 'title', type: 'string', meaning: 'Title or headline field.', value: (r) => r.meta.title },
    { name: 'status', type: 'string', meaning: 'processed; rejected (not analysable, see reason); or duplicate (same outlet and text as the record named in reason, which is kept).', value: (r) => r.status },
    { name: 'reason', type: 'string', meaning: 'Why the record was set aside, naming file and row or line; empty when processed.', value: (r) => r.reason },
    { name: 'reason_code', type: 'string', meaning: 'The reason as a code scripts can count (binary_file, not_utf8, empty_text, too_large, csv_malformed_row, duplicate, …; a CSV row the parser rejects keeps the parser\'s code, e.g. CSV_QUOTE_NOT_CLOSED); the table in docs/input.md lists them. Empty when processed.', value: (r) => r.reasonCode },
    { name: 'tokens', type: 'integer', meaning: 'Tokens that are not punctuation (words, numbers, symbols); empty unless processed.', value: (r) => r.doc?.tokenCount ?? null },
    { name: 'sentences', type: 'integer', meaning: 'Sentences (none crosses a line break); empty unless processed.', value: (r) => r.doc?.sentenceCount ?? null },
    { name: 'quotes', type: 'integer', meaning: 'Rows of quotes.csv for this document; empty unless processed.', value: (r) => r.doc?.quotes.length ?? null },
    { name: 'term_hits', type: 'integer', meaning: 'Rows of terms.csv for this document; empty unless processed.', value: (r) => r.doc?.hits.length ?? null },
    { name: 'duplicate_sentences', type: 'integer', meaning: 'With --dedup sentences: sentences of this record that repeat an earlier sentence of its outlet (in doc_id order, an earlier sentence of the same record included) and are left out of the statistics; 0 without it; empty unless processed.', value: (r) => r.doc?.duplicateSentences.length ?? null },
    { name: 'chars', type: 'integer', meaning: 'Length of the text in UTF-16 code units (the unit of all offsets); empty unless processed.', value: (r) => r.doc?.text.length ?? null },
    { name: 'origin', type: 'string', meaning: 'Where the record was read: file:row (CSV), file:line (JSONL, split txt) or the file (whole txt).', value: (r) => r.meta.origin },
    { name: 'url', type: 'string', meaning: 'URL or link field.', value: (r) => r.meta.url },
    { name: 'author', type: 'string', meaning: 'Author or byline field.', value: (r) => r.meta.author },
  ],
});
