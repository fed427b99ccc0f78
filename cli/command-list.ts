// Every framelens command, with its one-line summary and its full help, and the commands the
// interface names that are not written yet (they print one line and exit 1). The lead adds a
// command here when it lands: move it from NOT_YET to COMMANDS.
import { ANALYZE_OPTIONS, ANALYZE_USAGE, runAnalyze, type CommandIo } from './commands/analyze.js';
import { EVAL_QUOTES_OPTIONS, EVAL_QUOTES_USAGE, runEvalQuotes } from './commands/eval-quotes.js';
import { EVAL_TERMS_OPTIONS, EVAL_TERMS_USAGE, runEvalTerms } from './commands/eval-terms.js';
import { MERGE_OPTIONS, MERGE_USAGE, runMerge } from './commands/merge.js';
import { REPRODUCE_OPTIONS, REPRODUCE_USAGE, runReproduce } from './commands/reproduce.js';
import { LEXICON_CHECK_OPTIONS, LEXICON_CHECK_USAGE, runLexiconCheck } from './commands/lexicon-check.js';

export interface CommandSpec {
  /** One or two words: `analyze`, `lexicon check`. */
  readonly name: string;
  readonly summary: string;
  /** The --help text: synopsis and every option. */
  readonly usage: string;
  /** Its options (node:util parseArgs), each explained in `usage`. */
  readonly options: Readonly<Record<string, { readonly type: string; readonly short?: string }>>;
  readonly run: (args: string[], io: CommandIo) => Promise<number>;
}

export const COMMANDS: readonly CommandSpec[] = [
  { name: 'analyze', summary: 'analyse a corpus and write the report folder', usage: ANALYZE_USAGE, options: ANALYZE_OPTIONS, run: runAnalyze },
  { name: 'merge', summary: 'join the folders of analyze --shard I/N into the folder of one run', usage: MERGE_USAGE, options: MERGE_OPTIONS, run: runMerge },
  { name: 'reproduce', summary: 're-run a report folder from its manifest and compare it byte for byte', usage: REPRODUCE_USAGE, options: REPRODUCE_OPTIONS, run: runReproduce },
  { name: 'lexicon check', summary: 'validate lexicon files, every problem at FILE:LINE:COL', usage: LEXICON_CHECK_USAGE, options: LEXICON_CHECK_OPTIONS, run: runLexiconCheck },
  { name: 'eval terms', summary: 'precision/recall of term hits against gold spans', usage: EVAL_TERMS_USAGE, options: EVAL_TERMS_OPTIONS, run: runEvalTerms },
  { name: 'eval quotes', summary: 'precision/recall of quotes and speakers against gold quotes', usage: EVAL_QUOTES_USAGE, options: EVAL_QUOTES_OPTIONS, run: runEvalQuotes },
];

/** Named by the interface, not written yet: name → its synopsis. */
export const NOT_YET: Readonly<Record<string, string>> = {
};
