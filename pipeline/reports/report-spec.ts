// How a report is declared: its file, what one row is, and its columns with their meaning.
// The codebook is generated from these declarations, so a column cannot go undocumented.
import type { RunResult } from '../types.js';

export type CellValue = string | number | boolean | null;
export type ColumnType = 'string' | 'integer' | 'number' | 'boolean';

export interface Column<Row> {
  readonly name: string;
  readonly type: ColumnType;
  readonly meaning: string;
  readonly value: (row: Row) => CellValue;
}

export interface ReportSpec<Row> {
  readonly file: string;
  /** "one row per …", for the codebook. */
  readonly rowMeaning: string;
  readonly columns: readonly Column<Row>[];
  readonly rows: (run: RunResult) => Iterable<Row>;
}

/** Declares a report; keeps the row type tied to its columns. */
export function defineReport<Row>(spec: ReportSpec<Row>): ReportSpec<Row> {
  return spec;
}
