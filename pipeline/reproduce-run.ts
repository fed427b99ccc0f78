// Planning `framelens reproduce DIR`: reads DIR/manifest.json, finds every recorded input,
// lexicon and --actors file on this machine (pipeline/reproduce/record-invocation.ts), checks
// each by sha256 before anything runs, and returns the analyze arguments that re-run DIR.
// A missing file, or a changed one (unless allowChanged), is a problem naming the file with both
// hashes: the run cannot be reproduced. Version differences (framelens, Node, wink) are notes.
// Runs nothing itself; the reproduce command runs the plan and compares the folders.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { hashFile, walkInputs } from './corpus/walk-inputs.js';
import { resolveLexicons } from './lexicon/resolve-lexicons.js';
import { PACKAGE_VERSION } from './package-root.js';
import { findPlaced, modelVersions } from './reproduce/record-invocation.js';
import type { PlacedPath, ReproduceBlock } from './reproduce/record-invocation.js';
import { readRecordedManifest } from './reproduce/recorded-manifest.js';
import type { RecordedManifest } from './reproduce/recorded-manifest.js';

export interface ReproduceOptions {
  /** Replaces the recorded folder holding the inputs (the corpus moved). */
  readonly inputsRoot?: string;
  /** Go on when an input or lexicon changed (the comparison then shows the effect). */
  readonly allowChanged?: boolean;
}

export interface ReproducePlan {
  readonly ok: true;
  readonly manifest: RecordedManifest;
  /** Arguments for `framelens analyze`, without --out. */
  readonly analyzeArgs: readonly string[];
  /** Changed files allowed by allowChanged, and version differences. */
  readonly notes: readonly string[];
}

export type ReproducePlanOutcome = ReproducePlan | { readonly ok: false; readonly problems: readonly string[] };

const short = (sha: string): string => (sha === '' ? '(none)' : sha);

export async function planReproduction(dir: string, options: ReproduceOptions = {}): Promise<ReproducePlanOutcome> {
  const read = await readRecordedManifest(dir);
  if (!read.ok) return read;
  const { manifest } = read;
  const block = manifest.reproduce;
  const problems: string[] = [];
  const changed: string[] = [];
  const root = options.inputsRoot ?? findPlaced(block.inputs_root, dir);
  await checkInputs(manifest, block, root, problems, changed);
  const lexiconPaths = await checkLexicons(manifest, block, dir, problems, changed);
  const actors = await checkActors(manifest, block.actors, dir, problems, changed);
  if (!options.allowChanged) problems.push(...changed);
  if (problems.length > 0) return { ok: false, problems };
  const analyzeArgs = [
    ...block.inputs.map((p) => join(root, p)),
    ...lexiconPaths.flatMap((p) => ['--lexicon', p]),
    ...(actors === null ? [] : ['--actors', actors]),
    ...block.options,
  ];
  return { ok: true, manifest, analyzeArgs, notes: [...changed.map((c) => `allowed: ${c}`), ...versionNotes(manifest)] };
}

async function checkInputs(m: RecordedManifest, block: ReproduceBlock, root: string, problems: string[], changed: string[]): Promise<void> {
  const missingArgs = block.inputs.filter((p) => !existsSync(join(root, p)));
  for (const p of missingArgs) problems.push(`missing input: ${join(root, p)} (recorded inputs root: ${block.inputs_root.path} from the ${block.inputs_root.from}; give --inputs-root if the corpus moved)`);
  if (missingArgs.length > 0) return;
  const recorded = new Map(m.inputs.map((f) => [f.file, f.sha256]));
  const walked = await walkInputs(block.inputs.map((p) => join(root, p)));
  const present = new Set(walked.files.map((f) => f.rel));
  for (const f of m.inputs) {
    if (!present.has(f.file)) problems.push(`missing input: ${f.file} (recorded sha256 ${short(f.sha256)}, now no such file)`);
  }
  for (const f of walked.files) {
    const was = recorded.get(f.rel);
    const now = await hashFile(f.path).catch(() => '');
    if (was === undefined) changed.push(`new input not in the manifest: ${f.rel} (sha256 ${short(now)})`);
    else if (was !== now) changed.push(`changed input: ${f.rel}: recorded sha256 ${short(was)}, now ${short(now)}`);
  }
}

/** The lexicon paths to pass to analyze, after checking each recorded lexicon's hash. */
async function checkLexicons(m: RecordedManifest, block: ReproduceBlock, dir: string, problems: string[], changed: string[]): Promise<string[]> {
  const paths = block.lexicons.map((p) => findPlaced(p, dir));
  const missing = paths.filter((p) => !existsSync(p));
  for (const p of missing) problems.push(`missing lexicon: ${p} (recorded: ${describeLexicons(m, p)})`);
  if (missing.length > 0) return paths;
  const resolved = await resolveLexicons(paths);
  if (!resolved.ok) {
    problems.push(...resolved.problems.map((p) => `lexicon problem: ${p}`));
    return paths;
  }
  for (const rec of m.lexicons) {
    const now = resolved.lexicons.find((l) => l.id === rec.id && l.use === rec.use);
    if (!now) problems.push(`missing lexicon: ${rec.id} (${rec.file}, recorded sha256 ${short(rec.sha256)}, now not found)`);
    else if (now.sha256 !== rec.sha256) changed.push(`changed lexicon: ${rec.id} (${rec.file}): recorded sha256 ${short(rec.sha256)}, now ${short(now.sha256)}`);
  }
  for (const l of resolved.lexicons) {
    if (!m.lexicons.some((rec) => rec.id === l.id && rec.use === l.use)) changed.push(`new lexicon not in the manifest: ${l.id} (sha256 ${short(l.sha256)})`);
  }
  return paths;
}

function describeLexicons(m: RecordedManifest, path: string): string {
  const name = path.split(/[\\/]/).pop() ?? path;
  const rec = m.lexicons.filter((l) => l.file === name || l.file.endsWith(`/${name}`));
  return rec.length === 0 ? 'see manifest.json lexicons' : rec.map((l) => `${l.id} sha256 ${short(l.sha256)}`).join(', ');
}

async function checkActors(m: RecordedManifest, placed: PlacedPath | null, dir: string, problems: string[], changed: string[]): Promise<string | null> {
  if (placed === null) return null;
  const path = findPlaced(placed, dir);
  const was = m.options.actors?.sha256 ?? '';
  const now = await hashFile(path).catch(() => null);
  if (now === null) problems.push(`missing actors file: ${path} (recorded sha256 ${short(was)})`);
  else if (now !== was) changed.push(`changed actors file: ${path}: recorded sha256 ${short(was)}, now ${short(now)}`);
  return path;
}

/** One note per version that differs from the recorded one. */
export function versionNotes(m: RecordedManifest): string[] {
  const now: Record<string, string> = { framelens: PACKAGE_VERSION, node: process.version, ...modelVersions() };
  const was: Record<string, string> = { framelens: m.framelens, node: m.node, ...m.reproduce.versions };
  return Object.keys(now)
    .filter((k) => was[k] !== now[k])
    .map((k) => `version differs: ${k} recorded ${was[k] ?? '(none)'}, now ${now[k]}`);
}
