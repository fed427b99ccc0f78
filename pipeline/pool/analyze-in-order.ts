// Records in doc_id order → their outcomes (prepared for the report folder where they are
// analysed, when the sink takes them so), handed to a sink in the same order. Documents are
// analysed in batches (up to 64 documents or 256 KB of text; with a pool, smaller near the
// end): in this thread for one job, or in a pool of worker threads (worker-pool.ts), up to
// eight batches a worker submitted, merged back in order — so the sink sees the same sequence
// whatever the number of jobs, and memory holds only the batches in flight. Records set aside
// pass through in their place. Progress is told per batch, and inside long documents as
// tokenize moves through them. A run starts its pool (`startPool`) before it indexes its
// corpus, so that the workers load their model meanwhile.
import { analyzeOne } from './analyze-one.js';
import { limitHeapGrowth } from './heap-growth.js';
import { WorkerPool } from './worker-pool.js';
import type { AnalyzeCorpusOptions, Progress, RecordCounts, RecordSink } from '../analyze-corpus.js';
import { batchOf, statusOf, type AnalysedBatch, type SinkRecord } from '../reports/prepare-record.js';
import { LemmaIdMap, LemmaIds, THREAD_LEMMAS, type LemmaSums } from '../stats/lemma-counts.js';
import type { AnalysisContext, ReadResult, SourceDoc } from '../types.js';

const BATCH_DOCS = 64;
const MIN_DOCS_PER_JOB = 2;
/** Batches submitted ahead per worker: enough that a slow batch at the head of the order does
 *  not leave the other workers idle while it is awaited (each worker takes two at a time). */
const IN_FLIGHT_PER_JOB = 8;
const BATCH_BYTES = 256 << 10;

interface Batch {
  /** The records of the batch in doc_id order; documents are analysed, others pass through. */
  readonly records: ReadResult[];
  bytes: number;
}

type PoolStart = Pick<AnalyzeCorpusOptions, 'jobs' | 'recycleAfter' | 'crashOnText'>;

/** The worker pool of a run with more than one job (null for one), its workers loading their
 *  model as they start; the caller closes it. */
export function startPool(ctx: AnalysisContext, options: PoolStart): WorkerPool | null {
  const jobs = Math.max(1, options.jobs ?? 1);
  if (jobs === 1) return null;
  limitHeapGrowth(); // before the workers start: the flag applies to threads started after it
  return new WorkerPool({ jobs, lexicons: ctx.lexicons, kwicWindow: ctx.kwicWindow, recycleAfter: options.recycleAfter, crashOnText: options.crashOnText });
}

/** Records in doc_id order → outcomes in the same order, documents analysed in batches (by
 *  `started`, a pool from startPool, if given: the caller closes it). */
export async function analyzeOrdered(
  records: AsyncIterable<ReadResult>,
  sizes: { readonly records: number; readonly documents: number; readonly bytes: number },
  ctx: AnalysisContext,
  sink: RecordSink,
  options: PoolStart & Pick<AnalyzeCorpusOptions, 'onProgress'>,
  started: WorkerPool | null = null,
): Promise<RecordCounts> {
  limitHeapGrowth();
  // No more workers than there is work for (each loads the model), and batches small enough
  // that a small corpus still gives every worker some (about four batches a worker).
  const jobs = Math.min(Math.max(1, options.jobs ?? 1), Math.ceil(sizes.documents / MIN_DOCS_PER_JOB));
  const batchDocs = Math.max(1, Math.min(BATCH_DOCS, Math.ceil(sizes.documents / (jobs * 4))));
  const counts = { read: 0, processed: 0, rejected: 0, duplicate: 0 };
  const progress = { done: 0, total: sizes.documents, doneBytes: 0, totalBytes: sizes.bytes };
  // Inside long documents: characters done in the batches under way, added to the bytes done.
  const onPartial = (chars: number): void => options.onProgress?.({ ...progress, doneBytes: Math.min(progress.doneBytes + chars, progress.totalBytes) });
  const prepare = sink.takesPrepared === true;
  const lemmaIdOf = (lemma: string): number => {
    if (!sink.lemmaIdOf) throw new Error('analyzeOrdered: lemma counts for a sink that has no lemma ids');
    return sink.lemmaIdOf(lemma);
  };
  const here = { ids: new LemmaIds(THREAD_LEMMAS), map: new LemmaIdMap(lemmaIdOf) };
  const pool = jobs > 1 ? (started ?? startPool(ctx, { ...options, jobs })) : null;
  pool?.use({ prepare, lemmaIdOf, onPartial }, jobs);
  const inFlight: Promise<{ outcomes: readonly SinkRecord[]; lemmas: LemmaSums; docs: number; bytes: number }>[] = [];
  let batch: Batch = { records: [], bytes: 0 };
  let lastYield = Date.now();

  const analyzeBatch = async (b: Batch): Promise<{ outcomes: readonly SinkRecord[]; lemmas: LemmaSums; docs: number; bytes: number }> => {
    const docs = b.records.flatMap((r) => (r.kind === 'doc' ? [r.doc] : []));
    const analysed = pool ? await pool.analyze(docs) : analyzeHere(docs, ctx, onPartial, prepare, here);
    let k = 0;
    const outcomes = b.records.map((r): SinkRecord => (r.kind === 'doc' ? analysed.records[k++]! : { kind: 'set-aside', record: r.record }));
    return { outcomes, lemmas: analysed.lemmas, docs: docs.length, bytes: b.bytes };
  };
  // Near the end of the corpus a pool's batches shrink (about four a worker of what is left),
  // so that the workers finish together instead of one analysing the last big batches alone.
  let submitted = 0;
  const batchLimit = (): number => (pool ? Math.max(1, Math.min(batchDocs, Math.ceil((sizes.records - submitted) / (jobs * 4)))) : batchDocs);
  const flush = (): void => {
    if (batch.records.length === 0) return;
    submitted += batch.records.length;
    inFlight.push(analyzeBatch(batch));
    batch = { records: [], bytes: 0 };
  };
  const drainOne = async (): Promise<void> => {
    const done = await inFlight.shift()!;
    if (done.lemmas.length > 0) await sink.addLemmaSums!(done.lemmas);
    for (const outcome of done.outcomes) {
      counts.read++;
      counts[statusOf(outcome)]++;
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
      if (batch.records.length >= batchLimit() || batch.bytes >= BATCH_BYTES) flush();
      while (inFlight.length > (pool ? jobs * IN_FLIGHT_PER_JOB : 0)) await drainOne();
    }
    flush();
    while (inFlight.length > 0) await drainOne();
  } finally {
    if (pool !== started) await pool?.close();
  }
  return counts;
}

/** Analyses documents in this thread, telling `onPartial` the characters done in long ones. */
function analyzeHere(docs: readonly SourceDoc[], ctx: AnalysisContext, onPartial: (chars: number) => void, prepare: boolean, lemmas: { ids: LemmaIds; map: LemmaIdMap }): AnalysedBatch {
  let done = 0;
  const told = { ...ctx, onText: (offset: number) => onPartial(done + offset) };
  const outcomes = docs.map((doc) => {
    const outcome = analyzeOne(doc, told);
    done += doc.text.length;
    return outcome;
  });
  const batch = batchOf(outcomes, prepare, lemmas.ids);
  return { records: batch.records, lemmas: lemmas.map.translate(batch.lemmas) };
}
