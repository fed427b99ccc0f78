// manifest.json: what a reader needs to reproduce or audit a run — versions, input files
// with sha256, lexicons with version and sha256, the options, and record counts. Holds no
// timestamp and no absolute path, so identical runs on one machine give identical bytes.
// Also says plainly which options are accepted but not yet in effect (settingNotes).
import { basename, relative, sep } from 'node:path';
import type { CorpusRun } from '../analyze-corpus.js';
import { PACKAGE_ROOT, PACKAGE_VERSION } from '../package-root.js';
import type { SplitMode } from '../corpus/read-txt.js';

export type DedupMode = 'none' | 'sentences';
export const DEDUP_MODES: readonly DedupMode[] = ['none', 'sentences'];

/** The options of a run as the manifest records them. */
export interface RunSettings {
  readonly split: SplitMode;
  readonly dedup: DedupMode;
  readonly kwicWindow: number;
  readonly maxDocMb: number;
  readonly seed: number | null;
  readonly jobs: number;
  /** The --actors file (name and sha256) if one was given. */
  readonly actors: { readonly file: string; readonly sha256: string } | null;
}

/** One sentence for each option that was accepted but does nothing yet in this version. */
export function settingNotes(s: RunSettings): string[] {
  const notes: string[] = [];
  if (s.dedup === 'sentences') notes.push('--dedup sentences is not implemented yet: only whole duplicate documents are set aside');
  if (s.actors) notes.push('--actors is recorded but not used yet: label targets stay empty');
  if (s.seed !== null) notes.push('--seed is recorded; nothing in this version is random, so it does not change results');
  return notes;
}

/** A lexicon or input path without the machine's folders: bundled files relative to the
 *  package, others by file name. */
export function portablePath(path: string): string {
  const rel = relative(PACKAGE_ROOT, path);
  return rel.startsWith('..') || rel === path ? basename(path) : rel.split(sep).join('/');
}

export function buildManifest(analysis: CorpusRun, settings: RunSettings): Record<string, unknown> {
  return {
    framelens: PACKAGE_VERSION,
    node: process.version,
    options: {
      split: settings.split,
      dedup: settings.dedup,
      kwic: settings.kwicWindow,
      max_doc_mb: settings.maxDocMb,
      seed: settings.seed,
      jobs: settings.jobs,
      actors: settings.actors,
    },
    notes: settingNotes(settings),
    counts: analysis.counts,
    inputs: analysis.files,
    ignored_files: analysis.ignored,
    lexicons: analysis.lexicons.map((l) => ({
      id: l.id,
      version: l.version,
      use: l.use,
      file: portablePath(l.file),
      sha256: l.sha256,
      entries: l.entries.length,
    })),
  };
}
