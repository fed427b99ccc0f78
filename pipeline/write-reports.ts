// Writing a run's reports. ReportWriter takes the run's records one at a time, in doc_id
// order: it appends each record's rows to the row reports (documents.csv, terms.csv,
// quotes.csv) and folds its per-document figures into RunTotals; `finish` then writes the
// summary reports from the totals, codebook.csv and manifest.json (last). Nothing but the
// totals is kept, so memory does not grow with the texts of the corpus. Each record also
// gets a line in figures.jsonl (reports/figures-sidecar.ts), from which `framelens merge`
// rebuilds the totals of shard folders; merge-runs.ts ends with the same writeRunSummary.
// CSV per RFC 4180 (csv-stringify): header row, CRLF between records, UTF-8 without BOM,
// fields quoted when they hold a comma, quote or line break. Text cells that a spreadsheet
// would run as a formula (starting with = + - @ tab or CR) get a leading apostrophe; numbers
// are never changed. Each file is written under a temporary name and then renamed. The same
// run gives byte-identical files.
import { mkdir, open, rename, rm } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { codebookReport } from './reports/codebook-report.js';
import { writeHtmlReport } from './html/write-html-report.js';
import { addFiguresEntry, FIGURES_FILE, figuresEntryOf, figuresLine } from './reports/figures-sidecar.js';
import { ROW_REPORTS, SUMMARY_REPORTS } from './reports/index.js';
import type { CellValue, ColumnType, ReportSpec, RowReport } from './reports/report-spec.js';
import { outcomesOf, RunTotals, totalsOf } from './stats/run-totals.js';
import { SentenceDedup } from './stats/sentence-dedup.js';
import { DEFAULT_STATS_OPTIONS, type StatsOptions } from './stats/stats-options.js';
import type { Lexicon, RecordOutcome, RunResult } from './types.js';

const FORMULA_START = /^[=+\-@\t\r]/;
const BATCH = 2000;
const FLUSH_CHARS = 1 << 16;

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

function* csvBatches<Row>(spec: ReportSpec<Row>, rows: Iterable<Row>): Generator<string> {
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

const headerOf = (spec: { readonly columns: readonly { readonly name: string }[] }): string => csvChunk([spec.columns.map((c) => c.name)]);

/** A report's whole CSV text for a run held in memory (tests, the library). */
export function reportCsv<Row>(spec: ReportSpec<Row>, run: RunResult, options: StatsOptions = DEFAULT_STATS_OPTIONS): string {
  const rows = spec.kind === 'rows' ? outcomesOf(run, options).flatMap((o) => [...spec.rowsOf(o)]) : spec.rows(totalsOf(run, options));
  return [headerOf(spec), ...csvBatches(spec, rows)].join('');
}

/** Writes `chunks` to `dir/file` through a temporary file and a rename. */
export async function writeFileAtomically(dir: string, file: string, chunks: Iterable<string>): Promise<void> {
  const out = await TempFile.open(dir, file);
  try {
    for (const chunk of chunks) await out.write(chunk);
  } catch (error) {
    await out.discard();
    throw error;
  }
  await out.commit();
}

/** A file written under `.name.pid.tmp` and renamed into place on commit. */
export class TempFile {
  #pending = '';
  private constructor(readonly tmp: string, readonly final: string, readonly handle: FileHandle) {}

  static async open(dir: string, file: string): Promise<TempFile> {
    const tmp = join(dir, `.${file}.${process.pid}.tmp`);
    return new TempFile(tmp, join(dir, file), await open(tmp, 'w'));
  }

  async write(text: string): Promise<void> {
    this.#pending += text;
    if (this.#pending.length >= FLUSH_CHARS) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.#pending === '') return;
    const text = this.#pending;
    this.#pending = '';
    await this.handle.write(text, null, 'utf8');
  }

  async commit(): Promise<void> {
    await this.flush();
    await this.handle.close();
    await rename(this.tmp, this.final);
  }

  async discard(): Promise<void> {
    await this.handle.close().catch(() => undefined);
    await rm(this.tmp, { force: true });
  }
}

/** Streams a run into a report folder: `add` each record in doc_id order, then `finish`.
 *  With --dedup sentences the writer keeps, per outlet, the hashes of the sentences seen so
 *  far and marks each document's repeated sentences before writing its rows. */
export class ReportWriter {
  readonly totals: RunTotals;
  readonly #dedup: SentenceDedup | null;
  private constructor(
    readonly dir: string,
    lexicons: readonly Lexicon[],
    options: StatsOptions,
    private readonly files: readonly [RowReport<unknown>, TempFile][],
    private readonly figures: TempFile,
  ) {
    this.totals = new RunTotals(lexicons, options);
    this.#dedup = options.dedup === 'sentences' ? new SentenceDedup() : null;
  }

  static async open(dir: string, lexicons: readonly Lexicon[], options: StatsOptions = DEFAULT_STATS_OPTIONS): Promise<ReportWriter> {
    await mkdir(dir, { recursive: true });
    const files: [RowReport<unknown>, TempFile][] = [];
    for (const spec of ROW_REPORTS) {
      const file = await TempFile.open(dir, spec.file);
      await file.write(headerOf(spec));
      files.push([spec, file]);
    }
    return new ReportWriter(dir, lexicons, options, files, await TempFile.open(dir, FIGURES_FILE));
  }

  async add(record: RecordOutcome): Promise<void> {
    const outcome = this.#dedup ? this.#dedup.markOutcome(record) : record;
    for (const [spec, file] of this.files) for (const chunk of csvBatches(spec, spec.rowsOf(outcome))) await file.write(chunk);
    const entry = figuresEntryOf(outcome);
    addFiguresEntry(this.totals, entry);
    await this.figures.write(figuresLine(entry));
  }

  /** Closes the row reports, writes the summary reports, the codebook and (last) the manifest. */
  async finish(manifest: unknown): Promise<string[]> {
    const written: string[] = [];
    for (const [spec, file] of this.files) {
      await file.commit();
      written.push(spec.file);
    }
    await this.figures.commit();
    written.push(FIGURES_FILE);
    return [...written, ...(await writeRunSummary(this.dir, this.totals, manifest))];
  }

  /** Removes the temporary files after a failed run. */
  async abort(): Promise<void> {
    for (const [, file] of this.files) await file.discard();
    await this.figures.discard();
  }
}

/** What every run folder ends with, once its row reports and figures.jsonl are complete: the
 *  summary reports from the totals, the codebook, the manifest and report.html (drawn from the
 *  finished files). A run and a merge of shards (merge-runs.ts) both end here. Returns the
 *  files written. */
export async function writeRunSummary(dir: string, totals: RunTotals, manifest: unknown): Promise<string[]> {
  const written: string[] = [];
  for (const spec of [...SUMMARY_REPORTS, codebookReport]) {
    await writeFileAtomically(dir, spec.file, [headerOf(spec), ...csvBatches(spec, spec.rows(totals))]);
    written.push(spec.file);
  }
  await writeFileAtomically(dir, 'manifest.json', [`${JSON.stringify(manifest, null, 2)}\n`]);
  written.push('manifest.json');
  await writeHtmlReport(dir);
  written.push('report.html');
  return written;
}

/** Every report, the codebook and the manifest of a run held in memory. */
export async function writeReports(outDir: string, run: RunResult, manifest: unknown, options: StatsOptions = DEFAULT_STATS_OPTIONS): Promise<string[]> {
  const writer = await ReportWriter.open(outDir, run.lexicons, options);
  for (const outcome of outcomesOf(run)) await writer.add(outcome);
  return writer.finish(manifest);
}
