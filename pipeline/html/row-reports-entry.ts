// A worker thread that reads a finished run folder's row reports as report.html keeps them
// (load-run-folder.ts: loadRowReports), encodes the page's table from them and posts both back
// — so that parsing them, the larger part of drawing the page, runs while the main thread
// computes the summary reports (preload-row-reports.ts).
//   workerData: { dir, tableRows }      out: RowReports (documents.csv's kept rows, table)
import { parentPort, workerData } from 'node:worker_threads';
import { loadRowReports, type RowReports } from './load-run-folder.js';
import { encodeTable, tableRows } from './table-data.js';

const { dir, tableRows: keep } = workerData as { dir: string; tableRows: number };
const rows = await loadRowReports(dir, keep);
// The table is encoded here too: the main thread then receives a few columns of strings, not
// one object per row.
const table = encodeTable(tableRows({ tables: rows.tables, manifest: null }));
const documents = rows.tables['documents.csv'];
const sent: RowReports = { tables: documents ? { 'documents.csv': documents } : {}, more: rows.more, table, ...(rows.cueCounts ? { cueCounts: rows.cueCounts } : {}) };
parentPort!.postMessage(sent);
