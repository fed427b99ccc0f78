// The built CLI (dist/cli/framelens.js) for tests that run framelens as a child process.
// test/global-setup.ts builds dist/ when it is stale; these tests still skip rather than test
// stale code if it is not fresh all the same (built-dist.ts).
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../pipeline/package-root.js';
import { builtDistIsFresh } from './built-dist.js';

export const BUILT_CLI = join(PACKAGE_ROOT, 'dist', 'cli', 'framelens.js');

export function builtCliIsFresh(): boolean {
  return builtDistIsFresh(PACKAGE_ROOT);
}
