// Where the framelens package lives, found from this module's own path: the same answer when
// run from sources (vitest) or from dist/ (the built CLI), and from any working directory.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'framelens') return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error('framelens: cannot find the package root (package.json)');
    dir = up;
  }
}

export const PACKAGE_ROOT = findRoot();
export const BUNDLED_CORPUS_DIR = join(PACKAGE_ROOT, 'corpus');
export const BUNDLED_LEXICON_DIR = join(PACKAGE_ROOT, 'lexicons');
export const PACKAGE_VERSION = (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;

/** A worker thread's script: `here` (next to the calling module) when it runs from dist/, else
 *  the package's built copy, dist/`built` (tests run the TypeScript sources; test/global-setup.ts
 *  builds dist/ when it is stale). */
export function builtScript(here: URL, built: string): URL {
  if (existsSync(fileURLToPath(here))) return here;
  return pathToFileURL(join(PACKAGE_ROOT, 'dist', built));
}
