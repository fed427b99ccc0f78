// How a report is declared: its file, what one row is, and its columns with their meaning.
// The codebook is generated from these declarations, so a column cannot go undocumented.
// Two kinds, one per way a run produces rows (see write-reports.ts):
//   - a row report gives the rows of one record (documents.csv, terms.csv, quotes.csv): they
//     are written as records arrive, in doc_id order, and nothing is kept;
//   - a summary report gives its rows from the run's totals (RunTotals: per-document figures,
//     no text), once every record is in.
import type { RunTotals } from '../stats/run-totals.js';
import type { RecordOutcome } from '../types.js';

export type CellValue = string | number | boolean | null;
export type ColumnType = 'string' | 'integer' | 'number' | 'boolean';

export interface Column<Row> {
  readonly name: string;
  readonly type: ColumnType;
  readonly meaning: string;
  readonly value: (row: Row) => CellValue;
}

interface ReportBase<Row> {
  readonly file: string;
  /** "one row per …", for the codebook. */
  readonly rowMeaning: string;
  readonly columns: readonly Column<Row>[];
}

export interface RowReport<Row> extends ReportBase<Row> {
  readonly kind: 'rows';
  /** The rows of one record (none for most set-aside records). */
  readonly rowsOf: (outcome: RecordOutcome) => Iterable<Row>;
}

export interface SummaryReport<Row> extends ReportBase<Row> {
  readonly kind: 'summary';
  readonly rows: (totals: RunTotals) => Iterable<Row>;
}

export type ReportSpec<Row> = RowReport<Row> | SummaryReport<Row>;

/** Declares a row report; keeps the row type tied to its columns. */
export function defineRowReport<Row>(spec: Omit<RowReport<Row>, 'kind'>): RowReport<Row> {
  return { kind: 'rows', ...spec };
}

/** Declares a summary report; keeps the row type tied to its columns. */
export function defineSummaryReport<Row>(spec: Omit<SummaryReport<Row>, 'kind'>): SummaryReport<Row> {
  return { kind: 'summary', ...spec };
}
