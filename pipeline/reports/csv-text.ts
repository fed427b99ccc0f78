// CSV text of report rows, per RFC 4180: CRLF after every record, a field quoted (its quotes
// doubled) when it holds a comma, quote, CR or LF — the bytes csv-stringify writes with
// `record_delimiter: 'windows', quoted_match: /[\r\n]/` (test/csv-text.test.ts checks that on
// random fields), written here directly because every row of every report goes through it:
// csv-stringify's general record handling cost 4–7× as much on terms.csv's rows. Text cells
// that a spreadsheet would run as a formula (starting with = + - @ tab or CR) get a leading
// apostrophe; numbers are never changed. Used where a record is analysed (prepare-record.ts,
// possibly in a worker) and where reports are written (write-reports.ts, merge).
import type { CellValue, ColumnType, ReportSpec } from './report-spec.js';

const FORMULA_START = /^[=+\-@\t\r]/;
const BATCH = 2000;

/** A text cell made safe to open in a spreadsheet: `=SUM(A1)` → `'=SUM(A1)`. */
export function escapeFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

export function formatCell(value: CellValue, type: ColumnType): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return type === 'string' ? escapeFormula(value) : value;
}

const NEEDS_QUOTES = /[",\r\n]/;

/** A field as CSV writes it. */
function csvField(cell: string): string {
  return NEEDS_QUOTES.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/** Records as CSV text, each ended by CRLF. */
export function csvChunk(rows: readonly (readonly string[])[]): string {
  let text = '';
  for (const row of rows) {
    for (let i = 0; i < row.length; i++) text += i === 0 ? csvField(row[i]!) : `,${csvField(row[i]!)}`;
    text += '\r\n';
  }
  return text;
}

/** The rows as CSV text, in chunks of up to BATCH rows. */
export function* csvBatches<Row>(spec: ReportSpec<Row>, rows: Iterable<Row>): Generator<string> {
  let batch: string[][] = [];
  for (const row of rows) {
    batch.push(spec.columns.map((c) => formatCell(c.value(row), c.type)));
    if (batch.length === BATCH) {
      yield csvChunk(batch);
      batch = [];
    }
  }
  if (batch.length > 0) yield csvChunk(batch);
}

export const headerOf = (spec: { readonly columns: readonly { readonly name: string }[] }): string => csvChunk([spec.columns.map((c) => c.name)]);
