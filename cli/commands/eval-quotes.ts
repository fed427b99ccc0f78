// framelens eval quotes GOLD.jsonl [--out DIR]
// Runs the pipeline (bundled lexicons: the speech verbs) on each gold text and prints quote
// detection precision/recall/F1 at token overlap 0.3 and 0.8, in the lenient and the strict
// scoring (pipeline/eval/match-quotes.ts), speaker accuracy on matched quotes, and breakdowns by
// gold kind, found kind and rule. --out DIR writes quote-matches.csv (lenient, overlap 0.3).
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DEFAULT_KWIC_WINDOW } from '../../pipeline/analyze-corpus.js';
import { evaluateQuotes, readGoldQuotes } from '../../pipeline/eval-quotes.js';
import { formatQuoteEvaluation, quoteMatchesCsv } from '../../pipeline/eval/format-quote-eval.js';
import { formatProblem } from '../../pipeline/load-lexicon.js';
import { lexiconsOrFail, parseCommandArgs, readUserFile, type Io } from '../command-args.js';
import { UsageError } from '../usage-error.js';

export const EVAL_QUOTES_USAGE = `usage: framelens eval quotes GOLD.jsonl [--out DIR]
  GOLD.jsonl  {"id","outlet","text","quotes":[{"start","end","speaker","kind"}]} a line
              (kind: direct, partial, indirect or scare; offsets cover the words without marks)
  --out DIR   also write DIR/quote-matches.csv: every gold and found quote at overlap 0.3
              (lenient scoring)
Scoring: lenient overlap |G∩F|/|G| and a speaker whose name shares its last word and is a
subset; strict overlap min(|G∩F|/|G|, |G∩F|/|F|) and the speaker's name itself.
  --help, -h  this help`;

export const EVAL_QUOTES_OPTIONS = { out: { type: 'string' }, help: { type: 'boolean', short: 'h' } } as const;

export async function runEvalQuotes(args: string[], io: Io = process): Promise<number> {
  const { values, positionals } = parseCommandArgs('eval quotes', args, EVAL_QUOTES_OPTIONS);
  if (values.help) {
    io.stdout.write(`${EVAL_QUOTES_USAGE}\n`);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError(`give one gold file\n${EVAL_QUOTES_USAGE}`);
  const file = positionals[0]!;
  const { docs, problems } = readGoldQuotes(await readUserFile(file), file);
  if (problems.length > 0) throw new UsageError(problems.map(formatProblem).join('\n'));
  const evaluations = evaluateQuotes(docs, { lexicons: await lexiconsOrFail([]), kwicWindow: DEFAULT_KWIC_WINDOW }, [0.3, 0.8], ['lenient', 'strict']);
  io.stdout.write(`${formatQuoteEvaluation(evaluations)}\n`);
  if (values.out !== undefined) {
    await mkdir(values.out, { recursive: true });
    const out = join(values.out, 'quote-matches.csv');
    await writeFile(out, quoteMatchesCsv(evaluations[0]!));
    io.stdout.write(`wrote ${out}\n`);
  }
  return 0;
}
