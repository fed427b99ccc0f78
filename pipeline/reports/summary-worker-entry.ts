// A worker thread that writes summary reports (summary-worker.ts) from a snapshot of a run's
// totals, one at a time, asking the main thread for the next each time it is free.
//   workerData: { dir, snapshot }      out: WorkerAsk      in: WorkerAnswer
import { parentPort, workerData } from 'node:worker_threads';
import { RunTotals, type TotalsSnapshot } from '../stats/run-totals.js';
import { writeSummaryReport } from './write-report-file.js';
import { SUMMARY_REPORTS } from './index.js';
import type { WorkerAnswer, WorkerAsk } from './summary-worker.js';

const { dir, snapshot } = workerData as { dir: string; snapshot: TotalsSnapshot };
const totals = RunTotals.fromSnapshot(snapshot);
const port = parentPort!;
const ask = (message: WorkerAsk): void => port.postMessage(message);

port.on('message', ({ file }: WorkerAnswer) => {
  if (file === null) {
    totals.close();
    port.close();
    return;
  }
  const spec = SUMMARY_REPORTS.find((s) => s.file === file);
  (spec ? writeSummaryReport(dir, spec, totals) : Promise.reject(new Error(`summary reports worker: no report ${file}`))).then(
    () => ask({ want: true, done: file }),
    (error: unknown) => ask({ failed: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  );
});
ask({ want: true, done: null });
