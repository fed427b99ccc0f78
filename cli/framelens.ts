#!/usr/bin/env node
// The framelens command line: picks the command and sets the exit code. Each command only
// parses its arguments, calls the library and prints; the work is in pipeline/.
//   exit 0: done; 1: bad usage or input that stops the run; 2: internal error (a bug).
import { runAnalyze } from './commands/analyze.js';
import { runEvalQuotes } from './commands/eval-quotes.js';
import { runEvalTerms } from './commands/eval-terms.js';
import { runLexiconCheck } from './commands/lexicon-check.js';
import { runReproduce } from './commands/reproduce.js';
import { UsageError } from './usage-error.js';

type Command = (args: string[]) => Promise<number>;

const COMMANDS: Readonly<Record<string, Command>> = {
  analyze: runAnalyze,
  'lexicon check': runLexiconCheck,
  'eval terms': runEvalTerms,
  'eval quotes': runEvalQuotes,
  reproduce: runReproduce,
};

const USAGE = `usage:
  framelens analyze [INPUT ...] [--out DIR] [--lexicon PATH ...] [--actors PATH]
                    [--jobs N] [--split none|lines|blank-lines] [--dedup none|sentences]
                    [--seed N] [--kwic N] [--max-doc-mb N] [--quiet]
  framelens lexicon check PATH ...
  framelens eval terms GOLD.jsonl [--lexicon PATH ...]
  framelens eval quotes GOLD.jsonl [--out DIR]
  framelens reproduce REPORT_DIR [--inputs-root PATH] [--allow-changed] [--keep DIR]`;

async function main(argv: string[]): Promise<number> {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h') {
    process.stdout.write(`${USAGE}\n`);
    return argv.length === 0 ? 1 : 0;
  }
  const two = `${argv[0]} ${argv[1] ?? ''}`;
  const [name, rest] = COMMANDS[two] ? [two, argv.slice(2)] : [argv[0]!, argv.slice(1)];
  const command = COMMANDS[name];
  if (!command) throw new UsageError(`unknown command '${argv.join(' ')}'\n${USAGE}`);
  return command(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      process.stderr.write(`framelens: ${error.message}\n`);
      process.exitCode = 1;
    } else {
      process.stderr.write(`framelens: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 2;
    }
  },
);
