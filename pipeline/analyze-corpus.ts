// Running a corpus: read every input (read-corpus.ts), set duplicates aside
// (mark-duplicates.ts), analyse each document (analyze-document.ts) and hand each record's
// outcome to a sink, in doc_id order. A document whose analysis throws is recorded as
// rejected (`internal error: …`) and the run goes on. `analyzeCorpus` collects the outcomes
// in memory (the library, small corpora); run-analysis.ts streams them into a report folder.
// Stops (problems, no run) only for a missing input path or a lexicon problem.
import { analyzeDocument, summarizeDocument } from './analyze-document.js';
import { compareDocIds } from './corpus/compare-doc-ids.js';
import { markDuplicates } from './corpus/mark-duplicates.js';
import { DEFAULT_READ_OPTIONS, metaOf, readCorpus } from './read-corpus.js';
import type { InputFileSummary, ReadOptions } from './read-corpus.js';
import { resolveLexicons } from './lexicon/resolve-lexicons.js';
import type { AnalysisContext, DocResult, Lexicon, ReadResult, RecordOutcome, RunResult, SetAsideRecord, SourceDoc } from './types.js';

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
  /** Worker threads analysing documents (1: in this thread). */
  readonly jobs?: number;
  readonly onProgress?: (progress: Progress) => void;
}

export interface RecordCounts {
  readonly read: number;
  readonly processed: number;
  readonly rejected: number;
  readonly duplicate: number;
}

/** Where a run's outcomes go, one record at a time in doc_id order. */
export interface RecordSink {
  add(outcome: RecordOutcome): unknown;
}

/** What a run leaves besides its outcomes: counts and what the manifest needs. */
export interface CorpusRun {
  readonly ok: true;
  readonly counts: RecordCounts;
  readonly files: readonly InputFileSummary[];
  readonly ignored: readonly string[];
  readonly lexicons: readonly Lexicon[];
}

export interface CorpusAnalysis extends CorpusRun {
  readonly run: RunResult;
}

export type Problems = { readonly ok: false; readonly problems: readonly string[] };
export type CorpusOutcome = CorpusAnalysis | Problems;

/** Analyses a corpus and keeps every outcome in memory. */
export async function analyzeCorpus(options: AnalyzeCorpusOptions): Promise<CorpusOutcome> {
  const processed: DocResult[] = [];
  const setAside: SetAsideRecord[] = [];
  const sink: RecordSink = { add: (o) => (o.kind === 'processed' ? processed.push(o.doc) : setAside.push(o.record)) };
  const done = await runCorpus(options, () => sink);
  if (!done.ok) return done;
  return { ...done, run: { processed, setAside, lexicons: done.lexicons } };
}

/** Reads the corpus and streams every outcome into the sink that `openSink` gives once the
 *  lexicons are loaded. */
export async function runCorpus(
  options: AnalyzeCorpusOptions,
  openSink: (lexicons: readonly Lexicon[]) => RecordSink | Promise<RecordSink>,
): Promise<CorpusRun | Problems> {
  const lexicons = await resolveLexicons(options.lexicons);
  if (!lexicons.ok) return lexicons;
  const read = await readCorpus(options.inputs, {
    split: options.split ?? DEFAULT_READ_OPTIONS.split,
    maxDocBytes: options.maxDocBytes ?? DEFAULT_READ_OPTIONS.maxDocBytes,
  });
  if (!read.ok) return read;
  const ctx: AnalysisContext = { lexicons: lexicons.lexicons, kwicWindow: options.kwicWindow ?? DEFAULT_KWIC_WINDOW };
  const sink = await openSink(lexicons.lexicons);
  const counts = await analyzeRecords(read.records, ctx, sink, options.onProgress);
  return { ok: true, counts, files: read.files, ignored: read.ignored, lexicons: lexicons.lexicons };
}

/** Dedup and analyse records already read, handing outcomes to the sink in doc_id order.
 *  Yields to the event loop now and then, so a progress bar can redraw during a long run. */
export async function analyzeRecords(
  records: readonly ReadResult[],
  ctx: AnalysisContext,
  sink: RecordSink,
  onProgress?: (progress: Progress) => void,
): Promise<RecordCounts> {
  const sorted = markDuplicates(records).sort((a, b) => compareDocIds(metaOf(a).docId, metaOf(b).docId));
  const counts = { read: records.length, processed: 0, rejected: 0, duplicate: 0 };
  const total = sorted.filter((r) => r.kind === 'doc').length;
  let done = 0;
  let lastYield = Date.now();
  for (const r of sorted) {
    const outcome = r.kind === 'set-aside' ? ({ kind: 'set-aside', record: r.record } as const) : analyzeOne(r.doc, ctx);
    if (outcome.kind === 'processed') counts.processed++;
    else counts[outcome.record.status]++;
    await sink.add(outcome);
    if (r.kind === 'set-aside') continue;
    onProgress?.({ done: ++done, total });
    if (Date.now() - lastYield > 50) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      lastYield = Date.now();
    }
  }
  return counts;
}

function analyzeOne(doc: SourceDoc, ctx: AnalysisContext): RecordOutcome {
  try {
    return { kind: 'processed', doc: summarizeDocument(analyzeDocument(doc, ctx)) };
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return { kind: 'set-aside', record: { meta: doc.meta, status: 'rejected', reason: `internal error: ${why}` } };
  }
}
