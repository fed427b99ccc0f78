// Summary reports computed in a worker thread while the main thread computes the others (a
// run with --jobs 2 or more, a merge on a machine with two cores or more): the run's end phase
// is serial otherwise, and on a large corpus it is long (the bootstrap's replicates are most of
// it). The worker gets a snapshot of the totals (RunTotals.snapshot: the documents' packed
// figures, copied or read through the spill file's shared descriptor) and writes reports into
// the folder itself, each through a temporary file and a rename: the same bytes as the main
// thread would write. The reports it may write are shared out as a queue: the worker asks for
// the next one each time it is free, and the main thread, once done with the reports only it
// can write (those of lemma counts and label candidates, which a snapshot does not hold), takes
// from the same queue. The worker starts once report.html's rows have been read (by another
// worker, html/preload-row-reports.ts): on a large corpus that worker's heap is the end phase's
// largest, and the two together raised the peak RSS of 1 GB from ~700 to 786 MB. If the worker
// cannot start or fails, the main thread writes what the worker had taken, so a folder never
// depends on it.
import { Worker } from 'node:worker_threads';
import { builtScript } from '../package-root.js';
import type { RunTotals } from '../stats/run-totals.js';
import type { SummaryReport } from './report-spec.js';

/** Summary reports a worker can write (from a snapshot), the longest to compute first. */
export const SHARED_REPORTS: readonly string[] = ['outlet_terms.csv', 'outlet_contrasts.csv', 'outlet_summary.csv', 'outlet_periods.csv', 'speakers.csv', 'term_variants.csv'];

/** What the worker asks (the report it finished, if any) and what it is answered. */
export type WorkerAsk = { readonly want: true; readonly done: string | null } | { readonly failed: string };
export interface WorkerAnswer {
  readonly file: string | null;
}

export interface SharedReports {
  /** Writes the queue's remaining reports here, then waits for the worker's; resolves once
   *  all are in the folder (the worker's taken written here if it failed). */
  readonly drain: () => Promise<void>;
  /** Stops the worker (a run that fails before its end). */
  readonly cancel: () => Promise<void>;
}

/** Starts a worker taking reports of `specs` (in this order) to write into `dir` from a
 *  snapshot of `totals`, once `startAfter` has resolved (and if any are left then); `writeHere`
 *  writes one in this thread. The totals must stay open until `drain` or `cancel` has resolved. */
export function shareReports(dir: string, totals: RunTotals, specs: readonly SummaryReport<unknown>[], writeHere: (spec: SummaryReport<unknown>) => Promise<void>, startAfter: Promise<void> = Promise.resolve()): SharedReports {
  const queue = [...specs];
  const taken = new Map<string, SummaryReport<unknown>>();
  let worker: Worker | null = null;
  let stopped = false;
  const start = (): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      if (stopped || queue.length === 0) return resolve();
      const script = builtScript(new URL('./summary-worker-entry.js', import.meta.url), 'pipeline/reports/summary-worker-entry.js');
      const w = (worker = new Worker(script, { workerData: { dir, snapshot: totals.snapshot() } }));
      w.on('message', (ask: WorkerAsk) => {
        if ('failed' in ask) return reject(new Error(ask.failed));
        if (ask.done !== null) taken.delete(ask.done);
        const next = queue.shift() ?? null;
        if (next) taken.set(next.file, next);
        w.postMessage({ file: next?.file ?? null } satisfies WorkerAnswer);
        if (!next) resolve();
      });
      w.once('error', reject);
      w.once('exit', (code) => reject(new Error(`summary reports worker ended (exit code ${code})`)));
    });
  const finished = startAfter.then(start);
  finished.catch(() => undefined); // awaited (or abandoned) in drain; a failure falls back there
  const stop = async (): Promise<void> => {
    stopped = true;
    await (worker as Worker | null)?.terminate();
  };
  return {
    drain: async () => {
      for (let spec = queue.shift(); spec; spec = queue.shift()) await writeHere(spec);
      try {
        await finished;
      } catch {
        await stop();
        for (const spec of taken.values()) await writeHere(spec);
      }
    },
    cancel: stop,
  };
}
