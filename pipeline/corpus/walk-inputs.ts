// Input paths to the list of files to read: folders walked recursively, everything sorted by
// its path relative to a common base (the input folder itself, or the folder holding the
// inputs), so runs are reproducible and doc_ids never hold absolute paths.
// Reads the file system (through WalkFs, so tests can inject faults); adds nothing to
// documents. Missing paths are returned, not thrown. Inside a folder nothing is skipped
// silently except hidden entries (.git, .DS_Store): whatever is not read — a non-corpus file, a
// framelens report folder (its run marker, wherever it sits, the input folder itself included),
// a symlink to a folder (not followed), a dangling symlink, a folder or file that cannot be
// read — is listed in `ignored` with its reason, and the walk goes on.
import { createHash } from 'node:crypto';
import { createReadStream, type Dirent, type Stats } from 'node:fs';
import { open, readdir, stat } from 'node:fs/promises';
import { basename, dirname, extname, relative, resolve, sep } from 'node:path';
import { RUN_MARKER } from '../run-folder/folder-state.js';
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

/** A file or folder inside an input folder that was not read, and why (manifest ignored_files). */
export interface IgnoredInput {
  readonly file: string;
  readonly reason: string;
}

export interface WalkedInputs {
  readonly files: readonly InputFile[];
  /** Entries inside input folders that were not read, by rel path, with the reason. */
  readonly ignored: readonly IgnoredInput[];
  /** Input paths that do not exist or are not a supported file: one human line each. */
  readonly problems: readonly string[];
}

/** The file system calls the walk makes (node:fs/promises by default). */
export interface WalkFs {
  readdir(dir: string): Promise<Dirent[]>;
  stat(path: string): Promise<Stats>;
  readHead(path: string): Promise<Uint8Array>;
}

export const NODE_WALK_FS: WalkFs = { readdir: (dir) => readdir(dir, { withFileTypes: true }), stat, readHead };

export const IGNORED_REASONS = {
  notCorpus: 'not a corpus file (.csv, .jsonl or .txt)',
  reportFolder: 'a framelens report folder: output, not input',
  folderLink: 'a symlink to a folder: not followed (give the folder itself as an input)',
  dangling: 'a dangling symlink: its target does not exist',
  special: 'not a regular file',
} as const;

const KINDS: Readonly<Record<string, InputKind>> = { '.csv': 'csv', '.jsonl': 'jsonl', '.txt': 'txt' };

export async function walkInputs(paths: readonly string[], fs: WalkFs = NODE_WALK_FS): Promise<WalkedInputs> {
  const found: Found = new Map();
  const problems: string[] = [];
  const roots: string[] = [];
  for (const given of paths) {
    const path = resolve(given);
    const info = await fs.stat(path).catch(() => null);
    if (!info) {
      problems.push(`${given}: no such file or folder`);
    } else if (info.isDirectory()) {
      roots.push(path);
      const entries = await fs.readdir(path).catch((e: NodeJS.ErrnoException) => e);
      if (entries instanceof Error) problems.push(`${given}: cannot read the folder (${entries.code ?? entries.message})`);
      else await walkFolder(path, entries, found, fs);
    } else if (!KINDS[extname(path).toLowerCase()]) {
      problems.push(`${given}: not a .csv, .jsonl or .txt file, nor a folder`);
    } else {
      roots.push(dirname(path));
      found.set(path, { path, kind: KINDS[extname(path).toLowerCase()]!, bytes: info.size });
    }
  }
  const base = commonFolder(roots);
  const files: InputFile[] = [];
  const ignored: IgnoredInput[] = [];
  for (const f of found.values()) {
    const rel = relative(base, f.path).split(sep).join('/') || basename(f.path);
    if (f.kind === null) ignored.push({ file: rel, reason: f.reason });
    else files.push({ path: f.path, rel, kind: f.kind, defaultOutlet: defaultOutlet(f.path, f.kind), bytes: f.bytes });
  }
  files.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
  ignored.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { files, ignored, problems };
}

type Found = Map<string, { path: string; kind: InputKind; bytes: number } | { path: string; kind: null; reason: string }>;

/** A framelens report folder: the run marker, or (runs older than the marker) its manifest,
 *  codebook and documents files together. */
function isReportFolder(names: ReadonlySet<string>): boolean {
  return names.has(RUN_MARKER) || (names.has('manifest.json') && names.has('codebook.csv') && names.has('documents.csv'));
}

/** Walks a folder whose entries are read already. Symlinks to folders are not followed, so
 *  the walk cannot loop nor read a folder twice. */
async function walkFolder(dir: string, entries: readonly Dirent[], found: Found, fs: WalkFs): Promise<void> {
  if (isReportFolder(new Set(entries.map((e) => e.name)))) {
    found.set(dir, { path: dir, kind: null, reason: IGNORED_REASONS.reportFolder });
    return;
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue; // hidden files and folders (.git, .DS_Store)
    const path = resolve(dir, entry.name);
    const ignore = (reason: string) => found.set(path, { path, kind: null, reason });
    const link = entry.isSymbolicLink();
    const info = await fs.stat(path).catch((e: NodeJS.ErrnoException) => e);
    if (info instanceof Error) {
      ignore(link && info.code === 'ENOENT' ? IGNORED_REASONS.dangling : `cannot read (${info.code ?? info.message})`);
    } else if (info.isDirectory()) {
      if (link) {
        ignore(IGNORED_REASONS.folderLink);
        continue;
      }
      const inner = await fs.readdir(path).catch((e: NodeJS.ErrnoException) => e);
      if (inner instanceof Error) ignore(`cannot read the folder (${inner.code ?? inner.message})`);
      else await walkFolder(path, inner, found, fs);
    } else if (!info.isFile()) {
      ignore(IGNORED_REASONS.special);
    } else {
      const kind = await kindOf(path, fs).catch((e: NodeJS.ErrnoException) => e);
      if (kind instanceof Error) ignore(`cannot read the file (${kind.code ?? kind.message})`);
      else if (kind === null) ignore(IGNORED_REASONS.notCorpus);
      else found.set(path, { path, kind, bytes: info.size });
    }
  }
}

/** A corpus file by its extension; another file is rejected if binary, else ignored (null). */
async function kindOf(path: string, fs: WalkFs): Promise<InputKind | null> {
  const kind = KINDS[extname(path).toLowerCase()];
  if (kind) return kind;
  const head = await fs.readHead(path);
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
