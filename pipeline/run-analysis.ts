// A whole `analyze` run: the corpus streamed through the stages (analyze-corpus.ts) into a
// report folder (write-reports.ts), then the manifest. Records go to the report files as they
// come; only per-document figures are kept for the summary reports. The files are written into
// a temporary folder that replaces --out at once when the run ends (run-folder.ts), so a run
// that fails or is killed leaves --out as it was. This is what the CLI calls; options arrive
// already validated (RunSettings).
import { runCorpus } from './analyze-corpus.js';
import type { AnalyzeCorpusOptions, CorpusRun, Problems } from './analyze-corpus.js';
import { buildManifest, statsOptionsOf } from './reports/build-manifest.js';
import type { RunSettings } from './reports/build-manifest.js';
import { setAsideOf } from './reports/prepare-record.js';
import { openRunFolder } from './run-folder.js';
import type { ReproduceBlock } from './reproduce/record-invocation.js';
import type { SetAsideRecord } from './types.js';
import { ReportWriter } from './write-reports.js';

export interface RunAnalysisOptions extends AnalyzeCorpusOptions {
  readonly outDir: string;
  readonly settings: RunSettings;
  /** How many rejected records to keep for the caller to show (all are in documents.csv). */
  readonly keepRejected?: number;
  /** How the run was asked for, for `framelens reproduce` (manifest.json `reproduce`). */
  readonly reproduce?: ReproduceBlock;
}

export interface AnalysisRun extends CorpusRun {
  /** The first `keepRejected` rejected records, in doc_id order. */
  readonly rejected: readonly SetAsideRecord[];
  /** Repairs made to --out before the run (a switch a killed run left half done). */
  readonly notes: readonly string[];
}

/** A run that stops before writing (a lexicon or input problem): the folder is left as it was. */
class StopRun extends Error {
  constructor(readonly problems: Problems) {
    super('run stopped');
  }
}

export async function runAnalysis(options: RunAnalysisOptions): Promise<AnalysisRun | Problems> {
  const open = await openRunFolder(options.outDir);
  if (!open.ok) return { ok: false, problems: [open.problem], code: open.code };
  const folder = open.folder;
  const rejected: SetAsideRecord[] = [];
  const keep = options.keepRejected ?? 10;
  try {
    const done = await folder.write(async (dir) => {
      let writer: ReportWriter | null = null;
      try {
        const run = await runCorpus({ ...options, shard: options.settings.shard }, async (lexicons) => {
          const opened = (writer = await ReportWriter.open(dir, lexicons, statsOptionsOf(options.settings)));
          return {
            takesPrepared: opened.takesPrepared,
            addLemmaSums: (sums) => opened.addLemmaSums(sums),
            lemmaIdOf: (lemma) => opened.totals.lemmas.idOf(lemma),
            add: async (record) => {
              const setAside = setAsideOf(record);
              if (setAside?.status === 'rejected' && rejected.length < keep) rejected.push(setAside);
              await opened.add(record);
            },
          };
        });
        if (!run.ok) throw new StopRun(run);
        await writer!.finish(buildManifest(run, options.settings, options.reproduce), options.jobs ?? 1);
        return run;
      } catch (error) {
        await (writer as ReportWriter | null)?.abort();
        throw error;
      }
    });
    return { ...done, rejected, notes: folder.notes };
  } catch (error) {
    if (error instanceof StopRun) return error.problems;
    throw error;
  }
}
