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
    return parseArgs({ args: joinDashValues(args, options), options, allowPositionals: true, strict: true });
  } catch (error) {
    const code = (error as { code?: string }).code;
    const option = error instanceof Error ? /'(--[a-z-]+)/.exec(error.message)?.[1] : undefined;
    const message =
      code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option !== undefined
        ? `${option} needs a value`
        : error instanceof Error
          ? error.message.split(/\.\s/)[0]!.split('\n')[0]!
          : String(error);
    throw new UsageError(`${command}: ${message} (see framelens ${command} --help)`);
  }
}

/** `--kwic -1` → `--kwic=-1`: a value that looks like a negative number is the option's value
 *  (parseArgs would call it ambiguous), so the option's own check can reject it in one line. */
function joinDashValues(args: readonly string[], options: Options): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const name = args[i]!.startsWith('--') ? args[i]!.slice(2) : null;
    const next = args[i + 1];
    if (name !== null && options[name]?.type === 'string' && next !== undefined && /^-[\d.]/.test(next)) {
      out.push(`--${name}=${next}`);
      i++;
    } else out.push(args[i]!);
  }
  return out;
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
