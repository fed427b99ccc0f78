// framelens reproduce REPORT_DIR [--inputs-root PATH] [--allow-changed] [--keep DIR]
// Re-runs what REPORT_DIR/manifest.json describes into a temporary folder (or --keep DIR) and
// compares every file byte for byte. Prints `identical` (exit 0), or each differing file with
// its first differing rows (exit 3). Exit 1 when the run cannot be reproduced: a missing input
// or lexicon, or a changed one without --allow-changed (each named with both sha256). Version
// differences (framelens, Node, wink) are printed as notes on stderr and do not count as
// differences by themselves.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { alignRecordedParts, compareRunFolders, planReproduction, writeHtmlReport } from '../../pipeline/index.js';
import { parseCommandArgs } from '../command-args.js';
import { UsageError } from '../usage-error.js';
import { runAnalyze } from './analyze.js';
import type { CommandIo } from './analyze.js';

export const REPRODUCE_USAGE = `usage: framelens reproduce REPORT_DIR [--inputs-root PATH] [--allow-changed] [--keep DIR]
  REPORT_DIR      a folder written by framelens analyze (its manifest.json says how)
  --inputs-root   the folder that now holds the inputs (when the corpus moved)
  --allow-changed re-run even when an input or lexicon changed since the recorded run
  --keep DIR      write the re-run to DIR and keep it (default: a temporary folder, removed)
  --help, -h      this help
exit 0 identical, 3 differs, 1 cannot reproduce`;

export const REPRODUCE_OPTIONS = {
  'inputs-root': { type: 'string' },
  'allow-changed': { type: 'boolean' },
  keep: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export const EXIT_DIFFERS = 3;

export async function runReproduce(args: string[], io: CommandIo = process): Promise<number> {
  const { values, positionals } = parseCommandArgs('reproduce', args, REPRODUCE_OPTIONS);
  if (values.help) {
    io.stdout.write(`${REPRODUCE_USAGE}\n`);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError(`reproduce: give exactly one report folder\n${REPRODUCE_USAGE}`);
  const dir = resolve(positionals[0]!);
  const plan = await planReproduction(dir, {
    ...(values['inputs-root'] === undefined ? {} : { inputsRoot: resolve(values['inputs-root']) }),
    allowChanged: values['allow-changed'] === true,
  });
  if (!plan.ok) {
    for (const p of plan.problems) io.stderr.write(`cannot reproduce: ${p}\n`);
    return 1;
  }
  for (const note of plan.notes) io.stderr.write(`note: ${note}\n`);
  const scratch = values.keep === undefined ? await mkdtemp(join(tmpdir(), 'framelens-reproduce-')) : null;
  const out = values.keep === undefined ? join(scratch!, 'run') : resolve(values.keep);
  try {
    const silent: CommandIo = { stdout: { write: () => true }, stderr: { write: () => true, isTTY: false } };
    const code = await runAnalyze([...plan.analyzeArgs, '--out', out, '--quiet'], silent).catch((error: unknown) => {
      if (error instanceof UsageError) {
        io.stderr.write(`cannot reproduce: the recorded analyze arguments fail: ${error.message}\n`);
        return 1;
      }
      throw error;
    });
    if (code !== 0) return 1;
    if (await alignRecordedParts(dir, out)) await writeHtmlReport(out);
    const differences = await compareRunFolders(dir, out);
    if (differences.length === 0) {
      io.stdout.write('identical\n');
      return 0;
    }
    io.stdout.write(`differs: ${differences.length} file${differences.length === 1 ? '' : 's'}\n`);
    for (const d of differences) io.stdout.write(`${d.file}\n${d.details.map((l) => `  ${l}\n`).join('')}`);
    return EXIT_DIFFERS;
  } finally {
    if (scratch) await rm(scratch, { recursive: true, force: true });
  }
}
