// The framelens library API, for people who script in TypeScript or JavaScript; the CLI
// calls exactly these functions.
//   runAnalysis({ inputs, outDir, settings, … }) → a whole run streamed into a report folder
//   analyzeCorpus({ inputs, lexicons?, split?, kwicWindow?, onProgress? }) → RunResult in memory
//   writeReports(outDir, run, manifest)     → the reports of a run held in memory
//   openRunFolder(outDir) / withRunFolder(outDir, (dir) => …) → dir replaces outDir at once
//   analyzeText(text, options?)             → one LabeledDoc (tokens, quotes, term hits with
//                                             targets, actor mentions, label candidates)
import { analyzeDocument } from './analyze-document.js';
import { DEFAULT_KWIC_WINDOW } from './analyze-corpus.js';
import { resolveLexicons } from './lexicon/resolve-lexicons.js';
import type { Lexicon, RecordMeta, LabeledDoc } from './types.js';

export interface AnalyzeTextOptions {
  /** Loaded lexicons (see loadLexiconFiles); default: the bundled ones. */
  readonly lexicons?: readonly Lexicon[];
  readonly meta?: Partial<RecordMeta>;
  readonly kwicWindow?: number;
}

let bundled: Promise<readonly Lexicon[]> | null = null;

/** Analyses one text. Throws if the bundled lexicons are broken (a packaging bug). */
export async function analyzeText(text: string, options: AnalyzeTextOptions = {}): Promise<LabeledDoc> {
  const lexicons = options.lexicons ?? (await bundledLexicons());
  const meta: RecordMeta = { docId: 'text', outlet: '', date: '', title: '', url: '', author: '', origin: 'text', ...options.meta };
  return analyzeDocument({ meta, text }, { lexicons, kwicWindow: options.kwicWindow ?? DEFAULT_KWIC_WINDOW });
}

function bundledLexicons(): Promise<readonly Lexicon[]> {
  bundled ??= resolveLexicons([]).then((r) => {
    if (!r.ok) throw new Error(`bundled lexicons: ${r.problems.join('; ')}`);
    return r.lexicons;
  });
  return bundled;
}

export { analyzeCorpus, analyzeRecords, defaultJobs, runCorpus, DEFAULT_KWIC_WINDOW } from './analyze-corpus.js';
export type { AnalyzeCorpusOptions, CorpusAnalysis, CorpusOutcome, CorpusRun, Problems, Progress, RecordCounts, RecordSink } from './analyze-corpus.js';
export { runAnalysis } from './run-analysis.js';
export type { AnalysisRun, RunAnalysisOptions } from './run-analysis.js';
export { figuresOf } from './figures-of.js';
export { RunTotals, totalsOf } from './stats/run-totals.js';
export { summarizeDocument } from './analyze-document.js';
export { buildManifest, DEDUP_MODES, PERIOD_MODES, settingNotes, statsOptionsOf } from './reports/build-manifest.js';
export type { DedupMode, PeriodMode, RunSettings } from './reports/build-manifest.js';
export { DEFAULT_BOOTSTRAP, DEFAULT_SEED, DEFAULT_STATS_OPTIONS } from './stats/stats-options.js';
export type { StatsOptions } from './stats/stats-options.js';
export { SentenceDedup } from './stats/sentence-dedup.js';
export { compareDocIds } from './corpus/compare-doc-ids.js';
export { formatProblem, loadLexiconFiles } from './load-lexicon.js';
export type { LoadedLexicons } from './load-lexicon.js';
export { DEFAULT_MAX_DOC_MB, indexCorpus, metaOf, readCorpus } from './read-corpus.js';
export type { CorpusIndex, CorpusRead, InputFileSummary, ReadOptions } from './read-corpus.js';
export { SPLIT_MODES } from './corpus/read-txt.js';
export type { SplitMode } from './corpus/read-txt.js';
export { FIELD_ALIASES } from './corpus/record-fields.js';
export { resolveLexicons } from './lexicon/resolve-lexicons.js';
export { ReportWriter, reportCsv, writeReports } from './write-reports.js';
export { escapeFormula } from './reports/csv-text.js';
export { openRunFolder, recoverRunFolder, RUN_MARKER, RunFolderError, withRunFolder } from './run-folder.js';
export type { RunFolder, RunFolderOpen, WrittenFile } from './run-folder.js';
export { REPORTS } from './reports/index.js';
export { hashFile } from './corpus/walk-inputs.js';
export type { IgnoredInput } from './corpus/walk-inputs.js';
export { formatShard, parseShard, shardOf } from './shard.js';
export type { Shard } from './shard.js';
export { mergeRuns } from './merge-runs.js';
export type { MergeOptions, MergeOutcome } from './merge-runs.js';
export { writeHtmlReport } from './html/write-html-report.js';
export { planReproduction } from './reproduce-run.js';
export { alignRecordedParts, compareRunFolders } from './reproduce/compare-run-folders.js';
export { recordInvocation } from './reproduce/record-invocation.js';
export type { ReproduceBlock, RunInvocation } from './reproduce/record-invocation.js';
export type * from './types.js';
