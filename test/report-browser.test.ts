// report.html in a real browser: Debian's Chromium (/usr/bin/chromium, or FRAMELENS_CHROMIUM)
// driven headless by playwright-core. The page of the bundled corpus loads with no console
// error, every chart shows the numbers of its CSV (a missing CSV shows its note), the search
// filters the table, clicking a rate or a speaker type filters the table to exactly the rows
// behind it; the fictional statistics run (test/fixtures/html-run) does the same for
// contrasts, actors, periods and distinctive terms, and its hostile text runs no script.
// A screenshot and a PDF print are kept in test-artifacts/ (gitignored).
// Without Chromium the tests fail when CI=true and are skipped, with the reason, otherwise.
import { cpSync, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAnalyze } from '../cli/commands/analyze.js';
import { loadRunFolder, parseCsv } from '../pipeline/html/load-run-folder.js';
import { tableRows } from '../pipeline/html/table-data.js';
import { writeHtmlReport } from '../pipeline/html/write-html-report.js';
import { PACKAGE_ROOT } from '../pipeline/package-root.js';
import { SILENT_IO } from './helpers/capture-io.js';
import { tempCorpus } from './helpers/temp-corpus.js';

const CHROMIUM = process.env.FRAMELENS_CHROMIUM ?? '/usr/bin/chromium';
const HAVE_CHROMIUM = existsSync(CHROMIUM);
const IN_CI = process.env.CI === 'true' || process.env.CI === '1';
const ARTIFACTS = join(PACKAGE_ROOT, 'test-artifacts');

if (!HAVE_CHROMIUM && !IN_CI) console.warn(`report-browser.test.ts skipped: no Chromium at ${CHROMIUM} (apt-get install chromium, or set FRAMELENS_CHROMIUM)`);

if (!HAVE_CHROMIUM && IN_CI) {
  describe('report.html in Chromium', () => {
    it('needs Chromium in CI', () => {
      throw new Error(`no Chromium at ${CHROMIUM}: .ci/run installs it with apt-get install chromium`);
    });
  });
}

const csvOf = (dir: string, name: string) => parseCsv(readFileSync(join(dir, name), 'utf8'));

/** The rows of a report a chart draws: a contrast whose ratio is undefined (nothing elsewhere
 *  to divide by) has no place on a log axis; distinctive terms show the top 8 per outlet. */
function drawnRows(id: string, rows: readonly Record<string, string>[]): number {
  if (id === 'contrasts') return rows.filter((r) => r.rate_ratio !== '').length;
  if (id !== 'distinctive') return rows.length;
  const perOutlet = new Map<string, number>();
  for (const r of rows) perOutlet.set(r.outlet!, (perOutlet.get(r.outlet!) ?? 0) + 1);
  return [...perOutlet.values()].reduce((n, k) => n + Math.min(8, k), 0);
}

async function open(browser: Browser, file: string, errors: string[]): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('request', (r) => {
    if (!r.url().startsWith('file:')) errors.push(`network request: ${r.url()}`);
  });
  await page.goto(`file://${file}`);
  await page.waitForSelector('html[data-ready="true"]');
  return page;
}

/** [outlet, key, value] of each mark in a section; key is the filter field `field`. */
function marksOf(page: Page, section: string, field: string): Promise<string[][]> {
  return page.$$eval(`#${section} [data-filter]`, (els, f) => els.map((e) => [JSON.parse(e.getAttribute('data-filter')!).outlet ?? '', JSON.parse(e.getAttribute('data-filter')!)[f] ?? '', e.getAttribute('data-value') ?? '']), field);
}

const shown = (page: Page) => page.$eval('#grid', (g) => Number(g.getAttribute('data-shown')));
const sorted = (rows: string[][]) => rows.map((r) => r.join('|')).sort();

async function clickAndCount(page: Page, selector: string): Promise<number> {
  await page.locator(selector).first().click();
  return shown(page);
}

describe.runIf(HAVE_CHROMIUM)('report.html in Chromium', () => {
  let browser: Browser;
  let bundled: string;
  let fixture: string;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    bundled = join(tempCorpus(), 'run');
    expect(await runAnalyze(['--out', bundled, '--quiet'], SILENT_IO)).toBe(0);
    fixture = tempCorpus();
    cpSync(join(PACKAGE_ROOT, 'test', 'fixtures', 'html-run'), fixture, { recursive: true });
    await writeHtmlReport(fixture);
    mkdirSync(ARTIFACTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('loads the page of the bundled corpus with no console error and shows each chart with the numbers of its CSV', async () => {
    const errors: string[] = [];
    const page = await open(browser, join(bundled, 'report.html'), errors);
    const rates = csvOf(bundled, 'outlet_terms.csv').filter((r) => r.term === '');
    expect(sorted(await marksOf(page, 'rates', 'category'))).toEqual(sorted(rates.map((r) => [r.outlet!, r.category!, r.rate_per_1k!])));
    const dots = await page.$$eval('#rates [data-filter] circle', (cs) => cs.map((c) => [Number(c.getAttribute('cx')), Number(c.closest('[data-value]')!.getAttribute('data-value'))]));
    for (const [x1, v1] of dots) for (const [x2, v2] of dots) if (v1! < v2!) expect(x1).toBeLessThan(x2!);
    const summary = csvOf(bundled, 'outlet_summary.csv');
    expect(sorted(await marksOf(page, 'summary', 'src'))).toEqual(sorted(summary.flatMap((r) => [[r.outlet!, 'quote', r.quotes!], [r.outlet!, 'term', r.term_hits!], [r.outlet!, 'term', r.rate_per_1k!]])));
    const speakers = csvOf(bundled, 'speakers.csv');
    for (const [outlet, type, value] of (await marksOf(page, 'speakers', 'speaker_type')).filter((m) => m[1] !== '')) {
      expect(Number(value)).toBe(speakers.filter((s) => s.outlet === outlet && s.speaker_type === type).reduce((n, s) => n + Number(s.quotes), 0));
    }
    const quotes = csvOf(bundled, 'quotes.csv');
    for (const [outlet, connotation, value] of await marksOf(page, 'cues', 'connotation')) {
      expect(Number(value)).toBe(quotes.filter((q) => q.outlet === outlet && q.cue_connotation === connotation).length);
    }
    for (const [id, file] of [['contrasts', 'outlet_contrasts.csv'], ['actors', 'actor_labels.csv'], ['periods', 'outlet_periods.csv'], ['distinctive', 'distinctive_terms.csv']] as const) {
      if (!existsSync(join(bundled, file))) expect(await page.textContent(`#${id} .absent`)).toBe(`${file} is not in this run.`);
      else expect((await page.$$(`#${id} [data-filter]`)).length, id).toBe(drawnRows(id, csvOf(bundled, file)));
    }
    const boxes = await page.$$eval('svg.chart', (svgs) => svgs.map((s) => s.getBoundingClientRect().width));
    expect(boxes.every((w) => w > 100)).toBe(true);
    expect(errors).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'report-bundled.png'), fullPage: true });
    await page.pdf({ path: join(ARTIFACTS, 'report-bundled.pdf'), format: 'A4', printBackground: true });
    expect(readFileSync(join(ARTIFACTS, 'report-bundled.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    expect(statSync(join(ARTIFACTS, 'report-bundled.pdf')).size).toBeGreaterThan(20_000);
  });

  it('searches the table, keeping only rows that hold the words', async () => {
    const page = await open(browser, join(bundled, 'report.html'), []);
    const terms = csvOf(bundled, 'terms.csv');
    const quotes = csvOf(bundled, 'quotes.csv');
    expect(await shown(page)).toBe(terms.length + quotes.length);
    expect(await page.$$eval('#rows .tr', (r) => r.length)).toBeLessThan(60);
    const word = terms[0]!.text!.toLowerCase();
    await page.fill('#search', word);
    await page.waitForSelector(`#grid:not([data-shown="${terms.length + quotes.length}"])`);
    const rows = await page.$$eval('#rows .tr', (rs) => rs.map((r) => (r.textContent ?? '') + [...r.querySelectorAll('[title]')].map((c) => c.getAttribute('title')).join(' ')));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.toLowerCase()).toContain(word);
    const holding = tableRows(await loadRunFolder(bundled)).filter((r) => Object.values(r).some((v) => v.toLowerCase().includes(word)));
    expect(await shown(page)).toBe(holding.length);
    expect(await page.textContent('#table-count')).toBe(`${await shown(page)} of ${terms.length + quotes.length} rows`);
  });

  it('filters the table to the rows behind a clicked rate, speaker type or count', async () => {
    const page = await open(browser, join(bundled, 'report.html'), []);
    const rate = csvOf(bundled, 'outlet_terms.csv').find((r) => r.term === '' && Number(r.hits) > 1)!;
    const selector = `#rates [data-outlet=${JSON.stringify(rate.outlet)}][data-category=${JSON.stringify(rate.category)}]`;
    expect(await clickAndCount(page, selector)).toBe(Number(rate.hits));
    const cells = await page.$$eval('#rows .tr', (rs) => rs.map((r) => [r.children[1]!.textContent, r.children[4]!.textContent]));
    for (const c of cells) expect(c).toEqual([rate.outlet, rate.category]);
    const sp = csvOf(bundled, 'speakers.csv')[0]!;
    const perType = csvOf(bundled, 'speakers.csv').filter((s) => s.outlet === sp.outlet && s.speaker_type === sp.speaker_type).reduce((n, s) => n + Number(s.quotes), 0);
    expect(await clickAndCount(page, `#speakers [data-outlet=${JSON.stringify(sp.outlet)}][data-speaker-type=${JSON.stringify(sp.speaker_type)}]`)).toBe(perType);
    const summary = csvOf(bundled, 'outlet_summary.csv')[0]!;
    expect(await clickAndCount(page, `#summary button[data-outlet=${JSON.stringify(summary.outlet)}][data-src="term"]`)).toBe(Number(summary.term_hits));
    await page.click('#clear');
    expect(await page.textContent('#filter-chip')).toBe('');
  });

  it('draws the statistics sections of a run that has them, linked to their rows, and runs no script from the data', async () => {
    const errors: string[] = [];
    const page = await open(browser, join(fixture, 'report.html'), errors);
    expect(await page.evaluate(() => typeof (globalThis as { __pwned?: unknown }).__pwned)).toBe('undefined');
    expect(await page.textContent('#rows')).toContain('</script><script>window.__pwned=3</script>');
    expect(sorted(await marksOf(page, 'contrasts', 'category'))).toHaveLength(csvOf(fixture, 'outlet_contrasts.csv').length);
    expect(await clickAndCount(page, '#actors [data-outlet="North Ledger"][data-target="Harbor Union"][data-term="regime"]')).toBe(1);
    const period = csvOf(fixture, 'outlet_periods.csv')[0]!;
    expect(await clickAndCount(page, `#periods [data-outlet="North Ledger"][data-period="${period.period}"]`)).toBe(Number(period.hits));
    expect(await clickAndCount(page, '#distinctive [data-outlet="North Ledger"][data-text="militant"]')).toBe(1);
    expect(await clickAndCount(page, '#contrasts [data-outlet="North Ledger"][data-category="delegitimizing"]')).toBe(3);
    expect(errors).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'report-statistics-fixture.png'), fullPage: true });
  });
});
