// CSV text of report rows, per RFC 4180 (csv-stringify): CRLF between records, fields quoted
// when they hold a comma, quote or line break. Text cells that a spreadsheet would run as a
// formula (starting with = + - @ tab or CR) get a leading apostrophe; numbers are never
// changed. Used where a record is analysed (prepare-record.ts, possibly in a worker) and where
// reports are written (write-reports.ts, merge).
import { stringify } from 'csv-stringify/sync';
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

export function csvChunk(rows: readonly string[][]): string {
  return stringify(rows as string[][], { record_delimiter: 'windows', quoted_match: /[\r\n]/ });
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
