// npm run bench:html [-- N]: how report.html copes with a large run. Builds a run folder of N
// term hits (default 100,000) by replicating the rows of the bundled corpus's reports under new
// doc_ids (quotes and documents replicated alike), then times writing report.html and, in
// headless Chromium (/usr/bin/chromium or FRAMELENS_CHROMIUM), loading the page until its
// table is ready, a search, a click filter and a scroll. A guide, not a test. KEEP=1 keeps the
// folder (its path is printed) to open by hand.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { chromium } from 'playwright-core';
import type { Page } from 'playwright-core';
import { runAnalyze } from '../cli/commands/analyze.js';
import { parseCsv } from '../pipeline/html/load-run-folder.js';
import type { CsvRow } from '../pipeline/html/load-run-folder.js';
import { writeHtmlReport } from '../pipeline/html/write-html-report.js';

const silent = { stdout: { write: () => true }, stderr: { write: () => true, isTTY: false } };
const ms = (since: number) => `${(performance.now() - since).toFixed(0)} ms`;

function writeCsv(path: string, rows: readonly CsvRow[]): void {
  const columns = Object.keys(rows[0] ?? {});
  writeFileSync(path, stringify([columns, ...rows.map((r) => columns.map((c) => r[c] ?? ''))], { record_delimiter: 'windows' }));
}

/** The bundled run with every row of terms, quotes and documents copied `times` times. */
function replicate(from: string, to: string, hits: number): number {
  const read = (f: string) => parseCsv(readFileSync(join(from, f), 'utf8'));
  const terms = read('terms.csv');
  const times = Math.ceil(hits / terms.length);
  const copy = (rows: CsvRow[], n: number) => Array.from({ length: n }, (_, k) => rows.map((r) => ({ ...r, doc_id: `${r.doc_id}#${k}` }))).flat();
  for (const f of readdirSync(from)) copyFileSync(join(from, f), join(to, f));
  writeCsv(join(to, 'terms.csv'), copy(terms, times).slice(0, hits));
  writeCsv(join(to, 'quotes.csv'), copy(read('quotes.csv'), times));
  writeCsv(join(to, 'documents.csv'), copy(read('documents.csv'), times));
  return times;
}

async function waitShownChange(page: Page, before: string): Promise<void> {
  await page.waitForSelector(`#grid:not([data-shown="${before}"])`);
}

async function main(): Promise<void> {
  const hits = Number(process.argv[2] ?? 100_000);
  const executablePath = process.env.FRAMELENS_CHROMIUM ?? '/usr/bin/chromium';
  const work = mkdtempSync(join(tmpdir(), 'framelens-html-bench-'));
  try {
    const base = join(work, 'base');
    if ((await runAnalyze(['--out', base, '--quiet'], silent)) !== 0) throw new Error('the bundled corpus run failed');
    const big = join(work, 'big');
    mkdirSync(big);
    const times = replicate(base, big, hits);
    let t = performance.now();
    const page = await writeHtmlReport(big);
    console.log(`${hits} term hits (bundled corpus ×${times}); report.html written in ${ms(t)}, ${(statSync(page).size / 1_048_576).toFixed(1)} MB`);
    const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
    const tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const loads: number[] = [];
    for (let i = 0; i < 3; i++) {
      t = performance.now();
      await tab.goto(`file://${page}`);
      await tab.waitForSelector('html[data-ready="true"]');
      loads.push(performance.now() - t);
    }
    const all = (await tab.getAttribute('#grid', 'data-shown')) ?? '';
    console.log(`page load to a ready table: ${loads.map((l) => l.toFixed(0)).join(', ')} ms (3 loads; ${all} rows)`);
    t = performance.now();
    await tab.fill('#search', 'terror');
    await waitShownChange(tab, all);
    console.log(`search 'terror': ${ms(t)} (120 ms of it the typing debounce; first search builds the index) → ${await tab.getAttribute('#grid', 'data-shown')} rows`);
    await tab.click('#clear');
    await tab.waitForSelector(`#grid[data-shown="${all}"]`);
    t = performance.now();
    await tab.locator('#rates [data-filter]').first().click();
    await waitShownChange(tab, all);
    console.log(`click a rate: ${ms(t)} → ${await tab.getAttribute('#grid', 'data-shown')} rows`);
    await tab.click('#clear');
    t = performance.now();
    const rendered = await tab.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const g = globalThis as unknown as { document: { getElementById(id: string): { scrollTop: number; scrollHeight: number; querySelectorAll(s: string): { length: number } } }; requestAnimationFrame(f: () => void): void };
          const viewport = g.document.getElementById('viewport');
          viewport.scrollTop = viewport.scrollHeight / 2;
          g.requestAnimationFrame(() => g.requestAnimationFrame(() => resolve(g.document.getElementById('rows').querySelectorAll('.tr').length)));
        }),
    );
    console.log(`scroll to the middle: ${ms(t)} (${rendered} rows in the DOM)`);
    await browser.close();
  } finally {
    if (process.env.KEEP !== "1") rmSync(work, { recursive: true, force: true }); else console.log(work);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
