// Reading a finished run folder for report.html: every known CSV report that is present
// (parsed per RFC 4180 by reports/csv-records.ts, one object per row keyed by column name)
// and manifest.json. A report the run did not write is absent (its section then says so);
// nothing else is read.
// Text cells that the CSV writer guarded against spreadsheet formulas ('=…) get their value back.
// The row reports grow with the corpus, so they are streamed and only part is kept: the first
// TABLE_ROWS rows of terms.csv and of quotes.csv (the page's table; `more` says whether the
// file holds more), and of documents.csv the rows set aside (their reasons are counted) and
// the documents those table rows belong to (their date and title).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ownString } from '../own-string.js';
import { csvRecords, isBlankRecord, parseRecord, recordsOf } from '../reports/csv-records.js';
import type { EncodedTable } from './table-data.js';

export const HTML_SOURCES = [
  'documents.csv',
  'terms.csv',
  'quotes.csv',
  'speakers.csv',
  'outlet_terms.csv',
  'outlet_summary.csv',
  'actor_labels.csv',
  'distinctive_terms.csv',
  'outlet_contrasts.csv',
  'outlet_periods.csv',
] as const;

export type SourceName = (typeof HTML_SOURCES)[number];
export type CsvRow = Readonly<Record<string, string>>;

export interface RunFolder {
  /** Rows of each report present in the folder; a missing report has no key. */
  readonly tables: Partial<Record<SourceName, readonly CsvRow[]>>;
  readonly manifest: Readonly<Record<string, unknown>> | null;
  /** Row reports holding more rows than were kept for the table, and how many were kept. */
  readonly more?: readonly SourceName[];
  readonly tableRows?: number;
  /** The page's table, when it was encoded where the row reports were read. */
  readonly table?: EncodedTable;
  /** Quotations per outlet and cue connotation over all of quotes.csv (RowReports). */
  readonly cueCounts?: readonly CsvRow[];
}

/** Rows of terms.csv and of quotes.csv the page's table holds at most (a browser stays quick
 *  with this many; the CSV files hold all of them). */
export const TABLE_ROWS = 100_000;

const STREAMED: readonly SourceName[] = ['documents.csv', 'terms.csv', 'quotes.csv'];

const GUARDED = /^'[=+\-@\t\r]/;

/** A cell as read: the writer's formula guard (a leading apostrophe) removed. */
export function unguard(cell: string): string {
  return cell.startsWith("'") && GUARDED.test(cell) ? cell.slice(1) : cell;
}

export function parseCsv(text: string): CsvRow[] {
  const rows: CsvRow[] = [];
  let header: string[] | null = null;
  for (const record of recordsOf(text)) {
    if (isBlankRecord(record)) continue;
    if (header === null) header = parseRecord(record);
    else rows.push(rowOf(header, parseRecord(record)));
  }
  return rows;
}

/** A record's cells keyed by column name (a short record leaves the last columns out). */
function rowOf(header: readonly string[], cells: readonly string[]): CsvRow {
  const row: Record<string, string> = {};
  for (let i = 0; i < header.length && i < cells.length; i++) row[header[i]!] = unguard(cells[i]!);
  return row;
}

async function readOptional(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** A row report's rows, streamed; `keep` says which to keep and whether to read on. */
async function streamRows(path: string, keep: (row: CsvRow, kept: number) => 'keep' | 'skip' | 'stop'): Promise<{ rows: CsvRow[]; stopped: boolean } | null> {
  const rows: CsvRow[] = [];
  let header: string[] | null = null;
  try {
    for await (const record of csvRecords(path)) {
      if (isBlankRecord(record)) continue;
      if (header === null) {
        header = parseRecord(record);
        continue;
      }
      const cells = parseRecord(record);
      const verdict = keep(rowOf(header, cells), rows.length);
      if (verdict === 'stop') return { rows, stopped: true };
      // A kept row's cells are copied: as cut, each keeps its whole record alive.
      if (verdict === 'keep') rows.push(rowOf(header, cells.map(ownString)));
    }
  } catch (error) {
    if (header === null && (error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  return { rows, stopped: false };
}

/** The streamed part of a run folder: the kept rows of the row reports, and which hold more;
 *  `table`: the page's table already encoded from them (then terms.csv and quotes.csv may be
 *  left out of `tables`). */
export interface RowReports {
  readonly tables: Partial<Record<SourceName, readonly CsvRow[]>>;
  readonly more: readonly SourceName[];
  readonly table?: EncodedTable;
  /** Quotations per outlet and cue connotation over every row of quotes.csv (rows of
   *  `outlet`, `cue_connotation`, `quotes`); absent when the folder has no quotes.csv. */
  readonly cueCounts?: readonly CsvRow[];
}

/** Reads the row reports (terms.csv, quotes.csv, documents.csv) as the page keeps them. */
export async function loadRowReports(dir: string, tableRows = TABLE_ROWS): Promise<RowReports> {
  const tables: Partial<Record<SourceName, readonly CsvRow[]>> = {};
  const more: SourceName[] = [];
  const docIds = new Set<string>();
  const cues = new Map<string, CueCount>();
  let cueCounts: CsvRow[] | undefined;
  for (const name of ['terms.csv', 'quotes.csv'] as const) {
    let seen = 0;
    const read = await streamRows(join(dir, name), (row, kept) => {
      seen++;
      if (name === 'terms.csv') return kept < tableRows ? 'keep' : 'stop';
      countCue(cues, row); // quotes.csv is read to its end: the cue verbs chart counts every quotation
      return kept < tableRows ? 'keep' : 'skip';
    });
    if (read === null) continue;
    tables[name] = read.rows;
    if (read.stopped || read.rows.length < seen) more.push(name);
    for (const row of read.rows) docIds.add(row.doc_id ?? '');
    if (name === 'quotes.csv') cueCounts = [...cues.values()].map((c) => ({ ...c, quotes: String(c.quotes) }));
  }
  const documents = await streamRows(join(dir, 'documents.csv'), (row) => (row.status !== 'processed' || docIds.has(row.doc_id ?? '') ? 'keep' : 'skip'));
  if (documents !== null) tables['documents.csv'] = documents.rows;
  return { tables, more, ...(cueCounts ? { cueCounts } : {}) };
}

/** Quotations of one outlet with one cue connotation. */
interface CueCount {
  readonly outlet: string;
  readonly cue_connotation: string;
  quotes: number;
}

function countCue(cues: Map<string, CueCount>, row: CsvRow): void {
  const [outlet, connotation] = [row.outlet ?? '', row.cue_connotation ?? ''];
  const key = `${outlet}\u0000${connotation}`;
  const count = cues.get(key);
  if (count) count.quotes++;
  else cues.set(key, { outlet, cue_connotation: connotation, quotes: 1 });
}

/** A finished run folder as the page reads it; `rows`: its row reports already read (by
 *  loadRowReports with the same `tableRows`, e.g. in a worker thread while the summary
 *  reports were written); `manifestText`: manifest.json's text, when the run has it and has
 *  not written it yet. */
export async function loadRunFolder(dir: string, tableRows = TABLE_ROWS, rows?: RowReports, manifestText?: string): Promise<RunFolder> {
  const { tables: streamed, more, table, cueCounts } = rows ?? (await loadRowReports(dir, tableRows));
  const tables: Partial<Record<SourceName, readonly CsvRow[]>> = { ...streamed };
  for (const name of HTML_SOURCES) {
    if (STREAMED.includes(name)) continue;
    const text = await readOptional(join(dir, name));
    if (text !== null) tables[name] = parseCsv(text);
  }
  const text = manifestText ?? (await readOptional(join(dir, 'manifest.json')));
  const manifest = text === null ? null : (JSON.parse(text) as Record<string, unknown>);
  return { tables, manifest, more, tableRows, ...(table ? { table } : {}), ...(cueCounts ? { cueCounts } : {}) };
}

/** A number cell: NaN when empty or not a number. */
export function num(cell: string | undefined): number {
  return cell === undefined || cell.trim() === '' ? Number.NaN : Number(cell);
}
