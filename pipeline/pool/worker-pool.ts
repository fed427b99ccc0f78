// A pool of worker threads analysing batches of documents (--jobs N). Each worker loads the
// model as soon as it starts — a run starts its pool before it indexes the corpus, so the models
// load meanwhile — and takes up to two batches at a time; `analyze(docs)` resolves with the batch's
// records in the batch's order (AnalysedBatch: prepared for the report folder, or outcomes),
// so the caller can merge batches back in doc_id order.
//   - when a worker dies (a crash, an out-of-memory), the batch it was analysing is retried one
//     document at a time on a fresh worker (batches it had not started go back to the queue); a
//     document that kills a worker again is rejected with reason code worker_crashed, and the
//     run goes on;
//   - a worker is replaced after `recycleAfter` documents or 50 M characters of text, or once
//     its heap has grown past 176 MB committed, so that neither wink's word cache (which only
//     grows, faster late in a large corpus where more words are new) nor a V8 heap grown on a
//     few long documents keeps growing with the corpus; not more often, as a fresh worker
//     reloads the model and runs cold (unoptimised) code for a while (docs/performance.md);
//   - workers run the built JavaScript (dist/pipeline/pool/worker-entry.js): next to this file
//     when it runs from dist, else from the package's dist/ (tests run the TypeScript sources;
//     test/global-setup.ts builds dist/ when it is stale).
import { Worker } from 'node:worker_threads';
import { builtScript } from '../package-root.js';
import { rejectedOutcome } from './analyze-one.js';
import type { AnalysedBatch, WorkerBatch } from '../reports/prepare-record.js';
import { LemmaIdMap } from '../stats/lemma-counts.js';
import type { Lexicon, SourceDoc } from '../types.js';

/** What the workers are started with. */
export interface PoolOptions {
  readonly jobs: number;
  readonly lexicons: readonly Lexicon[];
  readonly kwicWindow: number;
  /** Documents a worker analyses before it is replaced. */
  readonly recycleAfter?: number;
  /** For tests: a worker ends abruptly on a document holding this text. */
  readonly crashOnText?: string;
}

/** What a run tells the pool once it knows its sink (`use`), before its first batch. */
export interface PoolRun {
  /** Answer with prepared records (reports/prepare-record.ts) instead of outcomes. */
  readonly prepare: boolean;
  /** The run's id of a lemma: batches' lemma counts are turned into these ids as they arrive. */
  readonly lemmaIdOf: (lemma: string) => number;
  /** Characters analysed in the batches the workers are on (progress inside long documents). */
  readonly onPartial?: (chars: number) => void;
}

export const DEFAULT_RECYCLE_AFTER = 5000;
const RECYCLE_AFTER_CHARS = 50_000_000;
const RECYCLE_ABOVE_HEAP = 176 * 2 ** 20;
const PER_WORKER = 2;

interface Task {
  readonly id: number;
  readonly docs: readonly SourceDoc[];
  readonly attempt: number;
  readonly resolve: (batch: AnalysedBatch) => void;
  readonly reject: (error: Error) => void;
}

interface Slot {
  readonly worker: Worker;
  readonly inFlight: Map<number, Task>;
  /** The worker's lemma ids → the run's (its messages come in the order it sent them). */
  readonly lemmas: LemmaIdMap;
  done: number;
  doneChars: number;
  /** Characters done in the batch it is on. */
  partial: number;
  retiring: boolean;
  error: Error | null;
}

export function workerScript(): URL {
  return builtScript(new URL('./worker-entry.js', import.meta.url), 'pipeline/pool/worker-entry.js');
}

export class WorkerPool {
  readonly #queue: Task[] = [];
  readonly #slots = new Set<Slot>();
  readonly #options: PoolOptions;
  #run: PoolRun | null = null;
  #nextId = 0;
  #closed = false;
  /** Workers that died before answering anything, in a row: the pool cannot work. */
  #deadOnArrival = 0;

  constructor(options: PoolOptions) {
    this.#options = options;
    for (let i = 0; i < options.jobs; i++) this.#spawn();
  }

  /** Sets what the run's batches need and keeps at most `jobs` workers (idle ones go). */
  use(run: PoolRun, jobs: number): void {
    this.#run = run;
    for (const slot of [...this.#slots].slice(Math.max(1, jobs))) {
      this.#slots.delete(slot);
      void slot.worker.terminate();
    }
  }

  /** The records of `docs`, in their order. */
  analyze(docs: readonly SourceDoc[]): Promise<AnalysedBatch> {
    if (!this.#run) throw new Error('WorkerPool: analyze before use');
    return new Promise((resolve, reject) => this.#enqueue({ id: ++this.#nextId, docs, attempt: 1, resolve, reject }));
  }

  async close(): Promise<void> {
    this.#closed = true;
    await Promise.all([...this.#slots].map((s) => s.worker.terminate()));
    this.#slots.clear();
  }

  #enqueue(task: Task): void {
    this.#queue.push(task);
    this.#pump();
  }

  #pump(): void {
    while (this.#queue.length > 0) {
      let best: Slot | null = null;
      for (const s of this.#slots) if (!s.retiring && s.inFlight.size < PER_WORKER && (!best || s.inFlight.size < best.inFlight.size)) best = s;
      if (!best) return;
      const task = this.#queue.shift()!;
      best.inFlight.set(task.id, task);
      best.worker.postMessage({ id: task.id, docs: task.docs, prepare: this.#run!.prepare });
    }
  }

  #spawn(): void {
    const { lexicons, kwicWindow, crashOnText } = this.#options;
    const worker = new Worker(workerScript(), { workerData: { lexicons, kwicWindow, crashOnText } });
    const slot: Slot = { worker, inFlight: new Map(), lemmas: new LemmaIdMap((lemma) => this.#run!.lemmaIdOf(lemma)), done: 0, doneChars: 0, partial: 0, retiring: false, error: null };
    this.#slots.add(slot);
    worker.on('message', (message: { id: number; batch: WorkerBatch; heap: number } | { partial: number }) => {
      if ('partial' in message) {
        slot.partial = message.partial;
        this.#run?.onPartial?.([...this.#slots].reduce((n, s) => n + s.partial, 0));
        return;
      }
      this.#deadOnArrival = 0;
      slot.partial = 0;
      const task = slot.inFlight.get(message.id)!;
      slot.inFlight.delete(message.id);
      slot.done += task.docs.length;
      for (const doc of task.docs) slot.doneChars += doc.text.length;
      task.resolve({ records: message.batch.records, lemmas: slot.lemmas.translate(message.batch.lemmas) });
      if (slot.done >= (this.#options.recycleAfter ?? DEFAULT_RECYCLE_AFTER) || slot.doneChars >= RECYCLE_AFTER_CHARS || message.heap > RECYCLE_ABOVE_HEAP) slot.retiring = true;
      if (slot.retiring && slot.inFlight.size === 0) {
        this.#slots.delete(slot);
        // The replacement starts once this worker has gone: its grown heap and a fresh worker
        // loading the model, at once, would make the run's peak.
        void worker.terminate().then(() => {
          if (this.#closed) return;
          this.#spawn();
          this.#pump();
        });
      }
      this.#pump();
    });
    worker.on('error', (error) => (slot.error = error));
    worker.on('exit', (code) => {
      if (this.#closed || !this.#slots.has(slot)) return;
      this.#slots.delete(slot);
      this.#crashed(slot, slot.error?.message ?? `exit code ${code}`);
    });
  }

  #crashed(slot: Slot, why: string): void {
    if (slot.done === 0 && ++this.#deadOnArrival > 3 * this.#options.jobs) {
      const error = new Error(`analysis workers stop as soon as they start (${why}); run with --jobs 1`);
      for (const task of [...slot.inFlight.values(), ...this.#queue.splice(0)]) task.reject(error);
      return;
    }
    this.#spawn();
    // A worker takes its messages one at a time: the first batch in flight is the one it was
    // analysing; the others had not started and go back to the queue unchanged.
    const [culprit, ...waiting] = slot.inFlight.values();
    this.#queue.unshift(...waiting);
    if (culprit?.attempt === 1) this.#retryAlone(culprit);
    else culprit?.resolve({ records: culprit.docs.map((d) => rejectedOutcome(d.meta, `internal error: the worker analysing it stopped twice (${why})`, 'worker_crashed')), lemmas: [] });
    this.#pump();
  }

  /** Each document of a crashed batch again, alone, on a fresh worker. */
  #retryAlone(task: Task): void {
    const parts = task.docs.map(
      (doc) => new Promise<AnalysedBatch>((resolve, reject) => this.#queue.push({ id: ++this.#nextId, docs: [doc], attempt: 2, resolve, reject })),
    );
    Promise.all(parts).then((batches) => task.resolve({ records: batches.flatMap((b) => b.records), lemmas: batches.flatMap((b) => b.lemmas) }), task.reject);
  }
}
