// Whether dist/ (the built JavaScript that the CLI and the analysis workers run) is at least
// as new as every TypeScript source it is built from.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const BUILT_MARKER = join('dist', 'pipeline', 'pool', 'worker-entry.js');

export function builtDistIsFresh(root: string): boolean {
  const marker = join(root, BUILT_MARKER);
  const cli = join(root, 'dist', 'cli', 'framelens.js');
  if (!existsSync(marker) || !existsSync(cli)) return false;
  const built = Math.min(statSync(marker).mtimeMs, statSync(cli).mtimeMs);
  const sources = ['pipeline', 'cli'].flatMap((dir) =>
    readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts')).map((f) => join(root, dir, f)),
  );
  return sources.every((f) => statSync(f).mtimeMs <= built);
}
