// Writing a run's reports. ReportWriter takes the run's records one at a time, in doc_id
// order: it appends each record's rows to the row reports (documents.csv, terms.csv,
// quotes.csv) and folds its per-document figures into RunTotals; `finish` then writes the
// summary reports from the totals, report.html, codebook.csv and manifest.json (last; see
// writeRunSummary for the order). Nothing but the totals is kept, so memory does not grow
// with the texts of the corpus. Each record also gets a line in figures.jsonl
// (reports/figures-sidecar.ts), from which `framelens merge` rebuilds the totals of shard
// folders; merge-runs.ts ends with the same writeRunSummary.
// CSV text as reports/csv-text.ts makes it (RFC 4180, header row, UTF-8 without BOM). Each
// file is written under a temporary name and then renamed. The same run gives byte-identical
// files.
import { mkdir, open, rename, rm } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { codebookReport } from './reports/codebook-report.js';
import { HTML_SOURCES } from './html/load-run-folder.js';
import { preloadRowReports } from './html/preload-row-reports.js';
import { writeHtmlReport } from './html/write-html-report.js';
import { addFiguresEntry, FIGURES_FILE, lemmaLines } from './reports/figures-sidecar.js';
import { prepareRecord, type SinkRecord } from './reports/prepare-record.js';
import type { LemmaSums } from './stats/lemma-counts.js';
import { ROW_REPORTS, SUMMARY_REPORTS } from './reports/index.js';
import { csvBatches, headerOf } from './reports/csv-text.js';
import type { ReportSpec, RowReport, SummaryReport } from './reports/report-spec.js';
import { outcomesOf, RunTotals, totalsOf } from './stats/run-totals.js';
import { SentenceDedup } from './stats/sentence-dedup.js';
import { DEFAULT_STATS_OPTIONS, type StatsOptions } from './stats/stats-options.js';
import type { Lexicon, RecordOutcome, RunResult } from './types.js';

const FLUSH_CHARS = 1 << 16;

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

  /** Whether records may come prepared where they were analysed (prepare-record.ts): not
   *  with --dedup sentences, where a record's rows depend on the records before it. */
  get takesPrepared(): boolean {
    return this.#dedup === null;
  }

  /** Lemma counts of prepared records (they come summed by batch, apart from the records). */
  addLemmaSums(sums: LemmaSums): void {
    this.totals.lemmas.addSums(sums);
  }

  async add(record: SinkRecord): Promise<void> {
    if (record.kind === 'processed') this.totals.lemmas.addPairs(record.doc.meta.outlet, record.doc.lemmas);
    const prepared = record.kind === 'prepared' ? record : prepareRecord(this.#dedup ? this.#dedup.markOutcome(record) : record);
    for (const [i, [, file]] of this.files.entries()) await file.write(prepared.rows[i]!);
    addFiguresEntry(this.totals, prepared.entry);
    await this.figures.write(prepared.line);
  }

  /** Closes the row reports, writes the summary reports, report.html, the codebook and (last)
   *  the manifest. */
  async finish(manifest: unknown): Promise<string[]> {
    const written: string[] = [];
    for (const [spec, file] of this.files) {
      await file.commit();
      written.push(spec.file);
    }
    for (const line of lemmaLines(this.totals.lemmas)) await this.figures.write(line);
    await this.figures.commit();
    written.push(FIGURES_FILE);
    try {
      return [...written, ...(await writeRunSummary(this.dir, this.totals, manifest))];
    } finally {
      this.totals.close();
    }
  }

  /** Removes the temporary files after a failed run. */
  async abort(): Promise<void> {
    this.totals.close();
    for (const [, file] of this.files) await file.discard();
    await this.figures.discard();
  }
}

/** What every run folder ends with, once its row reports and figures.jsonl are complete: the
 *  summary reports from the totals, the codebook, the manifest and report.html (drawn from the
 *  finished files). A run and a merge of shards (merge-runs.ts) both end here. The summary
 *  reports the page reads come first, then the page, then the others (on a large corpus the
 *  lemma counts and label candidates take the most memory: the page is not drawn on top of
 *  them), the codebook and the manifest. The totals are closed (emptied) at the end. Returns the
 *  files written. */
export async function writeRunSummary(dir: string, totals: RunTotals, manifest: unknown): Promise<string[]> {
  const written: string[] = [];
  const rowReports = preloadRowReports(dir); // report.html's rows, read meanwhile in a worker
  const read: readonly string[] = HTML_SOURCES;
  const manifestText = `${JSON.stringify(manifest, null, 2)}\n`;
  const write = async <Row>(spec: SummaryReport<Row>): Promise<void> => {
    await writeFileAtomically(dir, spec.file, [headerOf(spec), ...csvBatches(spec, spec.rows(totals))]);
    written.push(spec.file);
  };
  try {
    try {
      for (const spec of SUMMARY_REPORTS.filter((s) => read.includes(s.file))) await write(spec);
    } catch (error) {
      await rowReports.cancel();
      throw error;
    }
    await writeHtmlReport(dir, await rowReports.rows(), manifestText);
    written.push('report.html');
    for (const spec of [...SUMMARY_REPORTS.filter((s) => !read.includes(s.file)), codebookReport]) await write(spec);
    await writeFileAtomically(dir, 'manifest.json', [manifestText]);
    written.push('manifest.json');
  } finally {
    totals.close();
  }
  return written;
}

/** Every report, the codebook and the manifest of a run held in memory. */
export async function writeReports(outDir: string, run: RunResult, manifest: unknown, options: StatsOptions = DEFAULT_STATS_OPTIONS): Promise<string[]> {
  const writer = await ReportWriter.open(outDir, run.lexicons, options);
  for (const outcome of outcomesOf(run)) await writer.add(outcome);
  return writer.finish(manifest);
}
