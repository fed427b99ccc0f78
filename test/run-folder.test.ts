// The run folder (issue 7 rows 1, 8, 15): --out switches from the old run to the new one at
// once, never mixed; leftovers of killed runs are mended; a second run into the same folder
// and an impossible --out are one clear line each.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openRunFolder, recoverRunFolder, RUN_MARKER, withRunFolder } from '../pipeline/run-folder.js';
import { tempCorpus } from './helpers/temp-corpus.js';

/** A folder holding the files of a finished run (written through the run folder). */
async function finishedRun(files: Record<string, string>, out = join(tempCorpus(), 'out')): Promise<string> {
  await withRunFolder(out, async (dir) => {
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  });
  return out;
}

const listing = (dir: string) => readdirSync(dir).sort();
const siblings = (out: string) => readdirSync(join(out, '..')).filter((n) => n.startsWith('.out.'));
/** The pid of a process that has ended. */
const deadPid = () => spawnSync(process.execPath, ['-e', '0']).pid!;

async function openOrThrow(out: string) {
  const open = await openRunFolder(out);
  if (!open.ok) throw new Error(open.problem);
  return open.folder;
}

describe('the run folder', () => {
  it('replaces every file of the old run at once and marks the folder with the files and their sha256', async () => {
    const out = await finishedRun({ 'documents.csv': 'old\n', 'quotes.csv': 'old\n' });
    await finishedRun({ 'documents.csv': 'new\n', 'terms.csv': 'new\n' }, out);
    expect(listing(out)).toEqual([RUN_MARKER, 'documents.csv', 'terms.csv']);
    expect(readFileSync(join(out, 'documents.csv'), 'utf8')).toBe('new\n');
    const marker = JSON.parse(readFileSync(join(out, RUN_MARKER), 'utf8'));
    const sha256 = createHash('sha256').update('new\n').digest('hex');
    expect(marker.files).toEqual([
      { file: 'documents.csv', bytes: 4, sha256 },
      { file: 'terms.csv', bytes: 4, sha256 },
    ]);
    expect(siblings(out)).toEqual([]);
  });

  it('keeps files a user put in the folder (a README) and lets an old run folder without a marker be replaced', async () => {
    const out = await finishedRun({ 'documents.csv': 'old\n' });
    writeFileSync(join(out, 'README.md'), 'my notes\n');
    await finishedRun({ 'documents.csv': 'new\n' }, out);
    expect(listing(out)).toEqual([RUN_MARKER, 'README.md', 'documents.csv']);
    const legacy = tempCorpus({ 'out/manifest.json': '{}', 'out/codebook.csv': 'x\n', 'out/quotes.csv': 'x\n', 'out/README.md': 'keep\n' });
    await finishedRun({ 'documents.csv': 'new\n' }, join(legacy, 'out'));
    expect(listing(join(legacy, 'out'))).toEqual([RUN_MARKER, 'README.md', 'documents.csv']);
    // The repository's reports/ folder: only a committed README.md, no run yet.
    const fresh = tempCorpus({ 'reports/README.md': 'Reports land here.\n' });
    await finishedRun({ 'documents.csv': 'new\n' }, join(fresh, 'reports'));
    expect(readFileSync(join(fresh, 'reports', 'README.md'), 'utf8')).toBe('Reports land here.\n');
  });

  it('refuses a folder of the user’s holding corpus files or subfolders (it may be the input itself)', async () => {
    const dir = tempCorpus({ 'corpus/a.csv': 'text\nx\n', 'corpus/sub/b.txt': 'x' });
    const open = await openRunFolder(join(dir, 'corpus'));
    expect(open).toMatchObject({ ok: false, code: 'OUT_FOREIGN' });
    if (!open.ok) expect(open.problem).toBe(`--out ${join(dir, 'corpus')} holds files framelens did not write (a.csv, sub/); give a new or empty folder, or the folder of an earlier run`);
    expect(listing(join(dir, 'corpus'))).toEqual(['a.csv', 'sub']);
    expect((await openRunFolder(join(dir, 'corpus'))).ok).toBe(false); // the lock was released
  });

  it('leaves the old run whole when writing fails (Invalid string length) or the run is aborted', async () => {
    const out = await finishedRun({ 'documents.csv': 'old\n', 'quotes.csv': 'old\n' });
    const failing = withRunFolder(out, async (dir) => {
      writeFileSync(join(dir, 'documents.csv'), 'new\n');
      throw new RangeError('Invalid string length');
    });
    await expect(failing).rejects.toThrow('Invalid string length');
    expect(listing(out)).toEqual([RUN_MARKER, 'documents.csv', 'quotes.csv']);
    expect(readFileSync(join(out, 'documents.csv'), 'utf8')).toBe('old\n');
    const folder = await openOrThrow(out);
    writeFileSync(join(folder.dir, 'documents.csv'), 'new\n');
    await folder.abort();
    expect(readFileSync(join(out, 'documents.csv'), 'utf8')).toBe('old\n');
    expect(siblings(out)).toEqual([]);
  });

  it('does not replace a folder that someone filled with their own files while the run was going', async () => {
    const out = join(tempCorpus(), 'out');
    const folder = await openOrThrow(out);
    writeFileSync(join(folder.dir, 'documents.csv'), 'new\n');
    mkdirSync(out);
    writeFileSync(join(out, 'corpus.csv'), 'text\nmine\n');
    await expect(folder.commit()).rejects.toThrow(`cannot write the reports to ${out} (it now holds files framelens did not write (corpus.csv)); the folder is left as it was`);
    expect(listing(out)).toEqual(['corpus.csv']);
    expect(siblings(out)).toEqual([]);
  });

  it('refuses a second run into the same folder while the first holds the lock, and takes over a stale lock', async () => {
    const out = join(tempCorpus(), 'out');
    const first = await openOrThrow(out);
    const second = await openRunFolder(out);
    expect(second).toMatchObject({ ok: false, code: 'OUT_LOCKED' });
    await first.abort();
    // A lock held by another live process (our parent) and one left by a killed run.
    writeFileSync(join(out, '..', '.out.framelens-lock'), `${process.ppid}\n`);
    const other = await openRunFolder(out);
    expect(other.ok).toBe(false);
    if (!other.ok) expect(other.problem).toMatch(new RegExp(`^--out ${out} is being written by another framelens run \\(pid ${process.ppid}\\); wait for it to finish, or delete .*\\.out\\.framelens-lock if no such run is going on$`));
    writeFileSync(join(out, '..', '.out.framelens-lock'), `${deadPid()}\n`);
    await (await openOrThrow(out)).abort();
    expect(siblings(out)).toEqual([]);
  });

  it('cleans the temporary folders and files that killed runs left behind', async () => {
    const out = await finishedRun({ 'documents.csv': 'old\n' });
    const pid = deadPid();
    mkdirSync(join(out, '..', `.out.framelens-new-${pid}`));
    writeFileSync(join(out, `.documents.csv.${pid}.tmp`), 'half');
    await finishedRun({ 'documents.csv': 'new\n' }, out);
    expect(listing(out)).toEqual([RUN_MARKER, 'documents.csv']);
    expect(siblings(out)).toEqual([]);
  });

  it('finishes a switch a killed run left half done: forward when the new folder is complete, else back', async () => {
    for (const complete of [true, false]) {
      const parent = tempCorpus();
      const pid = deadPid();
      const old = await finishedRun({ 'documents.csv': 'old\n' }, join(parent, `.out.framelens-old-${pid}`));
      await finishedRun({ 'documents.csv': 'new\n' }, join(parent, `.out.framelens-new-${pid}`));
      if (!complete) rmSync(join(parent, `.out.framelens-new-${pid}`, RUN_MARKER)); // killed before its marker
      expect(existsSync(old)).toBe(true);
      const notes = await recoverRunFolder(join(parent, 'out'));
      expect(notes[0]).toMatch(complete ? /^finished switching .* to the reports of an interrupted run/ : /^restored the previous reports/);
      expect(readFileSync(join(parent, 'out', 'documents.csv'), 'utf8')).toBe(complete ? 'new\n' : 'old\n');
      expect(readdirSync(parent)).toEqual(['out']);
    }
  });

  it('gives one clear line, fast, for an --out that cannot be made', async () => {
    const file = join(tempCorpus({ 'f.txt': 'x' }), 'f.txt');
    expect(await openRunFolder(file)).toMatchObject({ ok: false, problem: `--out ${file} is a file, not a folder` });
    expect(await openRunFolder(join(file, 'x'))).toMatchObject({ ok: false, problem: `cannot create --out ${join(file, 'x')}: ${file} is a file, not a folder` });
    const here = process.cwd();
    const out = await finishedRun({ 'documents.csv': 'old\n' });
    try {
      process.chdir(out);
      expect(await openRunFolder('.')).toMatchObject({ ok: false, problem: '--out . is the folder you are in (or holds it); give another folder, or run from outside it' });
    } finally {
      process.chdir(here);
    }
    if (existsSync('/proc/self')) {
      expect(await openRunFolder('/proc/x')).toEqual({ ok: false, problem: 'cannot write to --out /proc/x (ENOENT)', code: 'OUT_UNWRITABLE' });
      expect(await openRunFolder('/proc/x/y/z')).toEqual({ ok: false, problem: 'cannot create --out /proc/x/y/z: /proc/x: ENOENT', code: 'OUT_UNWRITABLE' });
    }
  });
});
