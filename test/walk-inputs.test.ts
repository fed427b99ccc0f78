// What a folder walk reads and what it lists as ignored, with the reason (issue 7 rows 4, 7,
// 13, 14): report folders are never input, an unreadable subfolder does not stop the run,
// symlinks are accounted for, and a run that finds nothing says so.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAnalyze } from '../cli/commands/analyze.js';
import { IGNORED_REASONS, NODE_WALK_FS, walkInputs } from '../pipeline/corpus/walk-inputs.js';
import { readCorpus } from '../pipeline/read-corpus.js';
import { BUILT_CLI, builtCliIsFresh } from './helpers/built-cli.js';
import { tempCorpus } from './helpers/temp-corpus.js';

function captureIo() {
  const err: string[] = [];
  return { io: { stdout: { write: () => true }, stderr: { write: (s: string) => err.push(s), isTTY: false } }, lines: () => err.join('').split('\n').filter(Boolean) };
}

async function counts(args: string[]): Promise<string> {
  const cap = captureIo();
  expect(await runAnalyze([...args, '--quiet'], cap.io)).toBe(0);
  return cap.lines().at(-1)!;
}

describe('report folders are never input (row 4)', () => {
  it('a second run over a folder holding the first run’s reports reads the same records', async () => {
    const dir = tempCorpus({ 'a.jsonl': '{"text":"The cult leader spoke."}\n', 'b/c.txt': 'Another article.\n' });
    const first = await counts([dir, '--out', join(dir, 'reports')]);
    expect(first).toBe('2 read, 2 processed, 0 rejected, 0 duplicates');
    expect(await counts([dir, '--out', join(dir, 'reports')])).toBe(first);
    expect(await counts([dir, '--out', join(dir, 'b', 'deeper', 'out')])).toBe(first);
    expect(await counts([dir, '--out', join(dir, 'reports')])).toBe(first);
    const manifest = JSON.parse(readFileSync(join(dir, 'reports', 'manifest.json'), 'utf8'));
    expect(manifest.ignored_files).toEqual([
      { file: 'b/deeper/out', reason: IGNORED_REASONS.reportFolder },
      { file: 'reports', reason: IGNORED_REASONS.reportFolder },
    ]);
  });

  it('refuses --out set to the input folder itself, and ignores a report folder given as input', async () => {
    const dir = tempCorpus({ 'a.jsonl': '{"text":"One."}\n' });
    const cap = captureIo();
    const error = await runAnalyze([dir, '--out', dir, '--quiet'], cap.io).catch((e: Error) => e.message);
    expect(error).toBe(`analyze: --out ${dir} holds files framelens did not write (a.jsonl); give a new or empty folder, or the folder of an earlier run`);
    await counts([dir, '--out', join(dir, 'out')]);
    const walked = await walkInputs([join(dir, 'out')]);
    expect(walked.files).toEqual([]);
    expect(walked.ignored).toEqual([{ file: 'out', reason: IGNORED_REASONS.reportFolder }]);
  });
});

describe('unreadable entries are listed, the run goes on (row 7)', () => {
  it('lists a subfolder whose listing fails (EACCES injected) and reads the rest', async () => {
    const dir = tempCorpus({ 'ok/a.txt': 'One.', 'secret/b.txt': 'Two.', 'notes.bin': 'x' });
    const denied = (path: string) => Object.assign(new Error(`EACCES: permission denied, scandir '${path}'`), { code: 'EACCES' });
    const walked = await walkInputs([dir], {
      ...NODE_WALK_FS,
      readdir: (path) => (path.endsWith('secret') ? Promise.reject(denied(path)) : NODE_WALK_FS.readdir(path)),
      readHead: (path) => Promise.reject(denied(path)),
    });
    expect(walked.files.map((f) => f.rel)).toEqual(['ok/a.txt']);
    expect(walked.ignored).toEqual([
      { file: 'notes.bin', reason: 'cannot read the file (EACCES)' },
      { file: 'secret', reason: 'cannot read the folder (EACCES)' },
    ]);
  });

  // Needs root (to become nobody), setpriv, and a checkout that nobody can read (not under /root).
  const NOBODY = ['--reuid=65534', '--regid=65534', '--clear-groups'];
  const canDropPrivileges =
    process.getuid?.() === 0 && builtCliIsFresh() && spawnSync('setpriv', [...NOBODY, process.execPath, BUILT_CLI, '--version'], { encoding: 'utf8' }).status === 0;
  it.skipIf(!canDropPrivileges)('as an unprivileged user (setpriv, built CLI): exit 0, the folder listed with its reason', () => {
    const dir = mkdtempSync(join(tmpdir(), 'framelens-perm-'));
    try {
      mkdirSync(join(dir, 'c', 'ok'), { recursive: true });
      mkdirSync(join(dir, 'c', 'secret'));
      writeFileSync(join(dir, 'c', 'ok', 'a.txt'), 'One.\n');
      writeFileSync(join(dir, 'c', 'secret', 'b.txt'), 'Two.\n');
      for (const d of ['', 'c', 'c/ok']) chmodSync(join(dir, d), 0o755);
      chmodSync(dir, 0o777);
      chmodSync(join(dir, 'c', 'secret'), 0o700);
      const asNobody = [...NOBODY, process.execPath, BUILT_CLI, 'analyze', join(dir, 'c'), '--out', join(dir, 'out'), '--quiet'];
      const result = spawnSync('setpriv', asNobody, { encoding: 'utf8' });
      expect(result.stderr).toBe('1 read, 1 processed, 0 rejected, 0 duplicates\n');
      expect(result.status).toBe(0);
      const manifest = JSON.parse(readFileSync(join(dir, 'out', 'manifest.json'), 'utf8'));
      expect(manifest.ignored_files).toEqual([{ file: 'secret', reason: 'cannot read the folder (EACCES)' }]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('symlinks are accounted for (row 13)', () => {
  it('reads a symlinked file, lists a symlinked folder and a dangling symlink with their reasons', async () => {
    const dir = tempCorpus({ 'real/a.txt': 'One.', 'elsewhere/b.txt': 'Two.' });
    symlinkSync(join(dir, 'real'), join(dir, 'link'));
    symlinkSync(join(dir, 'nothing.txt'), join(dir, 'real', 'dangling.txt'));
    symlinkSync(join(dir, 'elsewhere', 'b.txt'), join(dir, 'real', 'b.txt'));
    const read = await readCorpus([dir]);
    if (!read.ok) throw new Error(read.problems.join());
    expect(read.files.map((f) => f.file)).toEqual(['elsewhere/b.txt', 'real/a.txt', 'real/b.txt']);
    expect(read.ignored).toEqual([
      { file: 'link', reason: IGNORED_REASONS.folderLink },
      { file: 'real/dangling.txt', reason: IGNORED_REASONS.dangling },
    ]);
  });
});

describe('a run that finds nothing says so (row 14)', () => {
  it('warns for an empty folder and for a folder of only non-text files, and still exits 0', async () => {
    const empty = tempCorpus();
    mkdirSync(join(empty, 'in'));
    let cap = captureIo();
    expect(await runAnalyze([join(empty, 'in'), '--out', join(empty, 'out'), '--quiet'], cap.io)).toBe(0);
    expect(cap.lines()).toEqual([`framelens: warning: no documents found in ${join(empty, 'in')} (no .csv, .jsonl or .txt files)`, '0 read, 0 processed, 0 rejected, 0 duplicates']);
    const odd = tempCorpus({ 'in/notes.md': '# notes', 'in/data.xml': '<a/>' });
    cap = captureIo();
    expect(await runAnalyze([join(odd, 'in'), '--out', join(odd, 'out'), '--quiet'], cap.io)).toBe(0);
    expect(cap.lines()[0]).toBe(
      `framelens: warning: no documents found in ${join(odd, 'in')} (no .csv, .jsonl or .txt files); 2 entries ignored (ignored_files in manifest.json), e.g. data.xml: ${IGNORED_REASONS.notCorpus}`,
    );
    const images = tempCorpus({ 'in/a.png': Buffer.from([0x89, 0x50, 0x00, 0x00]) });
    cap = captureIo();
    expect(await runAnalyze([join(images, 'in'), '--out', join(images, 'out'), '--quiet'], cap.io)).toBe(0);
    expect(cap.lines()[0]).toBe('framelens: warning: none of the 1 records could be analysed (reasons in documents.csv)');
  });
});
