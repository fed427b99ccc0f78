// Reads a CSV file into records: header aliases (record-fields.ts), `,` `;` or tab delimiter
// detected from the header line, quoted multi-line fields, BOM, CRLF. A malformed row, a row
// with the wrong number of fields or invalid UTF-8 is rejected alone; a file without a text
// column has every row rejected (each keeps its id and metadata in documents.csv).
// Rows are numbered as a spreadsheet shows them: the header is row 1.
import { parse } from 'csv-parse/sync';
import type { CsvError, InfoRecord } from 'csv-parse/sync';
import { BINARY_REASON, decodeUtf8, firstBadLineIn, invalidUtf8Reason, looksBinary } from './decode-text.js';
import { acceptRecord, FIELD_ALIASES, matchFieldNames, rejectRecord } from './record-fields.js';
import type { Field, RawFields, ReadLimits, RecordPlace } from './record-fields.js';
import type { ReadResult } from './types.js';
import type { InputFile } from './walk-inputs.js';

type Event =
  | { readonly kind: 'row'; readonly cells: readonly string[]; readonly endLine: number; readonly emptyLines: number }
  | { readonly kind: 'bad'; readonly error: CsvError };

export function readCsv(file: InputFile, bytes: Uint8Array, limits: ReadLimits): ReadResult[] {
  const whole: RecordPlace = { file, unit: 'file', n: 0, line: 1 };
  if (looksBinary(bytes)) return [rejectRecord({}, whole, BINARY_REASON)];
  const { text, badLines } = decodeUtf8(bytes);
  if (text.trim() === '') return [rejectRecord({}, whole, 'empty file: no header row')];
  const events = parseEvents(text);
  const header = events[0];
  if (header?.kind !== 'row') return [rejectRecord({}, whole, 'the header row is malformed')];
  const columns = matchFieldNames(header.cells);
  const noText =
    columns.text === undefined
      ? `no text column (looked for ${FIELD_ALIASES.text.join(', ')}); the header has: ${header.cells.join(', ')}`
      : null;
  const out: ReadResult[] = [];
  let prevEnd = header.endLine;
  let prevEmpty = header.emptyLines;
  for (let i = 1; i < events.length; i++) {
    const event = events[i]!;
    const row = i + 1;
    if (event.kind === 'bad') {
      const place: RecordPlace = { file, unit: 'row', n: row, line: prevEnd + 1 };
      out.push(rejectRecord({}, place, describeCsvError(event.error)));
      prevEnd = Math.max(prevEnd + 1, typeof event.error.lines === 'number' ? event.error.lines : 0);
      continue;
    }
    const line = prevEnd + 1 + (event.emptyLines - prevEmpty);
    const place: RecordPlace = { file, unit: 'row', n: row, line };
    const fields = pickFields(event.cells, columns);
    prevEnd = event.endLine;
    prevEmpty = event.emptyLines;
    const bad = firstBadLineIn(badLines, line, event.endLine);
    if (bad !== undefined) out.push(rejectRecord(fields, place, invalidUtf8Reason(bad)));
    else if (noText) out.push(rejectRecord(fields, place, noText));
    else if (tooMany(event.cells, header.cells.length) || event.cells.length < header.cells.length)
      out.push(rejectRecord(fields, place, `malformed CSV row: ${event.cells.length} fields, the header has ${header.cells.length}`));
    else out.push(acceptRecord(fields, place, limits));
  }
  return out;
}

function parseEvents(text: string): Event[] {
  const events: Event[] = [];
  parse(text, {
    delimiter: detectDelimiter(text),
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_record: (cells: string[], info: InfoRecord) => {
      events.push({ kind: 'row', cells, endLine: info.lines, emptyLines: info.empty_lines });
      return null;
    },
    on_skip: (error: CsvError | undefined) => {
      if (error) events.push({ kind: 'bad', error });
      return undefined;
    },
  });
  return events;
}

/** The delimiter used most often outside quotes on the header line (`,` when none is). */
export function detectDelimiter(text: string): string {
  const counts: Record<string, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch in counts) counts[ch]!++;
  }
  return [';', '\t'].reduce((best, d) => (counts[d]! > counts[best]! ? d : best), ',');
}

function pickFields(cells: readonly string[], columns: Partial<Record<Field, number>>): RawFields {
  const fields: RawFields = {};
  for (const [field, index] of Object.entries(columns) as [Field, number][]) {
    const cell = cells[index];
    if (cell !== undefined) fields[field] = cell;
  }
  return fields;
}

/** Extra cells are allowed only when empty (a trailing delimiter, common in exports). */
function tooMany(cells: readonly string[], width: number): boolean {
  return cells.slice(width).some((c) => c.trim() !== '');
}

const CSV_ERRORS: Readonly<Record<string, string>> = {
  CSV_INVALID_CLOSING_QUOTE: 'a quotation mark inside a quoted field is not doubled ("")',
  INVALID_OPENING_QUOTE: 'a quotation mark inside an unquoted field',
  CSV_QUOTE_NOT_CLOSED: 'a quoted field is never closed, so the rest of the file could not be read',
};

function describeCsvError(error: CsvError): string {
  return `malformed CSV row: ${CSV_ERRORS[error.code] ?? error.message}`;
}
