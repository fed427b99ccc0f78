// manifest.json: what a reader needs to reproduce or audit a run — versions, input files
// with sha256, lexicons with version and sha256, the options, and record counts. Holds no
// timestamp and no absolute path, so identical runs on one machine give identical bytes.
// Also says plainly which options are accepted but not yet in effect (settingNotes).
import { basename, relative, sep } from 'node:path';
import type { CorpusRun } from '../analyze-corpus.js';
import { PACKAGE_ROOT, PACKAGE_VERSION } from '../package-root.js';
import type { SplitMode } from '../corpus/read-txt.js';
import type { DedupMode, PeriodMode, StatsOptions } from '../stats/stats-options.js';
import type { Lexicon } from '../types.js';
import { formatShard } from '../shard.js';
import type { Shard } from '../shard.js';
import type { ReproduceBlock } from '../reproduce/record-invocation.js';

export { DEDUP_MODES, PERIOD_MODES } from '../stats/stats-options.js';
export type { DedupMode, PeriodMode } from '../stats/stats-options.js';

/** The options of a run as the manifest records them. */
export interface RunSettings {
  readonly split: SplitMode;
  readonly dedup: DedupMode;
  readonly kwicWindow: number;
  readonly maxDocMb: number;
  /** Seed of the bootstrap (--seed; default DEFAULT_SEED). */
  readonly seed: number;
  /** Bootstrap replicates (--bootstrap; 0 = no intervals). */
  readonly bootstrap: number;
  /** Period of outlet_periods.csv (--period). */
  readonly period: PeriodMode;
  /** Worker threads (--jobs). Not in the manifest: it changes no byte of the reports, and a
   *  manifest must not differ between machines with different core counts. */
  readonly jobs: number;
  /** The --actors file (name and sha256) if one was given; the actors lexicon in use is also
   *  listed, hashed, under `lexicons` like every other lexicon. */
  readonly actors: { readonly file: string; readonly sha256: string } | null;
  /** --shard I/N: this run is one slice of a corpus (absent: the whole corpus). */
  readonly shard?: Shard;
}

/** One sentence for each option that was accepted but does nothing yet in this version. */
export function settingNotes(s: RunSettings): string[] {
  const notes: string[] = [];
  return notes;
}

/** What the statistics read of the settings (RunTotals.options). */
export function statsOptionsOf(s: RunSettings): StatsOptions {
  return { seed: s.seed, bootstrap: s.bootstrap, period: s.period, dedup: s.dedup };
}

/** A lexicon or input path without the machine's folders: bundled files relative to the
 *  package, others by file name. */
export function portablePath(path: string): string {
  const rel = relative(PACKAGE_ROOT, path);
  return rel.startsWith('..') || rel === path ? basename(path) : rel.split(sep).join('/');
}

/** `reproduce` (pipeline/reproduce/record-invocation.ts): how to re-run this folder, for
 *  `framelens reproduce`; absent when the caller is a library user who gave none. */
export function buildManifest(analysis: CorpusRun, settings: RunSettings, reproduce?: ReproduceBlock): Record<string, unknown> {
  return {
    framelens: PACKAGE_VERSION,
    node: process.version,
    options: {
      split: settings.split,
      dedup: settings.dedup,
      kwic: settings.kwicWindow,
      max_doc_mb: settings.maxDocMb,
      seed: settings.seed,
      bootstrap: settings.bootstrap,
      period: settings.period,
      actors: settings.actors,
      ...(settings.shard ? { shard: formatShard(settings.shard) } : {}),
    },
    notes: settingNotes(settings),
    counts: analysis.counts,
    inputs: analysis.files,
    ignored_files: analysis.ignored,
    lexicons: manifestLexicons(analysis.lexicons),
    reproduce,
  };
}

/** The lexicons as the manifest lists them (a merge compares these with its shards'). */
export function manifestLexicons(lexicons: readonly Lexicon[]): ManifestLexicon[] {
  return lexicons.map((l) => ({ id: l.id, version: l.version, use: l.use, file: portablePath(l.file), sha256: l.sha256, entries: l.entries.length }));
}

export interface ManifestLexicon {
  readonly id: string;
  readonly version: string;
  readonly use: string;
  readonly file: string;
  readonly sha256: string;
  readonly entries: number;
}
