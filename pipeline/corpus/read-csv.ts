// Reads a CSV file into records: header aliases (record-fields.ts), `,` `;` or tab delimiter
// detected from the header line, quoted multi-line fields, BOM, CRLF. A malformed row, a row
// with the wrong number of fields or invalid UTF-8 is rejected alone; a file without a text
// column has every row rejected (each keeps its id and metadata in documents.csv).
// Rows are numbered as a spreadsheet shows them: the header is row 1.
import { CsvError, parse } from 'csv-parse/sync';
import type { InfoRecord } from 'csv-parse/sync';
import { BINARY_REASON, decodeUtf8, firstBadLineIn, invalidUtf8Reason, looksBinary } from './decode-text.js';
import { acceptRecord, FIELD_ALIASES, matchFieldNames, rejectRecord } from './record-fields.js';
import type { Field, RawFields, ReadLimits, RecordPlace } from './record-fields.js';
import type { ReadResult } from '../types.js';
import type { InputFile } from './walk-inputs.js';

type Event =
  | { readonly kind: 'row'; readonly cells: readonly string[]; readonly startLine: number; readonly endLine: number }
  | { readonly kind: 'bad'; readonly error: CsvError; readonly startLine: number };

export function readCsv(file: InputFile, bytes: Uint8Array, limits: ReadLimits): ReadResult[] {
  const whole: RecordPlace = { file, unit: 'file', n: 0, line: 1 };
  if (looksBinary(bytes)) return [rejectRecord({}, whole, BINARY_REASON)];
  const { text, badLines } = decodeUtf8(bytes);
  if (text.trim() === '') return [rejectRecord({}, whole, 'empty file: no header row')];
  const events = parseEvents(text);
  const header = events[0]!;
  if (header.kind !== 'row') return [rejectRecord({}, whole, `the header row is malformed (${describeCsvError(header.error)}); no row was read`)];
  const columns = matchFieldNames(header.cells);
  const noText =
    columns.text === undefined
      ? `no text column (looked for ${FIELD_ALIASES.text.join(', ')}); the header has: ${header.cells.join(', ')}`
      : null;
  return events.slice(1).map((event, i) => {
    const place: RecordPlace = { file, unit: 'row', n: i + 2, line: event.startLine };
    if (event.kind === 'bad') return rejectRecord({}, place, describeCsvError(event.error));
    const fields = pickFields(event.cells, columns);
    const bad = firstBadLineIn(badLines, event.startLine, event.endLine);
    if (bad !== undefined) return rejectRecord(fields, place, invalidUtf8Reason(bad));
    if (noText) return rejectRecord(fields, place, noText);
    const width = header.cells.length;
    if (tooMany(event.cells, width) || event.cells.length < width) {
      return rejectRecord(fields, place, `malformed CSV row: ${event.cells.length} fields, the header has ${width}`);
    }
    return acceptRecord(fields, place, limits);
  });
}

/** Rows with their first and last line. After a malformed row, parsing starts again on the
 *  line after the one where the error was found, so one bad row costs only itself (a quote
 *  that never closes still swallows the rest of the file: there is no way to tell). The text
 *  is parsed in windows of whole lines — small after an error, growing while rows are clean —
 *  so a file with many bad rows is still read in about linear time. */
function parseEvents(text: string): Event[] {
  const delimiter = detectDelimiter(text);
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const lines = lineStarts.length;
  const blank = (line: number): boolean => text.slice(lineStarts[line - 1], lineStarts[line] ?? text.length).trim() === '';
  const events: Event[] = [];
  let window = MIN_WINDOW;
  for (let base = 0; base < lines; ) {
    const end = Math.min(base + window, lines);
    const segment = parseSegment(text.slice(lineStarts[base], lineStarts[end] ?? text.length), base, delimiter);
    const cut = end < lines && segment.error?.code === 'CSV_QUOTE_NOT_CLOSED';
    if (cut) {
      window *= 2; // a quoted field runs past the window: take more lines
      continue;
    }
    for (const row of segment.rows) events.push(row);
    if (!segment.error) {
      base = end;
      window = Math.min(window * 2, MAX_WINDOW);
      continue;
    }
    let startLine = base + segment.lastLine + 1;
    while (startLine < lines && blank(startLine)) startLine++;
    events.push({ kind: 'bad', error: segment.error, startLine });
    const errorLine = typeof segment.error.lines === 'number' ? segment.error.lines : 0;
    base += Math.max(errorLine, segment.lastLine + 1);
    window = MIN_WINDOW;
  }
  return events;
}

const MIN_WINDOW = 64;
const MAX_WINDOW = 65_536;

/** Rows of a run of whole lines starting after line `base`, up to the first error. */
function parseSegment(segment: string, base: number, delimiter: string) {
  const rows: Event[] = [];
  let lastLine = 0;
  let lastEmpty = 0;
  try {
    parse(segment, {
      delimiter,
      relax_column_count: true,
      skip_empty_lines: true,
      on_record: (cells: string[], info: InfoRecord) => {
        const startLine = base + lastLine + 1 + (info.empty_lines - lastEmpty);
        rows.push({ kind: 'row', cells, startLine, endLine: base + info.lines });
        lastLine = info.lines;
        lastEmpty = info.empty_lines;
        return null;
      },
    });
    return { rows, lastLine, error: null };
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    return { rows, lastLine, error };
  }
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
