// The built CLI (dist/cli/framelens.js) for tests that run framelens as a child process.
// Those tests skip unless dist/ is newer than every source file (npm ci builds it; during
// development run npm run build), rather than testing stale code.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../pipeline/package-root.js';

export const BUILT_CLI = join(PACKAGE_ROOT, 'dist', 'cli', 'framelens.js');

export function builtCliIsFresh(): boolean {
  if (!existsSync(BUILT_CLI)) return false;
  const built = statSync(BUILT_CLI).mtimeMs;
  const sources = ['pipeline', 'cli'].flatMap((dir) =>
    readdirSync(join(PACKAGE_ROOT, dir), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts')).map((f) => join(PACKAGE_ROOT, dir, f)),
  );
  return sources.every((f) => statSync(f).mtimeMs <= built);
}
