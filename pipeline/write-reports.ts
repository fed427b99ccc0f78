// Writing a run's reports: every report in REPORTS, codebook.csv and manifest.json.
// CSV per RFC 4180 (csv-stringify): header row, CRLF between records, UTF-8 without BOM,
// fields quoted when they hold a comma, quote or line break. Text cells that a spreadsheet
// would run as a formula (starting with = + - @ tab or CR) get a leading apostrophe; numbers
// are never changed. Each file is written under a temporary name in the out folder and then
// renamed, so an interrupted run never leaves a file that looks complete; manifest.json is
// written last. The same run gives byte-identical files.
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { codebookReport } from './reports/codebook-report.js';
import { REPORTS } from './reports/index.js';
import type { CellValue, ColumnType, ReportSpec } from './reports/report-spec.js';
import type { RunResult } from './types.js';

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

function csvChunk(rows: readonly string[][]): string {
  return stringify(rows as string[][], { record_delimiter: 'windows', quoted_match: /[\r\n]/ });
}

/** A report's CSV text, in pieces (header first), so large reports need not be one string. */
export function* reportCsvChunks<Row>(spec: ReportSpec<Row>, run: RunResult): Generator<string> {
  yield csvChunk([spec.columns.map((c) => c.name)]);
  let batch: string[][] = [];
  for (const row of spec.rows(run)) {
    batch.push(spec.columns.map((c) => formatCell(c.value(row), c.type)));
    if (batch.length === BATCH) {
      yield csvChunk(batch);
      batch = [];
    }
  }
  if (batch.length > 0) yield csvChunk(batch);
}

export function reportCsv<Row>(spec: ReportSpec<Row>, run: RunResult): string {
  return [...reportCsvChunks(spec, run)].join('');
}

/** Writes `chunks` to `dir/file` through a temporary file and a rename. */
export async function writeFileAtomically(dir: string, file: string, chunks: Iterable<string>): Promise<void> {
  const tmp = join(dir, `.${file}.${process.pid}.tmp`);
  const handle = await open(tmp, 'w');
  try {
    for (const chunk of chunks) await handle.write(chunk, null, 'utf8');
  } catch (error) {
    await handle.close();
    await rm(tmp, { force: true });
    throw error;
  }
  await handle.close();
  await rename(tmp, join(dir, file));
}

/** Every report, the codebook and the manifest; returns the file names written. */
export async function writeReports(outDir: string, run: RunResult, manifest: unknown): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  const written: string[] = [];
  for (const spec of [...REPORTS, codebookReport]) {
    await writeFileAtomically(outDir, spec.file, reportCsvChunks(spec, run));
    written.push(spec.file);
  }
  await writeFileAtomically(outDir, 'manifest.json', [`${JSON.stringify(manifest, null, 2)}\n`]);
  written.push('manifest.json');
  return written;
}
