// Input fields: which column or JSON key holds the text, outlet, date, … (interface.md's
// aliases, case-insensitive, the first alias in list order wins), and the one place that
// turns a raw record from any format into a ReadResult: text checks, size limit, outlet
// fallback, doc_id and origin. Readers (read-csv/jsonl/txt) only find the raw fields.
import type { ReadResult, RecordMeta } from '../types.js';
import type { InputFile } from './walk-inputs.js';

export type Field = 'text' | 'outlet' | 'date' | 'title' | 'url' | 'author' | 'id';

export const FIELD_ALIASES: Readonly<Record<Field, readonly string[]>> = {
  text: ['text', 'body', 'content', 'article_text'],
  outlet: ['outlet', 'media_name', 'source', 'publisher', 'domain'],
  date: ['date', 'publish_date', 'published', 'pub_date'],
  title: ['title', 'headline'],
  url: ['url', 'link'],
  author: ['author', 'byline'],
  id: ['id', 'stories_id', 'doc_id'],
};

const FIELDS = Object.keys(FIELD_ALIASES) as Field[];

export type RawFields = Partial<Record<Field, string>>;

/** Where a record sits in its file: a CSV row (spreadsheet numbering, header = row 1), a
 *  line (JSONL, txt), or the whole file (n = null). `line` is the first line it spans. */
export interface RecordPlace {
  readonly file: InputFile;
  readonly unit: 'row' | 'line' | 'file';
  readonly n: number;
  readonly line: number;
}

export interface ReadLimits {
  /** Largest text accepted, in UTF-8 bytes. */
  readonly maxDocBytes: number;
}

/** For each field, the index of the first matching name (aliases in priority order). */
export function matchFieldNames(names: readonly string[]): Partial<Record<Field, number>> {
  const lower = names.map((n) => n.trim().toLowerCase());
  const found: Partial<Record<Field, number>> = {};
  for (const field of FIELDS) {
    for (const alias of FIELD_ALIASES[field]) {
      const i = lower.indexOf(alias);
      if (i >= 0) {
        found[field] = i;
        break;
      }
    }
  }
  return found;
}

/** `sample/a.csv row 3 (line 5)`, `wire.jsonl line 2`, `notes.txt`: for reasons. */
export function describePlace(p: RecordPlace): string {
  if (p.unit === 'file') return p.file.rel;
  if (p.unit === 'row') return p.n === p.line ? `${p.file.rel} row ${p.n}` : `${p.file.rel} row ${p.n} (line ${p.line})`;
  return `${p.file.rel} line ${p.n}`;
}

export function placeOrigin(p: RecordPlace): string {
  return p.unit === 'file' ? p.file.rel : `${p.file.rel}:${p.n}`;
}

/** A doc_id given by more than one record (`uses` > 1) becomes `id@origin` on each of them;
 *  ids made from file and row are unique already. */
export function uniqueId(id: string, origin: string, uses: number): string {
  return uses === 1 || id === origin ? id : `${id}@${origin}`;
}

export function recordMeta(fields: RawFields, p: RecordPlace): RecordMeta {
  const given = fields.id?.trim() ?? '';
  return {
    docId: given !== '' ? given : placeOrigin(p),
    outlet: fields.outlet?.trim() || p.file.defaultOutlet,
    date: fields.date?.trim() ?? '',
    title: fields.title?.trim() ?? '',
    url: fields.url?.trim() ?? '',
    author: fields.author?.trim() ?? '',
    origin: placeOrigin(p),
  };
}

/** Why a record was rejected, for scripts (documents.csv reason_code; docs/input.md lists
 *  them). A CSV row csv-parse cannot parse keeps csv-parse's own code (CSV_QUOTE_NOT_CLOSED,
 *  CSV_INVALID_CLOSING_QUOTE, INVALID_OPENING_QUOTE, …) instead. */
export type ReasonCode =
  | 'binary_file'
  | 'not_utf8'
  | 'unreadable_file'
  | 'empty_file'
  | 'no_text_column'
  | 'csv_malformed_row'
  | 'not_json'
  | 'not_json_object'
  | 'text_not_string'
  | 'no_text_field'
  | 'empty_text'
  | 'too_large'
  | 'internal_error'
  | 'worker_crashed'
  | 'duplicate';

/** A record that will not be analysed; the reason names the file and row or line. */
export function rejectRecord(fields: RawFields, p: RecordPlace, why: string, code: ReasonCode | string): ReadResult {
  return { kind: 'set-aside', record: { meta: recordMeta(fields, p), status: 'rejected', reason: `${describePlace(p)}: ${why}`, reasonCode: code } };
}

/** The checks every format shares: text present, not blank, not over the size limit. */
export function acceptRecord(fields: RawFields, p: RecordPlace, limits: ReadLimits): ReadResult {
  const text = fields.text;
  if (text === undefined) return rejectRecord(fields, p, 'no text field', 'no_text_field');
  if (text.trim() === '') return rejectRecord(fields, p, text === '' ? 'empty text' : 'text is only whitespace', 'empty_text');
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > limits.maxDocBytes) return rejectRecord(fields, p, oversize(bytes, limits), 'too_large');
  return { kind: 'doc', doc: { meta: recordMeta(fields, p), text } };
}

export function oversize(bytes: number, limits: ReadLimits): string {
  const mb = (n: number): string => `${(n / 1_048_576).toFixed(1)} MB`;
  return `text is ${mb(bytes)}, over the limit of ${mb(limits.maxDocBytes)} per document (--max-doc-mb)`;
}

/** A JSON or CSV value as a field string (numbers such as stories_id become strings). */
export function fieldString(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}
