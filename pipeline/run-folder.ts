// The run folder: a run's reports replace the --out folder all at once, never file by file.
//   const open = await openRunFolder('reports');      // lock, mend leftovers, check the folder
//   if (!open.ok) → one line (open.problem)           // locked, not framelens', impossible path
//   await open.folder.write((dir) => writeReports(dir, …)); // into a fresh sibling temp
//        folder, then commit: marker, then the rename switch (abort if writing fails)
//   (or open.folder.abort() when the run fails before writing: --out is left as it was;
//    withRunFolder(out, write) does all of it)
// The temp folder `.NAME.framelens-new-PID` sits beside --out; commit writes the marker
// `.framelens-run.json` (every file with its sha256), carries over the files of the old folder
// that no run wrote (a README), renames the old folder aside, renames the new one into place and
// removes the old one. A run killed at any point leaves --out as the old run or the new one;
// only between the two renames is --out briefly absent, and the next run (or
// recoverRunFolder) finishes that switch. A lock file `.NAME.framelens-lock` makes a second
// run into the same --out refuse. Test hook: FRAMELENS_TEST_WRITE_DELAY_MS=N pauses N ms
// before each step of the write phase and names the step on stderr (docs/robustness.md).
import { lstat, mkdir, realpath, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, resolve, sep } from 'node:path';
import { releaseLock, takeLock } from './run-folder/lock-file.js';
import { carryOver, exists, folderState, recoverLeftovers, siblingNames, writeMarker } from './run-folder/folder-state.js';
import type { WrittenFile } from './run-folder/folder-state.js';

export { RUN_MARKER } from './run-folder/folder-state.js';
export type { WrittenFile } from './run-folder/folder-state.js';

export interface RunFolder {
  /** The --out folder, absolute (a symlink resolved to its target). */
  readonly outDir: string;
  /** The temporary folder to write the reports into. */
  readonly dir: string;
  /** Repairs made while opening (a switch a killed run left half done). */
  readonly notes: readonly string[];
  /** Makes `dir` the --out folder at once; returns the files of the run. */
  commit(): Promise<WrittenFile[]>;
  /** Runs `fill(dir)`, then commits; aborts and rethrows if `fill` throws. */
  write<T>(fill: (dir: string) => Promise<T>): Promise<T>;
  /** Removes `dir` and the lock; --out stays as it was. */
  abort(): Promise<void>;
}

export type RunFolderOpen =
  | { readonly ok: true; readonly folder: RunFolder }
  | { readonly ok: false; readonly problem: string; readonly code: string };

/** A failed open or commit, with its one-line message and code. */
export class RunFolderError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

export async function openRunFolder(outDir: string): Promise<RunFolderOpen> {
  const fail = (problem: string, code: string): RunFolderOpen => ({ ok: false, problem, code });
  let out = resolve(outDir);
  if (dirname(out) === out) return fail(`--out ${outDir}: the root folder cannot be a report folder`, 'OUT_INVALID');
  const info = await lstat(out).catch(() => null);
  if (info?.isSymbolicLink()) {
    const target = await realpath(out).catch(() => null);
    if (target === null) return fail(`--out ${outDir} is a symlink to nothing`, 'OUT_INVALID');
    out = target;
  }
  const kind = await stat(out).catch(() => null);
  if (kind && !kind.isDirectory()) return fail(`--out ${outDir} is a file, not a folder`, 'OUT_INVALID');
  const here = await realpath(process.cwd()).catch(() => process.cwd());
  if (kind && (here === out || here.startsWith(`${out}${sep}`))) {
    // Replaced whole, it would leave this shell in a deleted folder.
    return fail(`--out ${outDir} is the folder you are in (or holds it); give another folder, or run from outside it`, 'OUT_INVALID');
  }
  const parent = dirname(out);
  const made = await makeFolders(parent);
  if (made !== null) return fail(`cannot create --out ${outDir}: ${made}`, 'OUT_UNWRITABLE');
  const names = siblingNames(parent, basename(out));
  const lock = await takeLock(names.lock, outDir);
  if (!lock.ok) return lock;
  try {
    const notes = await recoverLeftovers(parent, out, names);
    const state = await folderState(out);
    if (state.kind === 'foreign') {
      await releaseLock(names.lock);
      return fail(
        `--out ${outDir} holds files framelens did not write (${state.examples.join(', ')}); give a new or empty folder, or the folder of an earlier run`,
        'OUT_FOREIGN',
      );
    }
    const dir = names.fresh(process.pid);
    await mkdir(dir);
    return { ok: true, folder: runFolder(out, dir, names, notes) };
  } catch (error) {
    await releaseLock(names.lock);
    return fail(`cannot write to --out ${outDir} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, 'OUT_UNWRITABLE');
  }
}

/** Opens the run folder, lets `write` fill it, commits; aborts if `write` throws. */
export async function withRunFolder<T>(outDir: string, write: (dir: string) => Promise<T>): Promise<T> {
  const open = await openRunFolder(outDir);
  if (!open.ok) throw new RunFolderError(open.problem, open.code);
  return open.folder.write(write);
}

/** Finishes or undoes a switch a killed run left half done, without running anything. */
export async function recoverRunFolder(outDir: string): Promise<string[]> {
  const out = resolve(outDir);
  const names = siblingNames(dirname(out), basename(out));
  const lock = await takeLock(names.lock, outDir);
  if (!lock.ok) throw new RunFolderError(lock.problem, lock.code);
  try {
    return await recoverLeftovers(dirname(out), out, names);
  } finally {
    await releaseLock(names.lock);
  }
}

function runFolder(out: string, dir: string, names: ReturnType<typeof siblingNames>, notes: string[]): RunFolder {
  let done = false;
  const abort = async (): Promise<void> => {
    if (done) return;
    done = true;
    await rm(dir, { recursive: true, force: true });
    await releaseLock(names.lock);
  };
  const commit = async (): Promise<WrittenFile[]> => {
    if (done) throw new RunFolderError(`the run folder for ${out} is already closed`, 'OUT_CLOSED');
    let files: WrittenFile[];
    try {
      await testStep('marker');
      files = await writeMarker(dir);
      await testStep('carry-over');
      const state = await folderState(out);
      if (state.kind === 'foreign') throw Object.assign(new Error(`it now holds files framelens did not write (${state.examples.join(', ')})`), { code: 'OUT_FOREIGN' });
      await carryOver(out, dir, state.carry);
      const aside = names.aside(process.pid);
      const hadOld = await exists(out);
      if (hadOld) {
        await testStep('move-old-aside');
        await rename(out, aside);
      }
      await testStep('move-new-in');
      await rename(dir, out);
      done = true;
    } catch (error) {
      const aside = names.aside(process.pid);
      if (!(await exists(out)) && (await exists(aside))) await rename(aside, out).catch(() => undefined);
      await abort().catch(() => undefined);
      const code = (error as NodeJS.ErrnoException).code === 'OUT_FOREIGN' ? (error as Error).message : ((error as NodeJS.ErrnoException).code ?? (error as Error).message);
      throw new RunFolderError(`cannot write the reports to ${out} (${code}); the folder is left as it was`, 'OUT_UNWRITABLE');
    }
    await testStep('remove-old');
    await rm(names.aside(process.pid), { recursive: true, force: true }).catch(() => undefined);
    await releaseLock(names.lock);
    await testStep('done');
    return files;
  };
  const write = async <T>(fill: (dir: string) => Promise<T>): Promise<T> => {
    let result: T;
    try {
      await testStep('write');
      result = await fill(dir);
    } catch (error) {
      await abort();
      throw error;
    }
    await commit();
    return result;
  };
  return { outDir: out, dir, notes, commit, abort, write };
}

/** Creates `dir` and its missing parents one level at a time (a recursive mkdir can spin for
 *  ever on a path like /proc/x); returns null or the reason it cannot. */
async function makeFolders(dir: string): Promise<string | null> {
  const missing: string[] = [];
  let at = dir;
  for (;;) {
    const info = await stat(at).catch((e: NodeJS.ErrnoException) => e);
    if (!(info instanceof Error)) {
      if (!info.isDirectory()) return `${at} is a file, not a folder`;
      break;
    }
    if (info.code !== 'ENOENT') return `${at}: ${info.code}`;
    if (dirname(at) === at) return `${at}: no such folder`;
    missing.push(at);
    at = dirname(at);
  }
  for (const folder of missing.reverse()) {
    const error = await mkdir(folder).then(() => null, (e: NodeJS.ErrnoException) => e);
    if (error && error.code !== 'EEXIST') return `${folder}: ${error.code ?? error.message}`;
  }
  return null;
}

/** The test hook of the write phase (see the file comment); does nothing unless set. */
async function testStep(step: string): Promise<void> {
  const ms = Number(process.env.FRAMELENS_TEST_WRITE_DELAY_MS ?? '');
  if (!Number.isFinite(ms) || ms <= 0) return;
  process.stderr.write(`framelens-test: step ${step}\n`);
  await new Promise((done) => setTimeout(done, ms));
}
