// Runs once before the tests: builds dist/ (npm run build) when it is missing or older than a
// source file. Tests run the TypeScript sources, but analysis workers (--jobs N) and the CLI
// tests run the built JavaScript, which must be the code under test.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtDistIsFresh } from './helpers/built-dist.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export default function setup(): void {
  if (builtDistIsFresh(ROOT)) return;
  const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  const result = spawnSync(process.execPath, [tsc, '-p', join(ROOT, 'tsconfig.json')], { encoding: 'utf8', cwd: ROOT });
  if (result.status !== 0) throw new Error(`building dist/ for the tests failed:\n${result.stdout}${result.stderr}`);
}
