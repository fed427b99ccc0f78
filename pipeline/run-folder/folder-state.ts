// What an --out folder holds and how to mend it, for run-folder.ts. Names every sibling a run
// uses (`.NAME.framelens-new-PID`, `-old-PID`, `-lock`), finishes or rolls back a switch that a
// killed run left half done, removes the leftovers of killed runs, tells a framelens run folder
// (its marker) from a folder of the user's, and writes the marker: every file of the run with
// its size and sha256. Reads and changes only the out folder and its framelens siblings.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { copyFile, link, lstat, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { isAlive } from './lock-file.js';

/** The marker a run leaves in its folder: a framelens run, and the files it wrote. */
export const RUN_MARKER = '.framelens-run.json';

/** Files a folder of corpus text would hold; never carried over from a folder not framelens'. */
const CORPUS_EXTENSIONS = new Set(['.csv', '.jsonl', '.txt']);
/** A per-file temporary name of earlier framelens versions: `.documents.csv.1234.tmp`. */
const FILE_TMP = /^\..+\.(\d+)\.tmp$/;

export interface SiblingNames {
  readonly lock: string;
  readonly fresh: (pid: number) => string;
  readonly aside: (pid: number) => string;
  readonly prefix: string;
}

export function siblingNames(parent: string, name: string): SiblingNames {
  const prefix = `.${name}.framelens-`;
  return {
    prefix,
    lock: join(parent, `${prefix}lock`),
    fresh: (pid) => join(parent, `${prefix}new-${pid}`),
    aside: (pid) => join(parent, `${prefix}old-${pid}`),
  };
}

export async function exists(path: string): Promise<boolean> {
  return lstat(path).then(
    () => true,
    () => false,
  );
}

/** Mends what killed runs left (call while holding the lock); returns one note per repair. */
export async function recoverLeftovers(parent: string, out: string, names: SiblingNames): Promise<string[]> {
  const notes: string[] = [];
  const siblings = (await readdir(parent)).filter((n) => n.startsWith(names.prefix));
  const pidOf = (kind: 'new' | 'old') => (n: string) => {
    const m = n.slice(names.prefix.length).match(kind === 'new' ? /^new-(\d+)$/ : /^old-(\d+)$/);
    return m ? Number(m[1]) : null;
  };
  const asides = siblings.map(pidOf('old')).filter((p): p is number => p !== null);
  if (!(await exists(out)) && asides.length > 0) {
    const pid = Math.max(...asides);
    if (await exists(join(names.fresh(pid), RUN_MARKER))) {
      await rename(names.fresh(pid), out);
      notes.push(`finished switching ${out} to the reports of an interrupted run (pid ${pid})`);
    } else {
      await rename(names.aside(pid), out);
      notes.push(`restored the previous reports in ${out}, moved aside by an interrupted run (pid ${pid})`);
    }
  }
  for (const n of siblings) {
    if (pidOf('new')(n) !== null || pidOf('old')(n) !== null) await rm(join(parent, n), { recursive: true, force: true });
  }
  const inside = await readdir(out).catch(() => [] as string[]);
  for (const n of inside) {
    const m = n.match(FILE_TMP);
    if (m && !isAlive(Number(m[1]))) await rm(join(out, n), { force: true });
  }
  return notes;
}

export type FolderState =
  | { readonly kind: 'usable'; readonly carry: readonly string[] }
  | { readonly kind: 'foreign'; readonly examples: readonly string[] };

/** Whether a run may replace `out`, and which of its entries to carry into the new folder:
 *  in a framelens run folder, what the run did not write (a README, notes); in another folder,
 *  loose files that are not corpus files. A folder holding subfolders or corpus files that
 *  framelens did not write is foreign: a run refuses it (it may be the input itself). */
export async function folderState(out: string): Promise<FolderState> {
  const entries = await readdir(out, { withFileTypes: true }).catch(() => null);
  if (entries === null) return { kind: 'usable', carry: [] };
  const names = entries.map((e) => e.name).filter((n) => n !== RUN_MARKER && !FILE_TMP.test(n));
  const written = await markerFiles(out);
  if (written) return { kind: 'usable', carry: names.filter((n) => !written.has(n)) };
  if (names.includes('manifest.json') && names.includes('codebook.csv')) {
    // A run of a framelens version without the marker: its files are the CSV/JSON/HTML ones.
    return { kind: 'usable', carry: names.filter((n) => !['.csv', '.json', '.html', '.jsonl'].includes(extname(n).toLowerCase())) };
  }
  const foreign = entries.filter((e) => !e.name.startsWith('.') && (e.isDirectory() || CORPUS_EXTENSIONS.has(extname(e.name).toLowerCase())));
  if (foreign.length > 0) return { kind: 'foreign', examples: foreign.map((e) => (e.isDirectory() ? `${e.name}/` : e.name)).sort().slice(0, 3) };
  return { kind: 'usable', carry: names };
}

/** The top-level names a run folder's marker lists, or null if there is no readable marker. */
async function markerFiles(dir: string): Promise<Set<string> | null> {
  const text = await readFile(join(dir, RUN_MARKER), 'utf8').catch(() => null);
  if (text === null) return null;
  try {
    const marker = JSON.parse(text) as { files?: { file?: unknown }[] };
    return new Set((marker.files ?? []).map((f) => String(f.file).split('/')[0]!));
  } catch {
    return new Set();
  }
}

export interface WrittenFile {
  readonly file: string;
  readonly bytes: number;
  readonly sha256: string;
}

/** Writes the marker into `dir`, listing every file in it (sorted, `/`-separated paths). */
export async function writeMarker(dir: string): Promise<WrittenFile[]> {
  const files: WrittenFile[] = [];
  for (const file of await listFiles(dir)) {
    const hash = createHash('sha256');
    let bytes = 0;
    for await (const chunk of createReadStream(join(dir, file))) {
      hash.update(chunk as Buffer);
      bytes += (chunk as Buffer).length;
    }
    files.push({ file, bytes, sha256: hash.digest('hex') });
  }
  await writeFile(join(dir, RUN_MARKER), `${JSON.stringify({ framelens_run: 1, files }, null, 2)}\n`);
  return files;
}

async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  const entries = (await readdir(join(dir, prefix), { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const rel = prefix === '' ? e.name : `${prefix}/${e.name}`;
    if (e.isDirectory()) out.push(...(await listFiles(dir, rel)));
    else if (e.isFile() && rel !== RUN_MARKER && !FILE_TMP.test(e.name)) out.push(rel);
  }
  return out;
}

/** Puts `names` from `from` into `to` (hard links, or copies across devices), leaving `from`
 *  whole; a name the new run wrote itself is not overwritten. */
export async function carryOver(from: string, to: string, names: readonly string[]): Promise<void> {
  for (const name of names) {
    if (await exists(join(to, name))) continue;
    await linkOrCopy(join(from, name), join(to, name));
  }
}

async function linkOrCopy(src: string, dest: string): Promise<void> {
  const info = await lstat(src).catch(() => null);
  if (!info) return; // removed meanwhile
  if (info.isDirectory()) {
    await mkdir(dest);
    for (const n of await readdir(src)) await linkOrCopy(join(src, n), join(dest, n));
  } else if (info.isFile()) {
    await link(src, dest).catch(() => copyFile(src, dest));
  }
}
