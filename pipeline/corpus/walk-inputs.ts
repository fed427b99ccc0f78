// Input paths to the list of files to read: folders walked recursively, everything sorted by
// its path relative to a common base (the input folder itself, or the folder holding the
// inputs), so runs are reproducible and doc_ids never hold absolute paths.
// Reads the file system; adds nothing to documents. Missing paths are returned, not thrown.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, readdir, realpath, stat } from 'node:fs/promises';
import { basename, dirname, extname, relative, resolve, sep } from 'node:path';
import { looksBinary } from './decode-text.js';

export type InputKind = 'csv' | 'jsonl' | 'txt' | 'binary';

export interface InputFile {
  readonly path: string;
  /** Path relative to the common base, with `/` separators: what doc_ids and reasons show. */
  readonly rel: string;
  readonly kind: InputKind;
  /** The outlet when the record names none: a .txt file's folder name, else the file stem. */
  readonly defaultOutlet: string;
  readonly bytes: number;
}

export interface WalkedInputs {
  readonly files: readonly InputFile[];
  /** Files inside folders that are not corpus files (README.md, notes.json …) and report
   *  folders, by rel path. */
  readonly ignored: readonly string[];
  /** Input paths that do not exist or are not a supported file: one human line each. */
  readonly problems: readonly string[];
}

const KINDS: Readonly<Record<string, InputKind>> = { '.csv': 'csv', '.jsonl': 'jsonl', '.txt': 'txt' };

export async function walkInputs(paths: readonly string[]): Promise<WalkedInputs> {
  const found: Found = new Map();
  const problems: string[] = [];
  const roots: string[] = [];
  for (const given of paths) {
    const path = resolve(given);
    const info = await stat(path).catch(() => null);
    if (!info) {
      problems.push(`${given}: no such file or folder`);
    } else if (info.isDirectory()) {
      roots.push(path);
      await walkFolder(path, found);
    } else if (!KINDS[extname(path).toLowerCase()]) {
      problems.push(`${given}: not a .csv, .jsonl or .txt file, nor a folder`);
    } else {
      roots.push(dirname(path));
      found.set(path, { path, kind: KINDS[extname(path).toLowerCase()]!, bytes: info.size });
    }
  }
  const base = commonFolder(roots);
  const files: InputFile[] = [];
  const ignored: string[] = [];
  for (const f of found.values()) {
    const rel = relative(base, f.path).split(sep).join('/');
    if (f.kind === null) ignored.push(rel);
    else files.push({ path: f.path, rel, kind: f.kind, defaultOutlet: defaultOutlet(f.path, f.kind), bytes: f.bytes });
  }
  files.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
  ignored.sort();
  return { files, ignored, problems };
}

type Found = Map<string, { path: string; kind: InputKind | null; bytes: number }>;

/** Walks a folder. A subfolder holding a framelens report (manifest.json and codebook.csv)
 *  is not read — its CSVs are output, not corpus — and is listed as ignored instead. */
async function walkFolder(dir: string, found: Found, top = true, seen = new Set<string>()): Promise<void> {
  const real = await realpath(dir);
  if (seen.has(real)) return; // a symlink loop
  seen.add(real);
  const entries = await readdir(dir, { withFileTypes: true });
  const names = new Set(entries.map((e) => e.name));
  if (!top && names.has('manifest.json') && names.has('codebook.csv')) {
    found.set(dir, { path: dir, kind: null, bytes: 0 });
    return;
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue; // hidden files and folders (.git, .DS_Store)
    const path = resolve(dir, entry.name);
    const info = await stat(path).catch(() => null);
    if (!info) continue; // a dangling symlink
    if (info.isDirectory()) await walkFolder(path, found, false, seen);
    else if (info.isFile()) found.set(path, { path, kind: await kindOf(path), bytes: info.size });
  }
}

/** A corpus file by its extension; another file is rejected if binary, else ignored (null). */
async function kindOf(path: string): Promise<InputKind | null> {
  const kind = KINDS[extname(path).toLowerCase()];
  if (kind) return kind;
  const head = await readHead(path);
  return looksBinary(head) ? 'binary' : null;
}

async function readHead(path: string): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const buf = new Uint8Array(8000);
    const { bytesRead } = await handle.read(buf, 0, buf.length, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

function defaultOutlet(path: string, kind: InputKind): string {
  return kind === 'txt' ? basename(dirname(path)) : basename(path, extname(path));
}

/** The deepest folder holding every root. */
export function commonFolder(roots: readonly string[]): string {
  if (roots.length === 0) return process.cwd();
  let base = roots[0]!;
  for (const r of roots.slice(1)) {
    while (base !== dirname(base) && relative(base, r).startsWith('..')) base = dirname(base);
  }
  return base;
}

/** sha256 of a file's bytes, for the manifest (streamed: the file may be large). */
export async function hashFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
