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
import { analyzeOne } from './pool/analyze-one.js';
import { WorkerPool } from './pool/worker-pool.js';
import { DEFAULT_READ_OPTIONS, indexCorpus, metaOf } from './read-corpus.js';
import type { InputFileSummary, ReadOptions } from './read-corpus.js';
import { resolveLexicons } from './lexicon/resolve-lexicons.js';
import type { AnalysisContext, DocResult, Lexicon, ReadResult, RecordOutcome, RunResult, SetAsideRecord, SourceDoc } from './types.js';

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
  readonly kwicWindow?: number;
  /** Worker threads analysing documents (default 1: in this thread). */
  readonly jobs?: number;
  /** Documents a worker analyses before it is replaced (bounds wink's word cache). */
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
  const read = await indexCorpus(options.inputs, {
    split: options.split ?? DEFAULT_READ_OPTIONS.split,
    maxDocBytes: options.maxDocBytes ?? DEFAULT_READ_OPTIONS.maxDocBytes,
  });
  if (!read.ok) return read;
  const ctx: AnalysisContext = { lexicons: lexicons.lexicons, kwicWindow: options.kwicWindow ?? DEFAULT_KWIC_WINDOW };
  const sink = await openSink(lexicons.lexicons);
  const sizes = { records: read.index.size, documents: read.index.documents, bytes: read.index.textBytes };
  const counts = await analyzeOrdered(read.index.records(), sizes, ctx, sink, options);
  return { ok: true, counts, files: read.files, ignored: read.ignored, lexicons: lexicons.lexicons };
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

const BATCH_DOCS = 64;
const BATCH_BYTES = 256 << 10;

interface Batch {
  /** The records of the batch in doc_id order; documents are analysed, others pass through. */
  readonly records: ReadResult[];
  bytes: number;
}

/** Records in doc_id order → outcomes in the same order, documents analysed in batches. */
async function analyzeOrdered(
  records: AsyncIterable<ReadResult>,
  sizes: { readonly records: number; readonly documents: number; readonly bytes: number },
  ctx: AnalysisContext,
  sink: RecordSink,
  options: Pick<AnalyzeCorpusOptions, 'jobs' | 'onProgress' | 'recycleAfter' | 'crashOnText'>,
): Promise<RecordCounts> {
  const jobs = Math.max(1, options.jobs ?? 1);
  const counts = { read: 0, processed: 0, rejected: 0, duplicate: 0 };
  const progress = { done: 0, total: sizes.documents, doneBytes: 0, totalBytes: sizes.bytes };
  // Inside long documents: characters done in the batches under way, added to the bytes done.
  const onPartial = (chars: number): void => options.onProgress?.({ ...progress, doneBytes: Math.min(progress.doneBytes + chars, progress.totalBytes) });
  const pool = jobs > 1 ? new WorkerPool({ jobs, lexicons: ctx.lexicons, kwicWindow: ctx.kwicWindow, recycleAfter: options.recycleAfter, crashOnText: options.crashOnText, onPartial }) : null;
  const inFlight: Promise<{ outcomes: RecordOutcome[]; docs: number; bytes: number }>[] = [];
  let batch: Batch = { records: [], bytes: 0 };
  let lastYield = Date.now();

  const analyzeBatch = async (b: Batch): Promise<{ outcomes: RecordOutcome[]; docs: number; bytes: number }> => {
    const docs = b.records.flatMap((r) => (r.kind === 'doc' ? [r.doc] : []));
    const analysed = pool ? await pool.analyze(docs) : analyzeHere(docs, ctx, onPartial);
    let k = 0;
    const outcomes = b.records.map((r): RecordOutcome => (r.kind === 'doc' ? analysed[k++]! : { kind: 'set-aside', record: r.record }));
    return { outcomes, docs: docs.length, bytes: b.bytes };
  };
  const flush = (): void => {
    if (batch.records.length === 0) return;
    inFlight.push(analyzeBatch(batch));
    batch = { records: [], bytes: 0 };
  };
  const drainOne = async (): Promise<void> => {
    const done = await inFlight.shift()!;
    for (const outcome of done.outcomes) {
      counts.read++;
      if (outcome.kind === 'processed') counts.processed++;
      else counts[outcome.record.status]++;
      await sink.add(outcome);
    }
    if (done.docs > 0) {
      progress.done += done.docs;
      progress.doneBytes += done.bytes;
      options.onProgress?.({ ...progress });
    }
    if (Date.now() - lastYield > 50) {
      await new Promise<void>((resolve) => setImmediate(resolve)); // let a progress bar redraw
      lastYield = Date.now();
    }
  };
  try {
    for await (const r of records) {
      batch.records.push(r);
      if (r.kind === 'doc') batch.bytes += Buffer.byteLength(r.doc.text);
      if (batch.records.length >= BATCH_DOCS || batch.bytes >= BATCH_BYTES) flush();
      while (inFlight.length > (pool ? jobs * 2 : 0)) await drainOne();
    }
    flush();
    while (inFlight.length > 0) await drainOne();
  } finally {
    await pool?.close();
  }
  return counts;
}

/** Analyses documents in this thread, telling `onPartial` the characters done in long ones. */
function analyzeHere(docs: readonly SourceDoc[], ctx: AnalysisContext, onPartial: (chars: number) => void): RecordOutcome[] {
  let done = 0;
  const told = { ...ctx, onText: (offset: number) => onPartial(done + offset) };
  return docs.map((doc) => {
    const outcome = analyzeOne(doc, told);
    done += doc.text.length;
    return outcome;
  });
}
