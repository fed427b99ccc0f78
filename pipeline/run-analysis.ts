// A whole `analyze` run: the corpus streamed through the stages (analyze-corpus.ts) into a
// report folder (write-reports.ts), then the manifest. Records go to the report files as they
// come; only per-document figures are kept for the summary reports. This is what the CLI
// calls; options arrive already validated (RunSettings).
import { runCorpus } from './analyze-corpus.js';
import type { AnalyzeCorpusOptions, CorpusRun, Problems } from './analyze-corpus.js';
import { buildManifest } from './reports/build-manifest.js';
import type { RunSettings } from './reports/build-manifest.js';
import type { SetAsideRecord } from './types.js';
import { ReportWriter } from './write-reports.js';

export interface RunAnalysisOptions extends AnalyzeCorpusOptions {
  readonly outDir: string;
  readonly settings: RunSettings;
  /** How many rejected records to keep for the caller to show (all are in documents.csv). */
  readonly keepRejected?: number;
}

export interface AnalysisRun extends CorpusRun {
  /** The first `keepRejected` rejected records, in doc_id order. */
  readonly rejected: readonly SetAsideRecord[];
  readonly written: readonly string[];
}

export async function runAnalysis(options: RunAnalysisOptions): Promise<AnalysisRun | Problems> {
  let writer: ReportWriter | null = null;
  const rejected: SetAsideRecord[] = [];
  const keep = options.keepRejected ?? 10;
  try {
    const done = await runCorpus({ ...options, shard: options.settings.shard }, async (lexicons) => {
      const opened = (writer = await ReportWriter.open(options.outDir, lexicons));
      return {
        add: async (outcome) => {
          if (outcome.kind === 'set-aside' && outcome.record.status === 'rejected' && rejected.length < keep) rejected.push(outcome.record);
          await opened.add(outcome);
        },
      };
    });
    if (!done.ok) return done;
    const written = await writer!.finish(buildManifest(done, options.settings));
    return { ...done, rejected, written };
  } catch (error) {
    await (writer as ReportWriter | null)?.abort();
    throw error;
  }
}
