// Running a corpus: index every input (read-corpus.ts: each record scanned once, duplicates
// found by hash), then read the records again in doc_id order, analyse the documents — in this
// thread (jobs 1) or in a pool of worker threads (pool/worker-pool.ts) — and hand each
// record's outcome to a sink, in doc_id order. Batches of documents are in flight at once and
// merged back in order, so the sink sees the same sequence whatever the number of jobs, and
// memory holds only the index, the batches in flight and what the sink keeps. A document whose
// analysis throws is rejected (`internal error: …`) and the run goes on. `analyzeCorpus`
// collects the outcomes in memory (the library, small corpora); run-analysis.ts streams them
// into a report folder. Stops (problems, no run) only for a missing input or a lexicon problem.
import { availableParallelism } from 'node:os';
import { compareDocIds } from './corpus/compare-doc-ids.js';
import { markDuplicates } from './corpus/mark-duplicates.js';
import { analyzeOrdered, startPool } from './pool/analyze-in-order.js';
import { DEFAULT_READ_OPTIONS, indexCorpus, metaOf } from './read-corpus.js';
import type { InputFileSummary, ReadOptions } from './read-corpus.js';
import type { IgnoredInput } from './corpus/walk-inputs.js';
import { resolveLexicons } from './lexicon/resolve-lexicons.js';
import { inShard } from './shard.js';
import type { Shard } from './shard.js';
import type { SinkRecord } from './reports/prepare-record.js';
import type { LemmaSums } from './stats/lemma-counts.js';
import type { AnalysisContext, DocResult, Lexicon, ReadResult, RunResult, SetAsideRecord } from './types.js';

export const DEFAULT_KWIC_WINDOW = 8;

/** The CLI's default --jobs: the cores this process may use. */
export function defaultJobs(): number {
  return availableParallelism();
}

export interface Progress {
  /** Documents analysed, of `total`. */
  readonly done: number;
  readonly total: number;
  /** Bytes of text analysed, of `totalBytes` (long documents move this one). */
  readonly doneBytes: number;
  readonly totalBytes: number;
}

export interface AnalyzeCorpusOptions extends Partial<ReadOptions> {
  /** Files and folders to read. */
  readonly inputs: readonly string[];
  /** Lexicon files or folders; none: the bundled lexicons. */
  readonly lexicons?: readonly string[];
  /** An actors lexicon (file or folder) replacing the bundled one (`--actors`). */
  readonly actors?: string | null;
  readonly kwicWindow?: number;
  /** Process only the records of this shard (--shard I/N); counts are the shard's. */
  readonly shard?: Shard;
  /** Worker threads analysing documents (default 1: in this thread). */
  readonly jobs?: number;
  /** Documents a worker analyses before it is replaced (default 5000; bounds its memory). */
  readonly recycleAfter?: number;
  /** For tests: a worker ends abruptly on a document holding this text (jobs > 1). */
  readonly crashOnText?: string;
  readonly onProgress?: (progress: Progress) => void;
}

export interface RecordCounts {
  readonly read: number;
  readonly processed: number;
  readonly rejected: number;
  readonly duplicate: number;
}

/** Where a run's outcomes go, one record at a time in doc_id order: as outcomes, or — when the
 *  sink `takesPrepared` — prepared where they were analysed (reports/prepare-record.ts). */
export interface RecordSink {
  add(record: SinkRecord): unknown;
  readonly takesPrepared?: boolean;
  /** With `takesPrepared`: the lemma counts of analysed documents, summed by batch, in no
   *  particular order, in the ids `lemmaIdOf` gives (stats/lemma-counts.ts). */
  addLemmaSums?(sums: LemmaSums): unknown;
  /** With `takesPrepared`: the sink's id of a lemma (given if new). */
  lemmaIdOf?(lemma: string): number;
}

/** What a run leaves besides its outcomes: counts and what the manifest needs. */
export interface CorpusRun {
  readonly ok: true;
  readonly counts: RecordCounts;
  readonly files: readonly InputFileSummary[];
  readonly ignored: readonly IgnoredInput[];
  readonly lexicons: readonly Lexicon[];
}

export interface CorpusAnalysis extends CorpusRun {
  readonly run: RunResult;
}

/** A run that cannot start; `code` is set when --out is the problem (RunFolderError codes). */
export type Problems = { readonly ok: false; readonly problems: readonly string[]; readonly code?: string };
export type CorpusOutcome = CorpusAnalysis | Problems;

/** Analyses a corpus and keeps every outcome in memory. */
export async function analyzeCorpus(options: AnalyzeCorpusOptions): Promise<CorpusOutcome> {
  const processed: DocResult[] = [];
  const setAside: SetAsideRecord[] = [];
  const sink: RecordSink = {
    add: (o) => {
      if (o.kind === 'prepared') throw new Error('analyzeCorpus: a prepared record reached a sink that keeps outcomes');
      return o.kind === 'processed' ? processed.push(o.doc) : setAside.push(o.record);
    },
  };
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
  const lexicons = await resolveLexicons(options.lexicons, options.actors ?? null);
  if (!lexicons.ok) return lexicons;
  const ctx: AnalysisContext = { lexicons: lexicons.lexicons, kwicWindow: options.kwicWindow ?? DEFAULT_KWIC_WINDOW };
  const pool = startPool(ctx, options); // its workers load their model while the corpus is indexed
  try {
    const read = await indexCorpus(options.inputs, {
      split: options.split ?? DEFAULT_READ_OPTIONS.split,
      maxDocBytes: options.maxDocBytes ?? DEFAULT_READ_OPTIONS.maxDocBytes,
    });
    if (!read.ok) return read;
    const sink = await openSink(lexicons.lexicons);
    if (options.shard !== undefined) read.index.keepOnly((docId) => inShard(docId, options.shard!));
    const sizes = { records: read.index.size, documents: read.index.documents, bytes: read.index.textBytes };
    const counts = await analyzeOrdered(read.index.records(), sizes, ctx, sink, options, pool);
    return { ok: true, counts, files: read.files, ignored: read.ignored, lexicons: lexicons.lexicons };
  } finally {
    await pool?.close();
  }
}

/** Dedup and analyse records already in memory, handing outcomes to the sink in doc_id order. */
export async function analyzeRecords(
  records: readonly ReadResult[],
  ctx: AnalysisContext,
  sink: RecordSink,
  onProgress?: (progress: Progress) => void,
  jobs = 1,
): Promise<RecordCounts> {
  const sorted = markDuplicates(records).sort((a, b) => compareDocIds(metaOf(a).docId, metaOf(b).docId));
  const docs = sorted.flatMap((r) => (r.kind === 'doc' ? [r.doc] : []));
  const sizes = { records: records.length, documents: docs.length, bytes: docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0) };
  async function* each(): AsyncGenerator<ReadResult> {
    yield* sorted;
  }
  return analyzeOrdered(each(), sizes, ctx, sink, { jobs, onProgress });
}
