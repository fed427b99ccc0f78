// A worker thread that reads a finished run folder's row reports as report.html keeps them
// (load-run-folder.ts: loadRowReports) and posts them back — so that parsing them, the larger
// part of drawing the page, runs while the main thread computes the summary reports
// (preload-row-reports.ts).
//   workerData: { dir, tableRows }      out: RowReports
import { parentPort, workerData } from 'node:worker_threads';
import { loadRowReports } from './load-run-folder.js';

const { dir, tableRows } = workerData as { dir: string; tableRows: number };
parentPort!.postMessage(await loadRowReports(dir, tableRows));
