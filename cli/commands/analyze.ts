// framelens analyze [INPUT ...] [--out DIR] [--lexicon PATH ...] [--actors PATH] [--jobs N]
//   [--split none|lines|blank-lines] [--dedup none|sentences] [--seed N] [--kwic N]
//   [--max-doc-mb N] [--quiet]
// Parses the arguments, calls the library (analyzeCorpus, writeReports), prints progress,
// notes and the final count line on stderr. Bad usage, a missing input or a lexicon problem
// throws UsageError (exit 1, no stack trace); rejected records never stop the run.
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import {
  DEDUP_MODES,
  DEFAULT_KWIC_WINDOW,
  DEFAULT_MAX_DOC_MB,
  defaultJobs,
  hashFile,
  runAnalysis,
  settingNotes,
  SPLIT_MODES,
} from '../../pipeline/index.js';
import type { DedupMode, RecordCounts, RunSettings, SetAsideRecord, SplitMode } from '../../pipeline/index.js';
import { BUNDLED_CORPUS_DIR } from '../../pipeline/package-root.js';
import { createProgress } from '../progress.js';
import type { ErrorStream } from '../progress.js';
import { parseCommandArgs } from '../command-args.js';
import { UsageError } from '../usage-error.js';

export const ANALYZE_USAGE = `usage: framelens analyze [INPUT ...] [--out DIR] [--lexicon PATH ...] [--actors PATH]
                         [--jobs N] [--split none|lines|blank-lines] [--dedup none|sentences]
                         [--seed N] [--kwic N] [--max-doc-mb N] [--quiet]
  INPUT   .csv, .jsonl or .txt files or folders (default: the bundled corpus/)
  --out   report folder (default: reports)`;

const OPTIONS = {
  out: { type: 'string' },
  lexicon: { type: 'string', multiple: true },
  actors: { type: 'string' },
  jobs: { type: 'string' },
  split: { type: 'string' },
  dedup: { type: 'string' },
  seed: { type: 'string' },
  kwic: { type: 'string' },
  'max-doc-mb': { type: 'string' },
  quiet: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

const SHOWN_REASONS = 10;

export interface CommandIo {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: ErrorStream;
}

export async function runAnalyze(args: string[], io: CommandIo = process): Promise<number> {
  const { values, positionals } = parseCommandArgs('analyze', args, OPTIONS);
  if (values.help) {
    io.stdout.write(`${ANALYZE_USAGE}\n`);
    return 0;
  }
  const settings: RunSettings = {
    split: oneOf('--split', values.split ?? 'none', SPLIT_MODES) as SplitMode,
    dedup: oneOf('--dedup', values.dedup ?? 'none', DEDUP_MODES) as DedupMode,
    kwicWindow: wholeNumber('--kwic', values.kwic, DEFAULT_KWIC_WINDOW, 0),
    maxDocMb: positiveNumber('--max-doc-mb', values['max-doc-mb'], DEFAULT_MAX_DOC_MB),
    seed: values.seed === undefined ? null : wholeNumber('--seed', values.seed, 0, 0),
    jobs: wholeNumber('--jobs', values.jobs, defaultJobs(), 1),
    actors: values.actors === undefined ? null : await describeActors(values.actors),
  };
  const outDir = values.out ?? 'reports';
  await checkOutDir(outDir);
  const progress = createProgress(io.stderr, values.quiet === true);
  for (const note of settingNotes(settings)) io.stderr.write(`framelens: note: ${note}\n`);
  const outcome = await runAnalysis({
    inputs: positionals.length > 0 ? positionals : [BUNDLED_CORPUS_DIR],
    lexicons: values.lexicon ?? [],
    split: settings.split,
    maxDocBytes: Math.floor(settings.maxDocMb * 1_048_576),
    kwicWindow: settings.kwicWindow,
    jobs: settings.jobs,
    onProgress: (p) => progress.update(p),
    outDir,
    settings,
    keepRejected: SHOWN_REASONS,
  }).catch((error: NodeJS.ErrnoException) => {
    progress.stop();
    if (error.code === undefined) throw error;
    throw new UsageError(`cannot write reports to ${outDir}: ${error.code}`);
  });
  progress.stop();
  if (!outcome.ok) throw new UsageError(outcome.problems.join('\nframelens: '));
  if (values.quiet !== true) {
    printReasons(io.stderr, outcome.rejected, outcome.counts.rejected);
    io.stderr.write(`reports written to ${outDir}/\n`);
  }
  io.stderr.write(`${countLine(outcome.counts)}\n`);
  return 0;
}

/** `12 read, 10 processed, 1 rejected, 1 duplicate`: the last line on stderr. */
export function countLine(c: RecordCounts): string {
  return `${c.read} read, ${c.processed} processed, ${c.rejected} rejected, ${c.duplicate} duplicate${c.duplicate === 1 ? '' : 's'}`;
}

function oneOf(name: string, value: string, allowed: readonly string[]): string {
  if (!allowed.includes(value)) throw new UsageError(`analyze: ${name} must be one of ${allowed.join(', ')}, not '${value}'`);
  return value;
}

function wholeNumber(name: string, value: string | undefined, fallback: number, min: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < min) throw new UsageError(`analyze: ${name} must be a whole number >= ${min}, not '${value}'`);
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

async function checkOutDir(outDir: string): Promise<void> {
  const info = await stat(outDir).catch(() => null);
  if (info && !info.isDirectory()) throw new UsageError(`analyze: --out ${outDir} is a file, not a folder`);
}

function printReasons(stderr: ErrorStream, shown: readonly SetAsideRecord[], total: number): void {
  for (const s of shown) stderr.write(`rejected ${s.meta.docId}: ${s.reason}\n`);
  if (total > shown.length) stderr.write(`… and ${total - shown.length} more rejected (see documents.csv)\n`);
}
