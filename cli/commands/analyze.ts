// framelens analyze [INPUT ...] [--out DIR] [--lexicon PATH ...] [--actors PATH] [--jobs N]
//   [--split none|lines|blank-lines] [--dedup none|sentences] [--seed N] [--bootstrap B]
//   [--period month|week|year|none] [--kwic N] [--max-doc-mb N] [--shard I/N] [--quiet]
// Parses the arguments, calls the library (runAnalysis), prints progress,
// notes and the final count line on stderr. Bad usage, a missing input or a lexicon problem
// throws UsageError (exit 1, no stack trace); rejected records never stop the run.
import { basename } from 'node:path';
import {
  DEDUP_MODES,
  DEFAULT_BOOTSTRAP,
  DEFAULT_KWIC_WINDOW,
  DEFAULT_SEED,
  PERIOD_MODES,
  DEFAULT_MAX_DOC_MB,
  defaultJobs,
  hashFile,
  parseShard,
  recordInvocation,
  runAnalysis,
  RunFolderError,
  settingNotes,
  SPLIT_MODES,
} from '../../pipeline/index.js';
import type { CorpusRun, DedupMode, PeriodMode, RecordCounts, RunSettings, SetAsideRecord, Shard, SplitMode } from '../../pipeline/index.js';
import { BUNDLED_CORPUS_DIR } from '../../pipeline/package-root.js';
import { createProgress } from '../progress.js';
import type { ErrorStream } from '../progress.js';
import { parseCommandArgs } from '../command-args.js';
import { UsageError } from '../usage-error.js';

export const ANALYZE_USAGE = `usage: framelens analyze [INPUT ...] [--out DIR] [--lexicon PATH ...] [--actors PATH]
                         [--jobs N] [--split none|lines|blank-lines] [--dedup none|sentences]
                         [--seed N] [--bootstrap B] [--period month|week|year|none]
                         [--kwic N] [--max-doc-mb N] [--shard I/N] [--quiet]
  INPUT              .csv, .jsonl or .txt files or folders, walked recursively
                     (default: the bundled sample corpus/)
  --out DIR          report folder (default: reports); replaced as a whole when the run
                     ends; a folder of other files is refused
  --lexicon PATH     lexicon file or folder, repeatable (default: the bundled lexicons/)
  --actors PATH      actors lexicon (use: actors) replacing the bundled lexicons/actors.yaml
  --jobs N           worker threads analysing documents, N >= 1 (default: the machine's
                     cores); the reports are the same bytes for every N
  --split MODE       none: a .txt file is one document; lines, blank-lines: one document
                     per line or per blank-line-separated block (default none)
  --dedup MODE       none, or sentences: a sentence repeated within an outlet counts once
                     in every rate (its rows are flagged duplicate_sentence) (default none)
  --seed N           seed of the bootstrap intervals, N >= 0 (default ${DEFAULT_SEED})
  --bootstrap B      bootstrap replicates for the 95% intervals (default ${DEFAULT_BOOTSTRAP};
                     0 = no intervals)
  --period MODE      period of outlet_periods.csv: month, week (ISO), year or none
                     (default month)
  --kwic N           words of context left and right of a term hit, N >= 0 (default 8)
  --max-doc-mb N     documents larger than N MB are rejected, N > 0 (default 20)
  --shard I/N        process only slice I of N (by a hash of doc_id); join the N folders
                     with framelens merge (docs/shards.md)
  --quiet            no progress and no notes; warnings and the count line still print
  --help, -h         this help`;

export const ANALYZE_OPTIONS = {
  out: { type: 'string' },
  lexicon: { type: 'string', multiple: true },
  actors: { type: 'string' },
  jobs: { type: 'string' },
  split: { type: 'string' },
  dedup: { type: 'string' },
  seed: { type: 'string' },
  bootstrap: { type: 'string' },
  period: { type: 'string' },
  kwic: { type: 'string' },
  'max-doc-mb': { type: 'string' },
  shard: { type: 'string' },
  quiet: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

const SHOWN_REASONS = 10;

export interface CommandIo {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: ErrorStream;
}

export async function runAnalyze(args: string[], io: CommandIo = process): Promise<number> {
  const { values, positionals } = parseCommandArgs('analyze', args, ANALYZE_OPTIONS);
  if (values.help) {
    io.stdout.write(`${ANALYZE_USAGE}\n`);
    return 0;
  }
  const settings: RunSettings = {
    split: oneOf('--split', values.split ?? 'none', SPLIT_MODES) as SplitMode,
    dedup: oneOf('--dedup', values.dedup ?? 'none', DEDUP_MODES) as DedupMode,
    kwicWindow: wholeNumber('--kwic', values.kwic, DEFAULT_KWIC_WINDOW, 0),
    maxDocMb: positiveNumber('--max-doc-mb', values['max-doc-mb'], DEFAULT_MAX_DOC_MB),
    seed: wholeNumber('--seed', values.seed, DEFAULT_SEED, 0),
    bootstrap: wholeNumber('--bootstrap', values.bootstrap, DEFAULT_BOOTSTRAP, 0),
    period: oneOf('--period', values.period ?? 'month', PERIOD_MODES) as PeriodMode,
    jobs: wholeNumber('--jobs', values.jobs, defaultJobs(), 1),
    actors: values.actors === undefined ? null : await describeActors(values.actors),
    ...(values.shard === undefined ? {} : { shard: shardOption(values.shard) }),
  };
  const outDir = values.out ?? 'reports';
  const inputs = positionals.length > 0 ? positionals : [BUNDLED_CORPUS_DIR];
  const quiet = values.quiet === true;
  for (const note of settingNotes(settings)) io.stderr.write(`framelens: note: ${note}\n`);
  const progress = createProgress(io.stderr, quiet);
  const outcome = await runAnalysis({
    inputs,
    lexicons: values.lexicon ?? [],
    actors: values.actors ?? null,
    split: settings.split,
    maxDocBytes: Math.floor(settings.maxDocMb * 1_048_576),
    kwicWindow: settings.kwicWindow,
    jobs: settings.jobs,
    onProgress: (p) => progress.update(p),
    outDir,
    settings,
    keepRejected: SHOWN_REASONS,
    reproduce: await recordInvocation({ inputs, lexicons: values.lexicon ?? [], actors: values.actors ?? null, outDir, options: recordedOptions(values) }),
  }).catch((error: NodeJS.ErrnoException) => {
    progress.stop();
    if (error instanceof RunFolderError) throw new UsageError(error.message);
    if (error.code === undefined && !/Invalid string length/.test(error.message)) throw error;
    throw new UsageError(`cannot write reports to ${outDir} (${error.code ?? error.message}); the folder is left as it was`);
  });
  progress.stop();
  if (!outcome.ok) throw new UsageError(`${outcome.code === undefined ? '' : 'analyze: '}${outcome.problems.join('\nframelens: ')}`);
  for (const note of outcome.notes) io.stderr.write(`framelens: note: ${note}\n`);
  const warning = emptyRunWarning(outcome, inputs);
  if (warning !== null) io.stderr.write(`framelens: warning: ${warning}\n`);
  if (!quiet) {
    printReasons(io.stderr, outcome.rejected, outcome.counts.rejected);
    io.stderr.write(`reports written to ${outDir}/\n`);
  }
  io.stderr.write(`${countLine(outcome.counts)}\n`);
  return 0;
}

/** Every option that shapes the results, as given (paths and output options aside), in a
 *  fixed order: what `framelens reproduce` passes to analyze again. */
function recordedOptions(values: Record<string, string | boolean | string[] | undefined>): string[] {
  const skip = new Set(['out', 'quiet', 'help', 'lexicon', 'actors', 'jobs']);
  return Object.keys(ANALYZE_OPTIONS).flatMap((name) => {
    const value = values[name];
    if (skip.has(name) || value === undefined || value === false) return [];
    if (value === true) return [`--${name}`];
    return (Array.isArray(value) ? value : [value]).flatMap((v) => [`--${name}`, v]);
  });
}

/** `12 read, 10 processed, 1 rejected, 1 duplicate`: the last line on stderr. */
export function countLine(c: RecordCounts): string {
  return `${c.read} read, ${c.processed} processed, ${c.rejected} rejected, ${c.duplicate} duplicate${c.duplicate === 1 ? '' : 's'}`;
}

function oneOf(name: string, value: string, allowed: readonly string[]): string {
  if (!allowed.includes(value)) throw new UsageError(`analyze: ${name} must be one of ${allowed.join(', ')}, not '${value}'`);
  return value;
}

function shardOption(value: string): Shard {
  const parsed = parseShard(value);
  if (!parsed.ok) throw new UsageError(`analyze: ${parsed.message}`);
  return parsed.shard;
}

function wholeNumber(name: string, value: string | undefined, fallback: number, min: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < min || !Number.isSafeInteger(Number(value))) throw new UsageError(`analyze: ${name} must be a whole number >= ${min}, not '${value}'`);
  return Number(value);
}

function positiveNumber(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n <= 0) throw new UsageError(`analyze: ${name} must be a number > 0, not '${value}'`);
  return n;
}

async function describeActors(path: string): Promise<{ file: string; sha256: string }> {
  const sha256 = await hashFile(path).catch(() => {
    throw new UsageError(`analyze: --actors ${path}: no such file or not readable`);
  });
  return { file: basename(path), sha256 };
}

/** A run that analysed nothing says so (an empty or mistyped input folder), even with --quiet. */
export function emptyRunWarning(outcome: CorpusRun, inputs: readonly string[]): string | null {
  const { read, processed } = outcome.counts;
  if (processed > 0) return null;
  if (read > 0) return `none of the ${read} records could be analysed (reasons in documents.csv)`;
  const n = outcome.ignored.length;
  const ignored = n === 0 ? '' : `; ${n} ${n === 1 ? 'entry' : 'entries'} ignored (ignored_files in manifest.json), e.g. ${outcome.ignored[0]!.file}: ${outcome.ignored[0]!.reason}`;
  return `no documents found in ${inputs.join(', ')} (no .csv, .jsonl or .txt files)${ignored}`;
}

function printReasons(stderr: ErrorStream, shown: readonly SetAsideRecord[], total: number): void {
  for (const s of shown) stderr.write(`rejected ${s.meta.docId}: ${s.reason}\n`);
  if (total > shown.length) stderr.write(`… and ${total - shown.length} more rejected (see documents.csv)\n`);
}
