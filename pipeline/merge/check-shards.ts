// The shard folders a merge is given: each one's manifest.json read and checked against the
// others, so that a merge joins only slices of one run. Refuses (one line naming the folder,
// with a code) when a folder is not a shard folder, when shard numbers are missing, repeated
// or of different N, or when the framelens or Node version, the lexicons, the options (other
// than shard) or the input files differ. Reads manifests only; merge-runs.ts does the rest.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PACKAGE_VERSION } from '../package-root.js';
import type { ManifestLexicon } from '../reports/build-manifest.js';
import { FIGURES_FILE } from '../reports/figures-sidecar.js';
import { formatShard, parseShard } from '../shard.js';
import type { Shard } from '../shard.js';

/** What a merge reads of a manifest; other fields are carried over as they are. */
export interface ShardManifest {
  readonly framelens: string;
  readonly node: string;
  readonly options: Readonly<Record<string, unknown>>;
  readonly counts: Readonly<Record<string, number>>;
  readonly inputs: readonly unknown[];
  readonly ignored_files: readonly unknown[];
  readonly lexicons: readonly ManifestLexicon[];
  readonly [field: string]: unknown;
}

export interface ShardFolder {
  readonly dir: string;
  readonly manifest: ShardManifest;
  readonly shard: Shard;
}

export type ShardCheck = { readonly ok: true; readonly shards: readonly ShardFolder[] } | { readonly ok: false; readonly problem: string };

const fail = (problem: string): ShardCheck => ({ ok: false, problem });

/** Reads and checks the folders; on success they come back sorted by shard number. */
export async function checkShards(dirs: readonly string[]): Promise<ShardCheck> {
  const shards: ShardFolder[] = [];
  for (const dir of dirs) {
    const read = await readShardFolder(dir);
    if (typeof read === 'string') return fail(read);
    shards.push(read);
  }
  const numbering = checkNumbering(shards);
  if (numbering) return fail(numbering);
  const first = shards[0]!;
  for (const other of shards.slice(1)) {
    const problem = difference(first, other);
    if (problem) return fail(`${where(other)}: ${problem.text}, unlike ${where(first)}; every shard must come from the same command [${problem.code}]`);
  }
  if (first.manifest.framelens !== PACKAGE_VERSION) {
    return fail(`${where(first)}: written by framelens ${first.manifest.framelens}, but this is framelens ${PACKAGE_VERSION}; merge with the version that wrote the shards [MERGE_VERSION]`);
  }
  return { ok: true, shards: shards.sort((a, b) => a.shard.index - b.shard.index) };
}

const where = (s: { dir: string }): string => join(s.dir, 'manifest.json');

async function readShardFolder(dir: string): Promise<ShardFolder | string> {
  const path = join(dir, 'manifest.json');
  const text = await readFile(path, 'utf8').catch(() => null);
  if (text === null) return `${dir}: not a framelens report folder (no manifest.json) [MERGE_NOT_A_RUN]`;
  let manifest: ShardManifest;
  try {
    manifest = JSON.parse(text) as ShardManifest;
  } catch {
    return `${path}: not valid JSON [MERGE_NOT_A_RUN]`;
  }
  const shard = typeof manifest.options?.shard === 'string' ? parseShard(manifest.options.shard) : null;
  if (!shard?.ok) return `${path}: not a shard folder (its options have no shard); run framelens analyze with --shard I/N [MERGE_NOT_A_SHARD]`;
  if (!existsSync(join(dir, FIGURES_FILE))) return `${dir}: has no ${FIGURES_FILE}; re-run the shard with this framelens version [MERGE_NOT_A_RUN]`;
  return { dir, manifest, shard: shard.shard };
}

/** All N shards, each exactly once, all of the same N. */
function checkNumbering(shards: readonly ShardFolder[]): string | null {
  const n = shards[0]!.shard.count;
  const otherN = shards.find((s) => s.shard.count !== n);
  if (otherN) return `${where(otherN)}: shard ${formatShard(otherN.shard)}, but ${where(shards[0]!)} is shard ${formatShard(shards[0]!.shard)}; all shards must split the corpus into the same N [MERGE_SHARDS]`;
  const byIndex = new Map<number, ShardFolder>();
  for (const s of shards) {
    const seen = byIndex.get(s.shard.index);
    if (seen) return `${where(s)}: shard ${formatShard(s.shard)} is given twice (also ${where(seen)}) [MERGE_SHARDS]`;
    byIndex.set(s.shard.index, s);
  }
  const missing = Array.from({ length: n }, (_, i) => i + 1).filter((i) => !byIndex.has(i));
  if (missing.length > 0) {
    const list = missing.map((i) => `${i}/${n}`).join(', ');
    return `shard${missing.length > 1 ? 's' : ''} ${list} missing (given ${shards.length} of ${n}); run framelens analyze --shard ${missing[0]}/${n} (same inputs and options) and merge again [MERGE_SHARD_MISSING]`;
  }
  return null;
}

/** The first way two shards' manifests differ in what must be equal, with its code. */
function difference(a: ShardFolder, b: ShardFolder): { readonly code: string; readonly text: string } | null {
  const x = a.manifest;
  const y = b.manifest;
  const found = (code: string, text: string) => ({ code, text });
  if (x.framelens !== y.framelens) return found('MERGE_VERSION', `written by framelens ${y.framelens}, not ${x.framelens}`);
  if (x.node !== y.node) return found('MERGE_VERSION', `written with Node ${y.node}, not ${x.node}`);
  const lexicons = lexiconDifference(x.lexicons, y.lexicons);
  if (lexicons) return found('MERGE_LEXICONS', `used lexicons ${lexiconList(lexicons.onlyY)} instead of ${lexiconList(lexicons.onlyX)}`);
  const options = optionDifference(x.options, y.options);
  if (options) return found('MERGE_OPTIONS', options);
  if (!same(x.inputs, y.inputs) || !same(x.ignored_files, y.ignored_files)) return found('MERGE_INPUTS', 'read other input files (or other versions of them)');
  return null;
}

/** The lexicons only one of two manifest lists has (in another order: all of both). */
export function lexiconDifference(
  x: readonly ManifestLexicon[],
  y: readonly ManifestLexicon[],
): { readonly onlyX: readonly ManifestLexicon[]; readonly onlyY: readonly ManifestLexicon[] } | null {
  if (same(x, y)) return null;
  const onlyY = y.filter((l) => !x.some((k) => same(k, l)));
  const onlyX = x.filter((l) => !y.some((k) => same(k, l)));
  return onlyX.length === 0 && onlyY.length === 0 ? { onlyX: x, onlyY: y } : { onlyX, onlyY };
}

/** `hedges 1.0.0 (lexicons/hedges.yaml, sha256 191960e850a6…), …` */
export function lexiconList(lexicons: readonly ManifestLexicon[]): string {
  return lexicons.map((l) => `${l.id} ${l.version} (${l.file}, sha256 ${l.sha256.slice(0, 12)}…)`).join(', ') || 'none';
}

function optionDifference(x: Readonly<Record<string, unknown>>, y: Readonly<Record<string, unknown>>): string | null {
  const keys = [...new Set([...Object.keys(x), ...Object.keys(y)])].filter((k) => k !== 'shard');
  const key = keys.find((k) => !same(x[k], y[k]));
  return key === undefined ? null : `has option ${key} ${JSON.stringify(y[key] ?? null)}, not ${JSON.stringify(x[key] ?? null)}`;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
