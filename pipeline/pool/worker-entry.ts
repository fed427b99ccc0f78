// A worker thread of the pool (worker-pool.ts): loads the model as soon as it starts, then
// answers each batch message with the batch's records (AnalysedBatch), in its order, telling
// how far it has come in the batch (in characters) at most every 200 ms meanwhile.
//   in:  { id, docs: SourceDoc[], prepare }   out: { partial: chars } …, then { id, batch, heap }
// heap: this thread's V8 heap (bytes committed) after the batch, for the pool's recycling.
// prepare: answer with records prepared for the report folder (reports/prepare-record.ts: rows
// as CSV text, figures) instead of outcomes.
// workerData: { lexicons, kwicWindow, crashOnText? } — crashOnText, for tests, ends the thread
// (as a crash would) on a document holding that text.
import { getHeapStatistics } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { analyzeOne } from './analyze-one.js';
import { batchOf } from '../reports/prepare-record.js';
import { loadModel } from '../tokenize.js';
import { LemmaIds, THREAD_LEMMAS } from '../stats/lemma-counts.js';
import type { AnalysisContext, Lexicon, SourceDoc } from '../types.js';

interface WorkerSetup {
  readonly lexicons: readonly Lexicon[];
  readonly kwicWindow: number;
  readonly crashOnText?: string;
}

const setup = workerData as WorkerSetup;
const TELL_EVERY_MS = 200;
let batchChars = 0;
let told = 0;
/** This worker's lemma ids: batches send lemma counts by id, with the lemmas of ids not sent before. */
const lemmaIds = new LemmaIds(THREAD_LEMMAS);
const ctx: AnalysisContext = {
  lexicons: setup.lexicons,
  kwicWindow: setup.kwicWindow,
  onText: (offset) => {
    if (Date.now() - told < TELL_EVERY_MS) return;
    told = Date.now();
    parentPort!.postMessage({ partial: batchChars + offset });
  },
};

parentPort!.on('message', (message: { id: number; docs: SourceDoc[]; prepare: boolean }) => {
  batchChars = 0;
  const outcomes = message.docs.map((doc) => {
    if (setup.crashOnText !== undefined && doc.text.includes(setup.crashOnText)) process.exit(70);
    const outcome = analyzeOne(doc, ctx);
    batchChars += doc.text.length;
    return outcome;
  });
  const batch = batchOf(outcomes, message.prepare, lemmaIds);
  parentPort!.postMessage({ id: message.id, batch, heap: getHeapStatistics().total_heap_size });
});

// Messages wait while the model loads: a pool is started before the run indexes its corpus.
loadModel();
