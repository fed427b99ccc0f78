// A record made ready for the report folder where it is analysed: its rows of each row report
// as CSV text, its figures.jsonl entry and line; a batch's lemma counts are summed there too.
// Nothing here depends on another record, so a worker thread does it (pool/worker-entry.ts)
// and the thread writing the folder only appends text and folds the figures into the totals
// (write-reports.ts). Not used with --dedup sentences: a record's rows then depend on the
// documents before it, and the writer marks and renders them itself.
import { sumLemmas, type BatchLemmas, type LemmaIds, type LemmaSums } from '../stats/lemma-counts.js';
import type { RecordOutcome, SetAsideRecord } from '../types.js';
import { csvBatches } from './csv-text.js';
import { figuresEntryOf, figuresLine, type FiguresEntry } from './figures-sidecar.js';
import { ROW_REPORTS } from './index.js';

export interface PreparedRecord {
  readonly kind: 'prepared';
  readonly status: 'processed' | 'rejected' | 'duplicate';
  /** The record set aside, when it was (its reason is shown to the user). */
  readonly setAside: SetAsideRecord | null;
  /** CSV text of the record's rows, one string per entry of ROW_REPORTS, in that order. */
  readonly rows: readonly string[];
  readonly entry: FiguresEntry;
  /** The entry's figures.jsonl line, newline included. */
  readonly line: string;
}

export function prepareRecord(outcome: RecordOutcome): PreparedRecord {
  const entry = figuresEntryOf(outcome);
  return {
    kind: 'prepared',
    status: outcome.kind === 'processed' ? 'processed' : outcome.record.status,
    setAside: outcome.kind === 'processed' ? null : outcome.record,
    rows: ROW_REPORTS.map((spec) => [...csvBatches(spec, spec.rowsOf(outcome))].join('')),
    entry,
    line: figuresLine(entry),
  };
}

/** A batch of analysed records as the thread that analysed them sends it: prepared, with the
 *  lemma counts of their documents summed in that thread's lemma ids (stats/lemma-counts.ts;
 *  the writer adds them to the totals apart), or (`prepare` false) the outcomes as they are,
 *  lemma counts inside. */
export function batchOf(outcomes: readonly RecordOutcome[], prepare: boolean, ids: LemmaIds): WorkerBatch {
  if (!prepare) return { records: outcomes, lemmas: null }; // the writer counts the documents' own
  const docs = outcomes.flatMap((o) => (o.kind === 'processed' ? [{ outlet: o.doc.meta.outlet, lemmas: o.doc.lemmas, lemmaIds: o.doc.lemmaIds }] : []));
  return { records: outcomes.map(prepareRecord), lemmas: sumLemmas(docs, ids) };
}

/** A batch as its thread sends it: lemma counts in that thread's ids (none when not prepared). */
export interface WorkerBatch {
  readonly records: readonly SinkRecord[];
  readonly lemmas: BatchLemmas | null;
}

/** A batch as a sink receives it: lemma counts in the run's ids (LemmaIdMap). */
export interface AnalysedBatch {
  readonly records: readonly SinkRecord[];
  readonly lemmas: LemmaSums;
}

/** A record as a sink receives it: its outcome, or (when the sink asked for it) prepared. */
export type SinkRecord = RecordOutcome | PreparedRecord;

/** The record set aside, if it was. */
export function setAsideOf(record: SinkRecord): SetAsideRecord | null {
  if (record.kind === 'prepared') return record.setAside;
  return record.kind === 'set-aside' ? record.record : null;
}

/** The record's status for the run's counts. */
export function statusOf(record: SinkRecord): PreparedRecord['status'] {
  if (record.kind === 'prepared') return record.status;
  return record.kind === 'processed' ? 'processed' : record.record.status;
}
