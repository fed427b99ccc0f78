// Writing a run's reports. ReportWriter takes the run's records one at a time, in doc_id
// order: it appends each record's rows to the row reports (documents.csv, terms.csv,
// quotes.csv) and folds its per-document figures into RunTotals; `finish` then writes the
// summary reports from the totals, report.html, codebook.csv and manifest.json (last; see
// writeRunSummary for the order). Nothing but the totals is kept, so memory does not grow
// with the texts of the corpus. Each record also gets a line in figures.jsonl
// (reports/figures-sidecar.ts), from which `framelens merge` rebuilds the totals of shard
// folders; merge-runs.ts ends with the same writeRunSummary.
// CSV text as reports/csv-text.ts makes it (RFC 4180, header row, UTF-8 without BOM). Each
// file is written under a temporary name and then renamed (reports/write-report-file.ts). The
// same run gives byte-identical files.
import { mkdir } from 'node:fs/promises';
import { codebookReport } from './reports/codebook-report.js';
import { HTML_SOURCES } from './html/load-run-folder.js';
import { preloadRowReports } from './html/preload-row-reports.js';
import { writeHtmlReport } from './html/write-html-report.js';
import { addFiguresEntry, FIGURES_FILE, lemmaLines } from './reports/figures-sidecar.js';
import { prepareRecord, type SinkRecord } from './reports/prepare-record.js';
import type { LemmaSums } from './stats/lemma-counts.js';
import { ROW_REPORTS, SUMMARY_REPORTS } from './reports/index.js';
import { csvBatches, headerOf } from './reports/csv-text.js';
import { TempFile, writeFileAtomically, writeSummaryReport } from './reports/write-report-file.js';
import type { ReportSpec, RowReport, SummaryReport } from './reports/report-spec.js';
import { SHARED_REPORTS, shareReports } from './reports/summary-worker.js';
import { outcomesOf, RunTotals, totalsOf } from './stats/run-totals.js';
import { SentenceDedup } from './stats/sentence-dedup.js';
import { DEFAULT_STATS_OPTIONS, type StatsOptions } from './stats/stats-options.js';
import type { Lexicon, RecordOutcome, RunResult } from './types.js';

/** A report's whole CSV text for a run held in memory (tests, the library). */
export function reportCsv<Row>(spec: ReportSpec<Row>, run: RunResult, options: StatsOptions = DEFAULT_STATS_OPTIONS): string {
  const rows = spec.kind === 'rows' ? outcomesOf(run, options).flatMap((o) => [...spec.rowsOf(o)]) : spec.rows(totalsOf(run, options));
  return [headerOf(spec), ...csvBatches(spec, rows)].join('');
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
   *  the manifest; `threads` is how many threads may compute the summary reports (--jobs). */
  async finish(manifest: unknown, threads = 1): Promise<string[]> {
    const written: string[] = [];
    for (const [spec, file] of this.files) {
      await file.commit();
      written.push(spec.file);
    }
    // figures.jsonl's lemma lines are written while the workers of the summary reports start.
    const lemmaLinesWritten = async (): Promise<void> => {
      for (const line of lemmaLines(this.totals.lemmas)) await this.figures.write(line);
      await this.figures.commit();
    };
    try {
      return [...written, FIGURES_FILE, ...(await writeRunSummary(this.dir, this.totals, manifest, { threads, meanwhile: lemmaLinesWritten }))];
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

export interface SummaryOptions {
  /** Threads that may compute the summary reports (--jobs; 1 by default). */
  readonly threads?: number;
  /** The caller's work to do once the workers are started, before the reports. */
  readonly meanwhile?: () => Promise<void>;
}

/** What every run folder ends with, once its row reports and figures.jsonl are complete: the
 *  summary reports from the totals, the codebook, the manifest and report.html (drawn from the
 *  finished files). A run and a merge of shards (merge-runs.ts) both end here. With one thread,
 *  the summary reports the page reads come first, then the page, then the others (on a large
 *  corpus the lemma counts and label candidates take the most memory: the page is not drawn on
 *  top of them). With more (`threads`, from --jobs), a worker writes reports computed from the
 *  documents' figures (reports/summary-worker.ts) while this thread writes the others and then
 *  helps it; the page is drawn once all are written. Then the codebook and the
 *  manifest. The totals are closed (emptied) at the end. Returns the files written. */
export async function writeRunSummary(dir: string, totals: RunTotals, manifest: unknown, options: SummaryOptions = {}): Promise<string[]> {
  const threads = options.threads ?? 1;
  const rowReports = preloadRowReports(dir); // report.html's rows, read meanwhile in a worker
  const read: readonly string[] = HTML_SOURCES;
  const manifestText = `${JSON.stringify(manifest, null, 2)}\n`;
  const write = <Row>(spec: SummaryReport<Row>): Promise<void> => writeSummaryReport(dir, spec, totals);
  const shared = threads > 1 ? SHARED_REPORTS.map((file) => SUMMARY_REPORTS.find((s) => s.file === file)!) : [];
  const here = SUMMARY_REPORTS.filter((s) => !shared.includes(s));
  const [beforePage, afterPage] = [here.filter((s) => read.includes(s.file)), here.filter((s) => !read.includes(s.file))];
  const worker = shared.length > 0 ? shareReports(dir, totals, shared, write, rowReports.settled) : null;
  try {
    try {
      await options.meanwhile?.();
      for (const spec of beforePage) await write(spec);
      if (worker) {
        for (const spec of afterPage.splice(0)) await write(spec);
        await worker.drain();
      }
    } catch (error) {
      await Promise.all([rowReports.cancel(), worker?.cancel()]);
      throw error;
    }
    await writeHtmlReport(dir, await rowReports.rows(), manifestText);
    for (const spec of [...afterPage, codebookReport]) await write(spec);
    await writeFileAtomically(dir, 'manifest.json', [manifestText]);
  } finally {
    totals.close();
  }
  const files = (specs: readonly SummaryReport<unknown>[]): string[] => specs.map((s) => s.file);
  return [...files(SUMMARY_REPORTS.filter((s) => read.includes(s.file))), 'report.html', ...files(SUMMARY_REPORTS.filter((s) => !read.includes(s.file))), codebookReport.file, 'manifest.json'];
}

/** Every report, the codebook and the manifest of a run held in memory. */
export async function writeReports(outDir: string, run: RunResult, manifest: unknown, options: StatsOptions = DEFAULT_STATS_OPTIONS): Promise<string[]> {
  const writer = await ReportWriter.open(outDir, run.lexicons, options);
  for (const outcome of outcomesOf(run)) await writer.add(outcome);
  return writer.finish(manifest);
}
