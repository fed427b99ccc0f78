// What the commands share: parsing their arguments (node:util parseArgs; a bad option becomes
// one UsageError line), reading a file the user named, and loading the lexicons they use.
// A UsageError is printed as one line and exits 1 (cli/framelens.ts).
import { readFile } from 'node:fs/promises';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { resolveLexicons } from '../pipeline/lexicon/resolve-lexicons.js';
import type { Lexicon } from '../pipeline/types.js';
import { UsageError } from './usage-error.js';

export interface Io {
  readonly stdout: { write(text: string): unknown };
}

type Options = NonNullable<ParseArgsConfig['options']>;
type Parsed<O extends Options> = ReturnType<typeof parseArgs<{ args: string[]; options: O; allowPositionals: true; strict: true }>>;

/** Parses `args` for `framelens COMMAND`; an unknown option or a missing value is a UsageError. */
export function parseCommandArgs<const O extends Options>(command: string, args: string[], options: O): Parsed<O> {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message.split('. ')[0]! : String(error);
    throw new UsageError(`${command}: ${message} (see framelens ${command} --help)`);
  }
}

/** The text of a file named on the command line; an unreadable one is a UsageError. */
export async function readUserFile(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${path}: ${(error as Error).message}`);
  }
}

/** The lexicons given (files or folders), or the bundled ones; any problem is a UsageError. */
export async function lexiconsOrFail(paths: readonly string[]): Promise<readonly Lexicon[]> {
  const lexicons = await resolveLexicons(paths);
  if (!lexicons.ok) throw new UsageError(`lexicon problems:\n${lexicons.problems.join('\n')}`);
  return lexicons.lexicons;
}
