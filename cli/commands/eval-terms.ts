// framelens eval terms GOLD.jsonl [--lexicon PATH ...]
// framelens eval terms --babe final_labels_SG2.csv [--lexicon PATH ...]
// Runs the pipeline on each gold text and prints precision, recall and F1 of term hits against
// the gold spans, word level and exact-span level, as a small table on stdout. --babe reads the
// BABE benchmark CSV instead, turning its biased_words into gold spans. Without --lexicon, the
// bundled lexicons are used. A bad gold line or lexicon stops with exit 1.
import { evaluateTerms, formatTermEvaluation, readGoldJsonl, type GoldDoc } from '../../pipeline/eval-terms.js';
import { DEFAULT_KWIC_WINDOW } from '../../pipeline/analyze-corpus.js';
import { formatProblem } from '../../pipeline/load-lexicon.js';
import { babeToGold } from '../../pipeline/eval/read-babe-gold.js';
import { lexiconsOrFail, parseCommandArgs, readUserFile, type Io } from '../command-args.js';
import { UsageError } from '../usage-error.js';

export const EVAL_TERMS_USAGE = `usage: framelens eval terms GOLD.jsonl [--lexicon PATH ...]
       framelens eval terms --babe final_labels_SG2.csv [--lexicon PATH ...]
  GOLD.jsonl  {"id","outlet","text","spans":[{"start","end","category?"}]} a line
  --babe      the BABE benchmark CSV; its biased_words become the gold spans
  --lexicon   lexicon files or folders, repeatable (default: the bundled lexicons)
  --help, -h  this help`;

export const EVAL_TERMS_OPTIONS = {
  lexicon: { type: 'string', multiple: true },
  babe: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;


export async function runEvalTerms(args: string[], io: Io = process): Promise<number> {
  const { values, positionals } = parseCommandArgs('eval terms', args, EVAL_TERMS_OPTIONS);
  if (values.help) {
    io.stdout.write(`${EVAL_TERMS_USAGE}\n`);
    return 0;
  }
  if ((values.babe === undefined) === (positionals.length !== 1)) {
    throw new UsageError(`give one gold file, or --babe CSV\n${EVAL_TERMS_USAGE}`);
  }
  const lexicons = await lexiconsOrFail(values.lexicon ?? []);
  const docs = values.babe === undefined ? await readGold(positionals[0]!) : await readBabe(values.babe, io);
  const evaluation = evaluateTerms(docs, { lexicons, kwicWindow: DEFAULT_KWIC_WINDOW });
  const names = lexicons.filter((l) => l.use === 'terms').map((l) => `${l.id} ${l.version}`.trim());
  io.stdout.write(`lexicons: ${names.join(', ')}\n${formatTermEvaluation(evaluation)}\n`);
  return 0;
}

async function readGold(path: string): Promise<GoldDoc[]> {
  const { docs, problems } = readGoldJsonl(await readUserFile(path), path);
  if (problems.length > 0) throw new UsageError(problems.map(formatProblem).join('\n'));
  return docs;
}

async function readBabe(path: string, io: Io): Promise<GoldDoc[]> {
  const gold = babeToGold(await readUserFile(path));
  const spans = gold.docs.reduce((n, d) => n + d.spans.length, 0);
  io.stdout.write(`BABE: ${gold.docs.length} sentences, ${gold.listedWords} listed biased words → ${spans} gold spans (${gold.unmatchedWords} words not found in their sentence)\n`);
  return gold.docs;
}
