// The `reproduce` block of manifest.json: what `framelens reproduce` needs to re-run a report
// folder on another machine or a fresh clone. Reads the file system (which input is a folder);
// adds nothing to the analysis. Paths are never absolute: a path inside the framelens package
// (the bundled corpus and lexicons, test fixtures) is recorded relative to the package, any
// other path relative to the report folder, so a project folder holding data and runs can move
// as a whole. Inputs are recorded relative to their common folder (`inputs_root`), which
// `reproduce --inputs-root` replaces when the corpus moved; that keeps doc_ids (built from
// paths relative to that folder) the same.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { commonFolder } from '../corpus/walk-inputs.js';
import { PACKAGE_ROOT } from '../package-root.js';

/** How a run was asked for, as the analyze command received it. */
export interface RunInvocation {
  /** INPUT paths as given (absolute or relative to the working folder). */
  readonly inputs: readonly string[];
  /** --lexicon paths as given; none: the bundled lexicons. */
  readonly lexicons: readonly string[];
  readonly actors: string | null;
  /** The --out folder the run writes to. */
  readonly outDir: string;
  /** Every other analyze option as given, e.g. ['--kwic', '5', '--split', 'lines']. */
  readonly options: readonly string[];
}

/** A path recorded relative to the package or to the report folder. */
export interface PlacedPath {
  readonly from: 'package' | 'report';
  readonly path: string;
}

export interface ReproduceBlock {
  readonly versions: Readonly<Record<string, string>>;
  readonly inputs_root: PlacedPath;
  readonly inputs: readonly string[];
  readonly lexicons: readonly PlacedPath[];
  readonly actors: PlacedPath | null;
  readonly options: readonly string[];
}

/** The libraries whose versions can change results (wink's tokenizer and its model). */
export const MODEL_PACKAGES = ['wink-nlp', 'wink-eng-lite-web-model'] as const;

export function modelVersions(): Record<string, string> {
  const require = createRequire(join(PACKAGE_ROOT, 'package.json'));
  const versions: Record<string, string> = {};
  for (const name of MODEL_PACKAGES) {
    const pkg = JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string };
    versions[name] = pkg.version;
  }
  return versions;
}

const slashed = (p: string): string => (p === '' ? '.' : p.split(sep).join('/'));

/** `abs` relative to the package when inside it, else relative to the report folder. */
export function placePath(abs: string, reportDir: string): PlacedPath {
  const inPackage = relative(PACKAGE_ROOT, abs);
  if (!inPackage.startsWith('..') && !isAbsolute(inPackage)) return { from: 'package', path: slashed(inPackage) };
  return { from: 'report', path: slashed(relative(resolve(reportDir), abs)) };
}

/** A recorded path back on this machine (`reportDir` is the folder holding the manifest). */
export function findPlaced(placed: PlacedPath, reportDir: string): string {
  return resolve(placed.from === 'package' ? PACKAGE_ROOT : resolve(reportDir), placed.path);
}

export async function recordInvocation(inv: RunInvocation): Promise<ReproduceBlock> {
  const roots: string[] = [];
  for (const given of inv.inputs) {
    const abs = resolve(given);
    const info = await stat(abs).catch(() => null);
    roots.push(info?.isDirectory() ? abs : dirname(abs));
  }
  const base = commonFolder(roots);
  return {
    versions: modelVersions(),
    inputs_root: placePath(base, inv.outDir),
    inputs: inv.inputs.map((given) => slashed(relative(base, resolve(given)))),
    lexicons: inv.lexicons.map((given) => placePath(resolve(given), inv.outDir)),
    actors: inv.actors === null ? null : placePath(resolve(inv.actors), inv.outDir),
    options: [...inv.options],
  };
}
