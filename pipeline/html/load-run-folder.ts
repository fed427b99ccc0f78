// Reading a finished run folder for report.html: every known CSV report that is present
// (parsed per RFC 4180, one object per row keyed by column name) and manifest.json. A report
// the run did not write is absent (its section then says so); nothing else is read.
// Text cells that the CSV writer guarded against spreadsheet formulas ('=…) get their value back.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';

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
}

const GUARDED = /^'[=+\-@\t\r]/;

/** A cell as read: the writer's formula guard (a leading apostrophe) removed. */
export function unguard(cell: string): string {
  return GUARDED.test(cell) ? cell.slice(1) : cell;
}

export function parseCsv(text: string): CsvRow[] {
  const [header = [], ...records] = parse(text, { skip_empty_lines: true, relax_column_count: true }) as string[][];
  return records.map((record) => {
    const row: Record<string, string> = {};
    header.forEach((column, i) => {
      const cell = record[i] ?? '';
      row[column] = cell.startsWith("'") ? unguard(cell) : cell;
    });
    return row;
  });
}

async function readOptional(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

export async function loadRunFolder(dir: string): Promise<RunFolder> {
  const tables: Partial<Record<SourceName, readonly CsvRow[]>> = {};
  for (const name of HTML_SOURCES) {
    const text = await readOptional(join(dir, name));
    if (text !== null) tables[name] = parseCsv(text);
  }
  const manifestText = await readOptional(join(dir, 'manifest.json'));
  return { tables, manifest: manifestText === null ? null : (JSON.parse(manifestText) as Record<string, unknown>) };
}

/** A number cell: NaN when empty or not a number. */
export function num(cell: string | undefined): number {
  return cell === undefined || cell.trim() === '' ? Number.NaN : Number(cell);
}
