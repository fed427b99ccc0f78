// report.html drawn from a run folder: every section from the fictional statistics run in
// test/fixtures/html-run (numbers on the marks are the CSVs' own), "not in this run" for a
// report the folder lacks, hostile corpus text escaped, the embedded table decodable, and the
// same bytes on every render. The browser behaviour is in report-browser.test.ts.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadRowReports, loadRunFolder, parseCsv } from '../pipeline/html/load-run-folder.js';
import { preloadRowReports } from '../pipeline/html/preload-row-reports.js';
import { reasonKind } from '../pipeline/html/sections-run.js';
import { decodeColumn, encodeTable, TABLE_FIELDS } from '../pipeline/html/table-data.js';
import type { TableRow } from '../pipeline/html/table-data.js';
import { renderHtmlReport, writeHtmlReport } from '../pipeline/html/write-html-report.js';
import { PACKAGE_ROOT } from '../pipeline/package-root.js';
import { tempCorpus } from './helpers/temp-corpus.js';

const FIXTURE = join(PACKAGE_ROOT, 'test', 'fixtures', 'html-run');
const csv = (name: string) => parseCsv(readFileSync(join(FIXTURE, name), 'utf8'));
const unescape = (s: string) => s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** Each clickable mark of a section: its filter and its number. */
function marks(html: string, section: string): { filter: Record<string, string>; value: string }[] {
  const body = html.split(`<section id="${section}"`)[1]!.split('</section>')[0]!;
  return [...body.matchAll(/data-filter="([^"]*)" data-value="([^"]*)"/g)].map((m) => ({ filter: JSON.parse(unescape(m[1]!)), value: unescape(m[2]!) }));
}

function embedded(html: string): { table: { n: number; fields: string[]; columns: Parameters<typeof decodeColumn>[0][] } } {
  return JSON.parse(html.split('<script type="application/json" id="report-data">')[1]!.split('</script>')[0]!);
}

describe('report.html of a run folder with every report', async () => {
  const html = renderHtmlReport(await loadRunFolder(FIXTURE));

  it('shows every section, none of them "not in this run"', () => {
    for (const id of ['summary', 'rates', 'contrasts', 'actors', 'periods', 'speakers', 'cues', 'distinctive', 'table', 'manifest']) expect(html).toContain(`<section id="${id}"`);
    expect(html).not.toContain('not in this run');
  });

  it('puts each CSV number on its mark: rates, contrasts, periods, actor labels, distinctive terms', () => {
    const rates = csv('outlet_terms.csv').filter((r) => r.term === '');
    expect(marks(html, 'rates').map((m) => [m.filter.outlet, m.filter.category, m.value]).sort()).toEqual(rates.map((r) => [r.outlet, r.category, r.rate_per_1k]).sort());
    expect(marks(html, 'contrasts').map((m) => m.value).sort()).toEqual(csv('outlet_contrasts.csv').map((r) => r.rate_ratio).sort());
    expect(marks(html, 'periods').map((m) => [m.filter.outlet, m.filter.period, m.value]).sort()).toEqual(csv('outlet_periods.csv').map((r) => [r.outlet, r.period, r.rate_per_1k]).sort());
    expect(marks(html, 'actors').map((m) => [m.filter.outlet, m.filter.target, m.filter.term, m.value]).sort()).toEqual(csv('actor_labels.csv').map((r) => [r.outlet, r.actor, r.label, r.count]).sort());
    expect(marks(html, 'distinctive').map((m) => [m.filter.outlet, m.filter.text, m.value]).sort()).toEqual(csv('distinctive_terms.csv').map((r) => [r.outlet, r.term, r.z]).sort());
  });

  it('counts quotations by speaker type and by cue connotation', () => {
    const types = marks(html, 'speakers').filter((m) => m.filter.speaker_type);
    expect(types.find((m) => m.filter.outlet === 'North Ledger' && m.filter.speaker_type === 'person')?.value).toBe('1');
    expect(marks(html, 'cues').map((m) => [m.filter.outlet, m.filter.connotation, m.value])).toContainEqual(['North Ledger', 'loaded', '1']);
  });

  it('links a quote measure of the contrasts to the outlet, a category to its hits', () => {
    const filters = marks(html, 'contrasts').map((m) => m.filter);
    expect(filters).toContainEqual({ src: 'term', outlet: 'North Ledger', category: 'delegitimizing' });
    expect(filters).toContainEqual({ outlet: 'North Ledger' });
  });

  it('escapes hostile corpus text everywhere and keeps `<` out of the embedded JSON', () => {
    for (const raw of ['<b>Evil</b>', '<script>window.__pwned', '<img src=x', '<i>Mallory</i>']) expect(html).not.toContain(raw);
    expect(html).toContain('&lt;b&gt;Evil&lt;/b&gt; &amp; Co');
    const json = html.split('<script type="application/json" id="report-data">')[1]!.split('</script>')[0]!;
    expect(json).not.toMatch(/[<>]/);
    const table = embedded(html).table;
    const spans = decodeColumn(table.columns[table.fields.indexOf('span')]!);
    expect(spans).toContain('</script><script>window.__pwned=3</script>');
  });

  it('gives the table its cell as read: a formula guard is removed', () => {
    const table = embedded(html).table;
    expect(decodeColumn(table.columns[table.fields.indexOf('right')]!)).toContain('=HYPERLINK("http://x")');
  });

  it('lists the run: counts, rejected records by reason, options', () => {
    expect(html).toMatch(/data-count="rejected"><b>2<\/b>/);
    expect(html).toMatch(/<td>2<\/td><td>empty text<\/td>/);
    expect(html).toContain('<td>bootstrap</td><td>1000</td>');
    expect(html).not.toContain('v20.0.0');
  });

  it('is the same bytes on every render, and writeHtmlReport writes it into the folder', async () => {
    const dir = tempCorpus();
    for (const f of ['documents.csv', 'terms.csv', 'quotes.csv', 'outlet_terms.csv', 'outlet_summary.csv', 'speakers.csv', 'actor_labels.csv', 'distinctive_terms.csv', 'outlet_contrasts.csv', 'outlet_periods.csv', 'manifest.json']) copyFileSync(join(FIXTURE, f), join(dir, f));
    const path = await writeHtmlReport(dir);
    expect(readFileSync(path, 'utf8')).toBe(html);
  });
});

describe('report.html of a run with more rows than a page holds', () => {
  it('keeps the first rows of terms.csv and quotes.csv, the documents they belong to and the rejected ones, and says so', async () => {
    const terms = csv('terms.csv');
    const folder = await loadRunFolder(FIXTURE, 2);
    expect(folder.tables['terms.csv']).toEqual(terms.slice(0, 2));
    expect(folder.more).toContain('terms.csv');
    const kept = new Set([...folder.tables['terms.csv']!, ...(folder.tables['quotes.csv'] ?? [])].map((r) => r.doc_id));
    const documents = csv('documents.csv').filter((d) => d.status !== 'processed' || kept.has(d.doc_id));
    expect(folder.tables['documents.csv']).toEqual(documents);
    const html = renderHtmlReport(folder);
    expect(embedded(html).table.n).toBe(folder.tables['terms.csv']!.length + folder.tables['quotes.csv']!.length);
    expect(html).toContain('the table has the first 2 rows (in doc_id order) of <code>terms.csv</code>');
    expect(html).toMatch(/data-count="rejected"><b>2<\/b>/);
    expect(renderHtmlReport(await loadRunFolder(FIXTURE))).not.toContain('the table has the first');
  });

  it('counts every quotation in the cue verbs chart, not only the rows the table keeps', async () => {
    const cues = (html: string) => html.split('<section id="cues"')[1]!.split('</section>')[0]!;
    const whole = cues(renderHtmlReport(await loadRunFolder(FIXTURE)));
    expect(whole).toContain('quotations with a');
    expect(cues(renderHtmlReport(await loadRunFolder(FIXTURE, 1)))).toBe(whole);
  });

  it('draws the same page from what the worker reads while a run writes its summaries', async () => {
    for (const keep of [2, 1000]) {
      const rows = await preloadRowReports(FIXTURE, keep).rows();
      expect(rows.table?.n).toBeGreaterThan(0);
      expect(rows.tables['terms.csv']).toBeUndefined(); // sent as the encoded table only
      expect(rows.tables['documents.csv']).toEqual((await loadRowReports(FIXTURE, keep)).tables['documents.csv']);
      expect(renderHtmlReport(await loadRunFolder(FIXTURE, keep, rows))).toBe(renderHtmlReport(await loadRunFolder(FIXTURE, keep)));
    }
    const missing = await preloadRowReports(join(FIXTURE, 'no-such-folder')).rows();
    expect([missing.tables, missing.more, missing.table?.n]).toEqual([{}, [], 0]);
  });
});

describe('report.html of a run folder without the statistics reports', () => {
  it('says in one line which reports are not in this run', async () => {
    const dir = tempCorpus();
    for (const f of ['documents.csv', 'terms.csv', 'quotes.csv', 'outlet_terms.csv', 'outlet_summary.csv', 'speakers.csv']) copyFileSync(join(FIXTURE, f), join(dir, f));
    const html = readFileSync(await writeHtmlReport(dir), 'utf8');
    for (const f of ['outlet_contrasts.csv', 'actor_labels.csv', 'outlet_periods.csv', 'distinctive_terms.csv']) expect(html).toContain(`<p class="absent">${f} is not in this run.</p>`);
    expect(html).toContain('manifest.json is not in this run.');
    expect(marks(html, 'rates').length).toBe(9);
  });
});

describe('the actor heat map of a large run', () => {
  it('keeps the 40 outlet · actor pairs with the most mentions and says so', async () => {
    const dir = tempCorpus();
    const rows = Array.from({ length: 45 }, (_, i) => `Ledger,Actor ${i},regime,delegitimizing,${i + 1},1\r\n`);
    writeFileSync(join(dir, 'actor_labels.csv'), `outlet,actor,label,category,count,share_of_actor_mentions\r\n${rows.join('')}`);
    const html = readFileSync(await writeHtmlReport(dir), 'utf8');
    const actors = marks(html, 'actors').map((m) => m.filter.target);
    expect(actors).toHaveLength(40);
    expect(actors).not.toContain('Actor 4');
    expect(actors).toContain('Actor 5');
    expect(html).toContain('(the 40 of 45 outlet · actor pairs and 1 of 1 labels with the most mentions)');
  });
});

describe('the embedded table', () => {
  it('decodes to the rows it encodes, whatever the values', () => {
    const value = fc.constantFrom('', 'a', 'b', '<x>', 'é');
    const row = fc.record(Object.fromEntries(TABLE_FIELDS.map((f) => [f, value])) as Record<(typeof TABLE_FIELDS)[number], fc.Arbitrary<string>>);
    fc.assert(
      fc.property(fc.array(row, { maxLength: 30 }), (rows: TableRow[]) => {
        const table = encodeTable(rows);
        TABLE_FIELDS.forEach((f, i) => expect(decodeColumn(table.columns[i]!)).toEqual(rows.map((r) => r[f])));
      }),
    );
  });

  it('groups rejection reasons without their position', () => {
    expect(reasonKind('feed.jsonl line 7: empty text')).toBe('empty text');
    expect(reasonKind('news/articles.csv row 3: empty text')).toBe('empty text');
    expect(reasonKind('binary file')).toBe('binary file');
  });
});
