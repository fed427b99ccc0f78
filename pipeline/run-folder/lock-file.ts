// The lock of an --out folder: a file `.NAME.framelens-lock` beside the folder, created
// exclusively (O_EXCL) and holding the pid of the run. A second run into the same folder finds
// it and refuses; a lock whose process is gone (a killed run) is stale and taken over.
// Reads and writes only that one file; gives a problem line, never throws for a held lock.
import { open, readFile, rename, rm } from 'node:fs/promises';

/** Locks this process holds, so that two opens in one process also exclude each other. */
const held = new Set<string>();

export type LockOutcome = { readonly ok: true } | { readonly ok: false; readonly problem: string; readonly code: string };

/** Takes the lock at `path` for this process. */
export async function takeLock(path: string, outDir: string): Promise<LockOutcome> {
  if (held.has(path)) return { ok: false, problem: `--out ${outDir} is being written by another run in this process`, code: 'OUT_LOCKED' };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const handle = await open(path, 'wx');
      await handle.write(`${process.pid}\n`);
      await handle.close();
      held.add(path);
      return { ok: true };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
      if (code !== 'EEXIST') return { ok: false, problem: `cannot write to --out ${outDir} (${code})`, code: 'OUT_UNWRITABLE' };
    }
    const holder = await lockHolder(path);
    if (holder !== null && holder !== process.pid && isAlive(holder)) {
      return {
        ok: false,
        problem: `--out ${outDir} is being written by another framelens run (pid ${holder}); wait for it to finish, or delete ${path} if no such run is going on`,
        code: 'OUT_LOCKED',
      };
    }
    // Stale (its run was killed): move it aside under a unique name, so that of two runs
    // finding the same stale lock only one removes it, then try again.
    const aside = `${path}.stale-${process.pid}`;
    await rename(path, aside).then(() => rm(aside, { force: true }), () => undefined);
  }
  return { ok: false, problem: `--out ${outDir}: cannot take the lock ${path}`, code: 'OUT_LOCKED' };
}

export async function releaseLock(path: string): Promise<void> {
  if (!held.delete(path)) return;
  if ((await lockHolder(path)) === process.pid) await rm(path, { force: true });
}

async function lockHolder(path: string): Promise<number | null> {
  const text = await readFile(path, 'utf8').catch(() => null);
  const pid = text === null ? NaN : Number.parseInt(text, 10);
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

/** Whether a process with this pid exists (EPERM: it exists but belongs to another user). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
