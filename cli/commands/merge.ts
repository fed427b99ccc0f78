// framelens merge PARTIAL_DIR ... --out DIR [--lexicon PATH ...] [--quiet]
// Joins the folders of `analyze --shard I/N` into the folder one run over the whole corpus
// writes (pipeline/merge-runs.ts). A refusal (a missing shard, shards from different
// commands) is one line and exit 1; nothing is written then.
import { mergeRuns } from '../../pipeline/index.js';
import { parseCommandArgs } from '../command-args.js';
import { UsageError } from '../usage-error.js';
import { countLine } from './analyze.js';
import type { CommandIo } from './analyze.js';

export const MERGE_USAGE = `usage: framelens merge PARTIAL_DIR ... --out DIR [--lexicon PATH ...] [--quiet]
  PARTIAL_DIR  the report folders of framelens analyze --shard 1/N … N/N, all N of them
  --out        the merged report folder: the same files, byte for byte, as one run
  --lexicon    the lexicon files the shards were analysed with (default: the bundled ones)
  --quiet      only the count line
  --help, -h   this help
  See docs/shards.md.`;

export const MERGE_OPTIONS = {
  out: { type: 'string' },
  lexicon: { type: 'string', multiple: true },
  quiet: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export async function runMerge(args: string[], io: CommandIo = process): Promise<number> {
  const { values, positionals } = parseCommandArgs('merge', args, MERGE_OPTIONS);
  if (values.help) {
    io.stdout.write(`${MERGE_USAGE}\n`);
    return 0;
  }
  if (values.out === undefined) throw new UsageError('merge: --out DIR is required (see framelens merge --help)');
  if (positionals.length === 0) throw new UsageError('merge: give the shard folders to merge (see framelens merge --help)');
  const outcome = await mergeRuns({ shardDirs: positionals, outDir: values.out, lexicons: values.lexicon ?? [] }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === undefined) throw error;
    throw new UsageError(`merge: cannot write to ${values.out}: ${error.code}`);
  });
  if (!outcome.ok) throw new UsageError(`merge: ${outcome.problems.join('\nframelens: merge: ')}`);
  if (values.quiet !== true) io.stderr.write(`${outcome.shards} shards merged into ${values.out}/\n`);
  io.stderr.write(`${countLine(outcome.counts)}\n`);
  return 0;
}
