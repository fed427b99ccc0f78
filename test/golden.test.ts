// Golden test: pins every report of the small corpus in test/fixtures/corpus-small/.
// When a change to the analysis is intended, regenerate and review the diff:
//   UPDATE_GOLDEN=1 npx vitest run test/golden.test.ts
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeCorpus, buildManifest, writeHtmlReport, writeReports } from '../pipeline/index.js';
import type { RunSettings } from '../pipeline/index.js';
import { PACKAGE_ROOT } from '../pipeline/package-root.js';
import { tempCorpus } from './helpers/temp-corpus.js';

const FIXTURE = join(PACKAGE_ROOT, 'test', 'fixtures', 'corpus-small');
const GOLDEN = join(PACKAGE_ROOT, 'test', 'golden', 'corpus-small');
const SETTINGS: RunSettings = { split: 'none', dedup: 'none', kwicWindow: 8, maxDocMb: 20, seed: 1, bootstrap: 1000, period: 'month', jobs: 1, actors: null };

/** The manifest names the Node version, which differs between machines. */
function portable(name: string, content: string): string {
  return name === 'manifest.json' ? content.replace(/"node": "[^"]*"/, '"node": "<any>"') : content;
}

async function writeFixtureReports(): Promise<string> {
  const outcome = await analyzeCorpus({ inputs: [FIXTURE] });
  if (!outcome.ok) throw new Error(outcome.problems.join('\n'));
  const out = tempCorpus();
  await writeReports(out, outcome.run, buildManifest(outcome, SETTINGS));
  return out;
}

describe('golden reports of test/fixtures/corpus-small', () => {
  it('match test/golden/corpus-small byte for byte', async () => {
    const out = await writeFixtureReports();
    const names = readdirSync(out).sort();
    if (process.env.UPDATE_GOLDEN === '1') {
      mkdirSync(GOLDEN, { recursive: true });
      for (const name of names) writeFileSync(join(GOLDEN, name), portable(name, readFileSync(join(out, name), 'utf8')));
    }
    expect(names).toEqual(readdirSync(GOLDEN).sort());
    for (const name of names) {
      const expected = readFileSync(join(GOLDEN, name), 'utf8');
      expect(portable(name, readFileSync(join(out, name), 'utf8')), `${name} differs from the golden file; if intended: UPDATE_GOLDEN=1 npx vitest run test/golden.test.ts`).toBe(expected);
    }
  });

  it("hold the report.html that the finished folder draws (the run draws it before its last reports)", async () => {
    const out = await writeFixtureReports();
    const drawn = readFileSync(join(out, 'report.html'), 'utf8');
    await writeHtmlReport(out);
    expect(readFileSync(join(out, 'report.html'), 'utf8')).toBe(drawn);
  });

  it('are byte-identical on a second run', async () => {
    const [a, b] = [await writeFixtureReports(), await writeFixtureReports()];
    for (const name of readdirSync(a)) expect(readFileSync(join(b, name))).toEqual(readFileSync(join(a, name)));
  });
});
