// Reading a run folder's row reports for report.html in a worker thread, started once the row
// reports are complete and before the summary reports are computed: on two cores the CSV
// parsing (about two seconds on 20 MB of news) then costs the run no time. The rows are the
// same as loadRowReports gives in this thread; if the worker cannot start or fails, they are
// read here instead, so the page never depends on it.
import { Worker } from 'node:worker_threads';
import { builtScript } from '../package-root.js';
import { loadRowReports, TABLE_ROWS, type RowReports } from './load-run-folder.js';

export interface RowReportsPreload {
  /** The rows, from the worker or (if it failed) read in this thread. */
  readonly rows: () => Promise<RowReports>;
  /** Stops the worker (a run that fails before it draws the page). */
  readonly cancel: () => Promise<void>;
  /** Resolves once the worker has answered or failed (never rejects). */
  readonly settled: Promise<void>;
}

export function preloadRowReports(dir: string, tableRows = TABLE_ROWS): RowReportsPreload {
  let worker: Worker | null = null;
  const fromWorker = new Promise<RowReports>((resolve, reject) => {
    worker = new Worker(builtScript(new URL('./row-reports-entry.js', import.meta.url), 'pipeline/html/row-reports-entry.js'), { workerData: { dir, tableRows } });
    worker.once('message', (rows: RowReports) => resolve(rows));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`row reports worker ended (exit code ${code})`)));
  });
  fromWorker.catch(() => undefined); // awaited (or abandoned) later; a failure falls back below
  return {
    rows: async () => {
      try {
        return await fromWorker;
      } catch {
        return loadRowReports(dir, tableRows);
      } finally {
        await (worker as Worker | null)?.terminate();
      }
    },
    cancel: async () => {
      await (worker as Worker | null)?.terminate();
    },
    settled: fromWorker.then(
      () => undefined,
      () => undefined,
    ),
  };
}
