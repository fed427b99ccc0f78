// A worker thread of the pool (worker-pool.ts): loads the model once (on its first document),
// then answers each batch message with the batch's outcomes, in the batch's order.
//   in:  { id, docs: SourceDoc[] }        out: { id, outcomes: RecordOutcome[] }
// workerData: { lexicons, kwicWindow, crashOnText? } — crashOnText, for tests, ends the
// thread (as a crash would) on a document holding that text.
import { parentPort, workerData } from 'node:worker_threads';
import { analyzeOne } from './analyze-one.js';
import type { AnalysisContext, Lexicon, SourceDoc } from '../types.js';

interface WorkerSetup {
  readonly lexicons: readonly Lexicon[];
  readonly kwicWindow: number;
  readonly crashOnText?: string;
}

const setup = workerData as WorkerSetup;
const ctx: AnalysisContext = { lexicons: setup.lexicons, kwicWindow: setup.kwicWindow };

parentPort!.on('message', (message: { id: number; docs: SourceDoc[] }) => {
  const outcomes = message.docs.map((doc) => {
    if (setup.crashOnText !== undefined && doc.text.includes(setup.crashOnText)) process.exit(70);
    return analyzeOne(doc, ctx);
  });
  parentPort!.postMessage({ id: message.id, outcomes });
});
