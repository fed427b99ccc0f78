// Fault injection (issue 7 row 1): a child `framelens analyze` writing over a finished report
// folder is killed with SIGKILL at a random point of its write phase, 20 times; every time the
// folder holds either the old run or the new one, whole (same file set, same bytes, and a
// marker whose sha256 list matches the files). The hook FRAMELENS_TEST_WRITE_DELAY_MS widens
// each step of the write phase and names it on stderr; the trials go through the steps in
// turn and kill at a seeded random point of each, so every step is hit whatever the load.
// Also: a second run into the same --out while the first is writing refuses (row 15).
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recoverRunFolder, RUN_MARKER } from '../pipeline/run-folder.js';
import { BUILT_CLI, builtCliIsFresh } from './helpers/built-cli.js';
import { tempCorpus } from './helpers/temp-corpus.js';

const STEP_MS = 20;
const STEPS = ['write', 'marker', 'carry-over', 'move-old-aside', 'move-new-in', 'remove-old', 'done'];
const TRIALS = 20;
const AT_ONCE = 4;

const OLD_CORPUS = { 'a.jsonl': '{"id":"o1","text":"The cult leader said the camp would close."}\n' };
const NEW_CORPUS = {
  'b.jsonl': ['{"id":"n1","outlet":"Quay","text":"“The road is closed,” said a police officer."}', '{"id":"n2","text":"Officials called them terrorists."}'].join('\n'),
};

/** Every file under `dir` (hidden ones too) → sha256. */
function snapshot(dir: string): Record<string, string> {
  const files = readdirSync(dir, { withFileTypes: true, recursive: true }).filter((e) => e.isFile());
  const paths = files.map((e) => relative(dir, join(e.parentPath, e.name))).sort();
  return Object.fromEntries(paths.map((p) => [p, createHash('sha256').update(readFileSync(join(dir, p))).digest('hex')]));
}

/** The marker lists exactly the run's files with their hashes (a user's README aside). */
function markerMatches(dir: string, snap: Record<string, string>): void {
  const marker = JSON.parse(readFileSync(join(dir, RUN_MARKER), 'utf8')) as { files: { file: string; sha256: string }[] };
  for (const f of marker.files) expect(snap[f.file]).toBe(f.sha256);
  expect(Object.keys(snap).sort()).toEqual([RUN_MARKER, 'README.md', ...marker.files.map((f) => f.file)].sort());
}

function analyze(input: string, out: string): void {
  const result = spawnSync(process.execPath, [BUILT_CLI, 'analyze', input, '--out', out, '--quiet'], { encoding: 'utf8' });
  expect(result.status, result.stderr).toBe(0);
}

/** Runs analyze and kills it `delay` ms after it announces `step` of its write phase (the
 *  hook pauses STEP_MS before doing the step, so a delay past STEP_MS lands in the step's
 *  own work or later); resolves when the child is gone. */
function killDuringWrite(input: string, out: string, step: string, delay: number): Promise<string> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BUILT_CLI, 'analyze', input, '--out', out, '--quiet'], {
      env: { ...process.env, FRAMELENS_TEST_WRITE_DELAY_MS: String(STEP_MS) },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let err = '';
    let armed = false;
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      err += chunk;
      if (!armed && err.includes(`framelens-test: step ${step}\n`)) {
        armed = true;
        setTimeout(() => child.kill('SIGKILL'), delay);
      }
    });
    child.on('exit', () => resolve(err));
  });
}

describe.skipIf(!builtCliIsFresh())('a run killed during its write phase (built CLI)', () => {
  it(`leaves --out as the old run or the new one, whole, in ${TRIALS} trials`, async () => {
    const base = tempCorpus({ ...Object.fromEntries(Object.entries(OLD_CORPUS).map(([k, v]) => [`old/${k}`, v])), ...Object.fromEntries(Object.entries(NEW_CORPUS).map(([k, v]) => [`new/${k}`, v])) });
    const oldRun = join(base, 'old-run', 'out'); // at the depth of the trials' --out: manifest paths are relative to it
    const newRun = join(base, 'new-run', 'out');
    analyze(join(base, 'old'), oldRun);
    writeFileSync(join(oldRun, 'README.md'), 'my notes\n'); // a user's file, kept by every run
    cpSync(oldRun, newRun, { recursive: true });
    analyze(join(base, 'new'), newRun);
    const [oldSnap, newSnap] = [snapshot(oldRun), snapshot(newRun)];
    expect(oldSnap).not.toEqual(newSnap);
    markerMatches(oldRun, oldSnap);
    markerMatches(newRun, newSnap);

    // Every step in turn, at a seeded random point of it.
    const delays = fc.sample(fc.integer({ min: 0, max: Math.round(STEP_MS * 1.5) }), { numRuns: TRIALS, seed: 7 });
    const seen = { old: 0, new: 0, recovered: 0 };
    for (let from = 0; from < TRIALS; from += AT_ONCE) {
      const trials = delays.slice(from, from + AT_ONCE).map(async (delay, i) => {
        const out = join(base, `trial-${from + i}`, 'out');
        const step = STEPS[(from + i) % STEPS.length]!;
        cpSync(oldRun, out, { recursive: true });
        const stderr = await killDuringWrite(join(base, 'new'), out, step, delay);
        expect(stderr, `the child never reached step ${step}`).toContain(`framelens-test: step ${step}`);
        if (!existsSync(out)) {
          // Killed between the two renames of the switch: the next run finishes it.
          seen.recovered++;
          await recoverRunFolder(out);
        }
        const snap = snapshot(out);
        if (JSON.stringify(snap) === JSON.stringify(oldSnap)) seen.old++;
        else {
          expect(snap, `trial ${from + i} (killed ${delay} ms after step ${step}) left a mixed folder`).toEqual(newSnap);
          seen.new++;
        }
        if ((from + i) % 5 === 0) {
          // The next run into the folder is not blocked and leaves no leftovers of the killed one.
          analyze(join(base, 'new'), out);
          expect(snapshot(out)).toEqual(newSnap);
          expect(readdirSync(join(out, '..'))).toEqual(['out']);
        }
      });
      await Promise.all(trials);
    }
    expect(seen.old + seen.new).toBe(TRIALS);
    expect(seen.old).toBeGreaterThan(0);
    expect(seen.new).toBeGreaterThan(0);
  }, 180_000);

  it('refuses a second run into the same --out while the first is writing', async () => {
    const base = tempCorpus(Object.fromEntries(Object.entries(NEW_CORPUS).map(([k, v]) => [`new/${k}`, v])));
    const out = join(base, 'out');
    // The first run pauses a minute in its write phase: it holds the lock until killed.
    const first = spawn(process.execPath, [BUILT_CLI, 'analyze', join(base, 'new'), '--out', out, '--quiet'], {
      env: { ...process.env, FRAMELENS_TEST_WRITE_DELAY_MS: '60000' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const exited = new Promise((resolve) => first.on('exit', resolve));
    await new Promise<void>((resolve) => first.stderr.setEncoding('utf8').on('data', (c: string) => c.includes('step write') && resolve()));
    const second = spawnSync(process.execPath, [BUILT_CLI, 'analyze', join(base, 'new'), '--out', out, '--quiet'], { encoding: 'utf8' });
    first.kill('SIGKILL');
    await exited;
    expect(second.status).toBe(1);
    expect(second.stderr).toBe(
      `framelens: analyze: --out ${out} is being written by another framelens run (pid ${first.pid}); wait for it to finish, or delete ${join(base, '.out.framelens-lock')} if no such run is going on\n`,
    );
    // Its lock is stale once it is gone: the next run goes ahead.
    analyze(join(base, 'new'), out);
    expect(existsSync(join(out, 'documents.csv'))).toBe(true);
  }, 120_000);
});
