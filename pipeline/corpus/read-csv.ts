// Reads a CSV file into records, streaming: header aliases (record-fields.ts), `,` `;` or tab
// delimiter detected from the header line, quoted multi-line fields, BOM, CRLF. A malformed
// row, a row with the wrong number of fields or invalid UTF-8 is rejected alone; a file
// without a text column has every row rejected (each keeps its id and metadata).
// Rows are numbered as a spreadsheet shows them: the header is row 1. Every physical row is
// accounted for: after a row csv-parse rejects, reading resumes on the next line — after a
// quote that never closes, on the line after the one where that row began, so one stray quote
// costs only its own row.
// The file is read line by line and parsed in windows of whole lines (csv-rows.ts). Each
// record's byte range is kept, and `reread` parses those bytes alone to give the same record.
import { parse } from 'csv-parse/sync';
import { BINARY_REASON, invalidUtf8Reason, looksBinary } from './decode-text.js';
import { csvEvents } from './csv-rows.js';
import type { Dialect } from './csv-rows.js';
import { readHead, readLines } from './read-lines.js';
import { acceptRecord, FIELD_ALIASES, matchFieldNames, rejectRecord } from './record-fields.js';
import type { Field, RawFields, ReadLimits, RecordPlace } from './record-fields.js';
import type { RecordScanner, Scanned } from './record-scanner.js';
import type { ReadResult } from '../types.js';
import type { InputFile } from './walk-inputs.js';

interface Header {
  readonly delimiter: string;
  readonly columns: Partial<Record<Field, number>>;
  readonly width: number;
  readonly noText: string | null;
}

const lenient = new TextDecoder('utf-8', { ignoreBOM: true });

export function csvScanner(file: InputFile, limits: ReadLimits): RecordScanner {
  let header: Header | null = null;
  const whole: RecordPlace = { file, unit: 'file', n: 0, line: 1 };
  /** A quoted field still open after this many bytes is taken as never closed. */
  const maxRecordBytes = limits.maxDocBytes * 2 + (1 << 20);

  function record(cells: readonly string[], place: RecordPlace, badLine: number | null): ReadResult {
    const h = header!;
    const fields = pickFields(cells, h.columns);
    if (badLine !== null) return rejectRecord(fields, place, invalidUtf8Reason(badLine), 'not_utf8');
    if (h.noText) return rejectRecord(fields, place, h.noText, 'no_text_column');
    if (tooMany(cells, h.width) || cells.length < h.width) {
      return rejectRecord(fields, place, `malformed CSV row: ${cells.length} fields, the header has ${h.width}`, 'csv_malformed_row');
    }
    return acceptRecord(fields, place, limits);
  }

  async function* scan(): AsyncGenerator<Scanned> {
    if (looksBinary(await readHead(file.path))) {
      yield { result: rejectRecord({}, whole, BINARY_REASON, 'binary_file'), place: whole, start: 0, end: 0 };
      return;
    }
    let n = 0;
    const dialect: Dialect = { delimiter: '' };
    for await (const event of csvEvents(readLines(file.path, maxRecordBytes), maxRecordBytes, dialect)) {
      n++;
      if (n === 1) {
        if (event.kind === 'bad') {
          yield { result: rejectRecord({}, whole, `the header row is malformed (${event.why}); no row was read`, event.code), place: whole, start: 0, end: 0 };
          return;
        }
        header = headerOf(event.cells, dialect.delimiter);
        continue;
      }
      const place: RecordPlace = { file, unit: 'row', n, line: event.startLine };
      if (event.kind === 'bad') yield { result: rejectRecord({}, place, event.why, event.code), place, start: 0, end: 0 };
      else yield { result: record(event.cells, place, event.bad), place, start: event.start, end: event.end };
    }
    if (n === 0) yield { result: rejectRecord({}, whole, 'empty file: no header row', 'empty_file'), place: whole, start: 0, end: 0 };
  }

  return {
    scan,
    reread(bytes, place) {
      const cells = parse(lenient.decode(bytes), { delimiter: header!.delimiter, relax_column_count: true, skip_empty_lines: true })[0] as string[];
      return record(cells ?? [], place, null);
    },
  };
}

function headerOf(cells: readonly string[], delimiter: string): Header {
  const columns = matchFieldNames(cells);
  const noText = columns.text === undefined ? `no text column (looked for ${FIELD_ALIASES.text.join(', ')}); the header has: ${cells.join(', ')}` : null;
  return { delimiter, columns, width: cells.length, noText };
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

