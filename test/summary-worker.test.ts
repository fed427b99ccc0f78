// Summary reports written by a worker thread (reports/summary-worker.ts) from a snapshot of the
// totals: the same bytes as this thread writes, and, when the worker fails on a report, the
// report written here instead.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SUMMARY_REPORTS } from '../pipeline/reports/index.js';
import { defineSummaryReport, type SummaryReport } from '../pipeline/reports/report-spec.js';
import { SHARED_REPORTS, shareReports } from '../pipeline/reports/summary-worker.js';
import { writeSummaryReport } from '../pipeline/reports/write-report-file.js';
import { docFigures, hits, totalsFrom } from './helpers/figures.js';

const dirs: string[] = [];
const folder = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'framelens-summary-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const totals = () =>
  totalsFrom(
    Array.from({ length: 40 }, (_, i) => docFigures(`d${i}`, i % 3 === 0 ? 'Herald' : 'Gazette', 100 + i, hits(i % 4), [], `2021-0${1 + (i % 5)}-01`)),
    { bootstrap: 200 },
  );
const files = (dir: string): Record<string, string> => Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));

describe('summary reports in a worker', () => {
  it('are the bytes this thread writes, shared between the worker and this thread', async () => {
    const specs = SHARED_REPORTS.map((file) => SUMMARY_REPORTS.find((s) => s.file === file)!);
    const [here, there] = [folder(), folder()];
    for (const spec of specs) await writeSummaryReport(here, spec, totals());
    const t = totals();
    const written: string[] = [];
    await shareReports(there, t, specs, async (spec) => {
      // This thread helps only once the worker has written a report.
      while (readdirSync(there).every((f) => f.startsWith('.'))) await new Promise((resolve) => setTimeout(resolve, 10));
      written.push(spec.file);
      await writeSummaryReport(there, spec, t);
    }).drain();
    expect(files(there)).toEqual(files(here));
    expect(written.length).toBeLessThan(specs.length);
  });

  it('leave a report the worker failed on to this thread', async () => {
    // A report the worker does not know: it fails on it, and this thread writes it.
    const own: SummaryReport<{ n: number }> = defineSummaryReport({ file: 'own.csv', rowMeaning: 'one row', rows: () => [{ n: 1 }], columns: [{ name: 'n', type: 'integer', meaning: 'One.', value: (r) => r.n }] });
    const dir = folder();
    const t = totals();
    const written: string[] = [];
    await shareReports(dir, t, [own as SummaryReport<unknown>], async (spec) => {
      written.push(spec.file);
      await writeSummaryReport(dir, spec, t);
    }).drain();
    expect(written).toEqual(['own.csv']);
    expect(files(dir)).toEqual({ 'own.csv': 'n\r\n1\r\n' });
  });
});
