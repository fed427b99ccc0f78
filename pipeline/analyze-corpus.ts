// Running a corpus: read every input (read-corpus.ts), set duplicates aside
// (mark-duplicates.ts), analyse each document (analyze-document.ts) and keep its summary.
// A document whose analysis throws is recorded as rejected (`internal error: …`) and the run
// goes on. Returns a RunResult in doc_id order, plus what the manifest needs; stops with
// problems (no run) only for a missing input path or a lexicon problem.
import { analyzeDocument, summarizeDocument } from './analyze-document.js';
import { compareDocIds } from './corpus/compare-doc-ids.js';
import { markDuplicates } from './corpus/mark-duplicates.js';
import { DEFAULT_READ_OPTIONS, metaOf, readCorpus } from './read-corpus.js';
import type { InputFileSummary, ReadOptions } from './read-corpus.js';
import type { IgnoredInput } from './corpus/walk-inputs.js';
import { resolveLexicons } from './lexicon/resolve-lexicons.js';
import type { AnalysisContext, DocResult, ReadResult, RunResult, SetAsideRecord } from './types.js';

export const DEFAULT_KWIC_WINDOW = 8;

export interface Progress {
  readonly done: number;
  readonly total: number;
}

export interface AnalyzeCorpusOptions extends Partial<ReadOptions> {
  /** Files and folders to read. */
  readonly inputs: readonly string[];
  /** Lexicon files or folders; none: the bundled lexicons. */
  readonly lexicons?: readonly string[];
  readonly kwicWindow?: number;
  readonly onProgress?: (progress: Progress) => void;
}

export interface RecordCounts {
  readonly read: number;
  readonly processed: number;
  readonly rejected: number;
  readonly duplicate: number;
}

export interface CorpusAnalysis {
  readonly ok: true;
  readonly run: RunResult;
  readonly counts: RecordCounts;
  readonly files: readonly InputFileSummary[];
  readonly ignored: readonly IgnoredInput[];
}

export type CorpusOutcome = CorpusAnalysis | { readonly ok: false; readonly problems: readonly string[] };

export async function analyzeCorpus(options: AnalyzeCorpusOptions): Promise<CorpusOutcome> {
  const lexicons = await resolveLexicons(options.lexicons);
  if (!lexicons.ok) return lexicons;
  const read = await readCorpus(options.inputs, {
    split: options.split ?? DEFAULT_READ_OPTIONS.split,
    maxDocBytes: options.maxDocBytes ?? DEFAULT_READ_OPTIONS.maxDocBytes,
  });
  if (!read.ok) return read;
  const ctx: AnalysisContext = { lexicons: lexicons.lexicons, kwicWindow: options.kwicWindow ?? DEFAULT_KWIC_WINDOW };
  const run = await analyzeRecords(read.records, ctx, options.onProgress);
  return { ok: true, run, counts: countRecords(run, read.records.length), files: read.files, ignored: read.ignored };
}

/** Dedup and analyse records already read. Yields to the event loop now and then, so a
 *  progress bar can redraw during a long run. */
export async function analyzeRecords(
  records: readonly ReadResult[],
  ctx: AnalysisContext,
  onProgress?: (progress: Progress) => void,
): Promise<RunResult> {
  const sorted = markDuplicates(records).sort((a, b) => compareDocIds(metaOf(a).docId, metaOf(b).docId));
  const processed: DocResult[] = [];
  const setAside: SetAsideRecord[] = [];
  const total = sorted.filter((r) => r.kind === 'doc').length;
  let done = 0;
  let lastYield = Date.now();
  for (const r of sorted) {
    if (r.kind === 'set-aside') {
      setAside.push(r.record);
      continue;
    }
    try {
      processed.push(summarizeDocument(analyzeDocument(r.doc, ctx)));
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      setAside.push({ meta: r.doc.meta, status: 'rejected', reason: `internal error: ${why}` });
    }
    onProgress?.({ done: ++done, total });
    if (Date.now() - lastYield > 50) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      lastYield = Date.now();
    }
  }
  return { processed, setAside, lexicons: ctx.lexicons };
}

export function countRecords(run: RunResult, read: number): RecordCounts {
  const duplicate = run.setAside.filter((s) => s.status === 'duplicate').length;
  return { read, processed: run.processed.length, rejected: run.setAside.length - duplicate, duplicate };
}
