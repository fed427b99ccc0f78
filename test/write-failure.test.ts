// Issue 7 row 1, second trial: a run whose writing fails (`Invalid string length`, as when a
// report grows past what one string can hold) leaves the old report folder whole and says so
// in one line.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { runAnalyze } from '../cli/commands/analyze.js';
import { tempCorpus } from './helpers/temp-corpus.js';

const failing = vi.hoisted(() => ({ on: false }));

vi.mock('../pipeline/write-reports.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../pipeline/write-reports.js')>();
  const finish = original.ReportWriter.prototype.finish;
  original.ReportWriter.prototype.finish = async function (this: import("../pipeline/write-reports.js").ReportWriter, manifest: unknown) {
    const written = await finish.call(this, manifest);
    if (failing.on) throw new RangeError('Invalid string length'); // every file is written, then the run fails
    return written;
  };
  return original;
});

const io = { stdout: { write: () => true }, stderr: { write: () => true, isTTY: false } };

describe('a run whose writing fails', () => {
  it('leaves the previous run in --out, whole, with no temporary files, and fails with one line', async () => {
    const dir = tempCorpus({ 'old/a.jsonl': '{"text":"The cult leader spoke."}\n', 'new/b.jsonl': '{"text":"Officials called them terrorists."}\n{"text":"Two."}\n' });
    const out = join(dir, 'out');
    expect(await runAnalyze([join(dir, 'old'), '--out', out, '--quiet'], io)).toBe(0);
    const before = Object.fromEntries(readdirSync(out).map((f) => [f, readFileSync(join(out, f), 'utf8')]));
    failing.on = true;
    const error = await runAnalyze([join(dir, 'new'), '--out', out, '--quiet'], io).catch((e: Error) => e.message);
    failing.on = false;
    expect(error).toBe(`cannot write reports to ${out} (Invalid string length); the folder is left as it was`);
    expect(Object.fromEntries(readdirSync(out).map((f) => [f, readFileSync(join(out, f), 'utf8')]))).toEqual(before);
    expect(readdirSync(dir).sort()).toEqual(['new', 'old', 'out']);
  });
});
