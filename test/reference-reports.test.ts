// reports/ holds the reports of the bundled corpus, committed, so that a student can compare
// without running anything. This test keeps them current: a fresh `framelens analyze` of the
// bundled corpus must give reports/ byte for byte (manifest.json's Node version aside), and
// `framelens reproduce reports/` must say identical. After an intended change, regenerate:
//   UPDATE_REPORTS=1 npx vitest run test/reference-reports.test.ts   (or: npm run build && npm start)
// and review the diff before committing it.
import { copyFileSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAnalyze } from '../cli/commands/analyze.js';
import { runReproduce } from '../cli/commands/reproduce.js';
import { PACKAGE_ROOT } from '../pipeline/package-root.js';
import { captureIo, SILENT_IO } from './helpers/capture-io.js';
import { tempCorpus } from './helpers/temp-corpus.js';

const REPORTS = join(PACKAGE_ROOT, 'reports');
const REGENERATE = 'UPDATE_REPORTS=1 npx vitest run test/reference-reports.test.ts (or: npm run build && npm start), then review the diff';

/** Report files of a folder (reports/README.md is documentation, not a report). */
const reportFiles = (dir: string) => readdirSync(dir).filter((f) => f !== 'README.md' && !f.startsWith('.')).sort();
const portable = (name: string, text: string) => (name === 'manifest.json' ? text.replace(/"node": "[^"]*"/, '"node": "<any>"') : text);

describe('reference reports of the bundled corpus (reports/)', () => {
  it('are what a fresh run of the bundled corpus writes, byte for byte', async () => {
    const fresh = join(tempCorpus(), 'reports');
    expect(await runAnalyze(['--out', fresh, '--quiet'], SILENT_IO)).toBe(0);
    if (process.env.UPDATE_REPORTS === '1') for (const f of reportFiles(fresh)) copyFileSync(join(fresh, f), join(REPORTS, f));
    expect(reportFiles(REPORTS), `reports/ lists other files than a fresh run writes; regenerate: ${REGENERATE}`).toEqual(reportFiles(fresh));
    for (const f of reportFiles(fresh)) {
      const [committed, now] = [readFileSync(join(REPORTS, f), 'utf8'), readFileSync(join(fresh, f), 'utf8')];
      expect(portable(f, committed) === portable(f, now), `reports/${f} is out of date; regenerate: ${REGENERATE}`).toBe(true);
    }
  });

  it('reproduce as identical from their manifest', async () => {
    const cap = captureIo();
    const code = await runReproduce([REPORTS], cap.io);
    expect(cap.out(), cap.err()).toBe('identical\n');
    expect(code).toBe(0);
  });
});
