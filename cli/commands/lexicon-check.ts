// framelens lexicon check PATH ...
// Validates lexicon files and folders without analysing anything. Prints every problem as
// FILE:LINE:COL: message [CODE] (all problems of every file, on stdout) and exits 1 if there
// is any; otherwise prints one OK line per lexicon and exits 0.
import { formatProblem, loadLexiconFiles } from '../../pipeline/load-lexicon.js';
import type { Lexicon } from '../../pipeline/types.js';
import { parseCommandArgs, type Io } from '../command-args.js';
import { UsageError } from '../usage-error.js';

export const LEXICON_CHECK_USAGE = `usage: framelens lexicon check PATH ...
  PATH         a lexicon file (.yaml, .yml, .json, .dic) or a folder of them
  --help, -h   this help
Prints every problem as FILE:LINE:COL: message [CODE] and exits 1 if there is any.`;

export const LEXICON_CHECK_OPTIONS = { help: { type: 'boolean', short: 'h' } } as const;

export async function runLexiconCheck(args: string[], io: Io = process): Promise<number> {
  const parsed = parseCommandArgs('lexicon check', args, LEXICON_CHECK_OPTIONS);
  if (parsed.values.help) {
    io.stdout.write(`${LEXICON_CHECK_USAGE}\n`);
    return 0;
  }
  if (parsed.positionals.length === 0) throw new UsageError(`no lexicon given\n${LEXICON_CHECK_USAGE}`);
  const { lexicons, problems } = await loadLexiconFiles(parsed.positionals);
  for (const p of problems) io.stdout.write(`${formatProblem(p)}\n`);
  for (const lex of lexicons) io.stdout.write(`${summary(lex)}\n`);
  if (problems.length > 0) io.stdout.write(`${problems.length} problem${problems.length === 1 ? '' : 's'} found\n`);
  return problems.length > 0 ? 1 : 0;
}

/** `OK lexicons/hedges.yaml: hedges 1.0.0 (terms), 19 entries in 2 categories, 1 wildcard`;
 *  `OK lexicons/actors.yaml: actors 1.0.0 (actors), 4 actors with 29 aliases, 0 wildcards` */
function summary(lex: Lexicon): string {
  const wildcards = lex.entries.filter((e) => e.term.includes('*')).length;
  const categories = Object.keys(lex.categories).length;
  const version = lex.version === '' ? '' : ` ${lex.version}`;
  if (lex.use === 'actors') {
    return `OK ${lex.file}: ${lex.id}${version} (actors), ${categories} actor${categories === 1 ? '' : 's'} with ${lex.entries.length} aliases, ${wildcards} wildcard${wildcards === 1 ? '' : 's'}`;
  }
  return `OK ${lex.file}: ${lex.id}${version} (${lex.use}), ${lex.entries.length} entries in ${categories} categor${categories === 1 ? 'y' : 'ies'}, ${wildcards} wildcard${wildcards === 1 ? '' : 's'}`;
}
