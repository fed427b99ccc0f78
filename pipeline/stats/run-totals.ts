// RunTotals: what the summary reports are computed from — the DocFigures of every processed
// document and the outlet and status of every record set aside, plus the run's lexicons.
// It holds no text. Documents may be added in any order (a worker pool, merged shards);
// `docs` and `setAside` are read in doc_id order, so every summary report is a pure function
// of the set of records and two runs over the same corpus give the same bytes.
import { compareDocIds } from '../corpus/compare-doc-ids.js';
import { figuresOf } from '../figures-of.js';
import type { DocFigures, Lexicon, RecordOutcome, RunResult } from '../types.js';

export interface SetAsideFigure {
  readonly docId: string;
  readonly outlet: string;
  readonly status: 'rejected' | 'duplicate';
}

export class RunTotals {
  readonly #docs: DocFigures[] = [];
  readonly #setAside: SetAsideFigure[] = [];
  #sorted = true;

  constructor(readonly lexicons: readonly Lexicon[]) {}

  addFigures(figures: DocFigures): void {
    this.#docs.push(figures);
    this.#sorted = false;
  }

  addSetAside(record: SetAsideFigure): void {
    this.#setAside.push(record);
    this.#sorted = false;
  }

  /** Folds one record's outcome in. */
  add(outcome: RecordOutcome): void {
    if (outcome.kind === 'processed') this.addFigures(figuresOf(outcome.doc));
    else this.addSetAside({ docId: outcome.record.meta.docId, outlet: outcome.record.meta.outlet, status: outcome.record.status });
  }

  /** Processed documents' figures, in doc_id order. */
  get docs(): readonly DocFigures[] {
    this.#sort();
    return this.#docs;
  }

  /** Records set aside (rejected or duplicate), in doc_id order. */
  get setAside(): readonly SetAsideFigure[] {
    this.#sort();
    return this.#setAside;
  }

  #sort(): void {
    if (this.#sorted) return;
    this.#docs.sort((a, b) => compareDocIds(a.docId, b.docId));
    this.#setAside.sort((a, b) => compareDocIds(a.docId, b.docId));
    this.#sorted = true;
  }
}

/** A run's outcomes in doc_id order (processed and set-aside records interleaved). */
export function outcomesOf(run: RunResult): RecordOutcome[] {
  const outcomes: RecordOutcome[] = [
    ...run.processed.map((doc): RecordOutcome => ({ kind: 'processed', doc })),
    ...run.setAside.map((record): RecordOutcome => ({ kind: 'set-aside', record })),
  ];
  const id = (o: RecordOutcome): string => (o.kind === 'processed' ? o.doc.meta.docId : o.record.meta.docId);
  return outcomes.sort((a, b) => compareDocIds(id(a), id(b)));
}

/** The totals of a run held in memory. */
export function totalsOf(run: RunResult): RunTotals {
  const totals = new RunTotals(run.lexicons);
  for (const outcome of outcomesOf(run)) totals.add(outcome);
  return totals;
}
