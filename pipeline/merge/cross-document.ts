// What a shard cannot know: results that depend on documents in other shards. A merge streams
// every record of the run in doc_id order (one MergeRecord each, read from the shards'
// figures.jsonl as it goes: merge/stream-records.ts) past each CROSS_DOCUMENT_RULES rule; a
// rule records what one run would have written differently as the record's `change`, which
// merge-rows.ts applies to the record's rows and merge-runs.ts to its figures. Rules see each
// record in order; a rule sees earlier rules' changes. Only changes are kept, never figures.
//   - resolveDuplicates: same outlet and text in two shards. Each shard indexes the whole
//     corpus and finds duplicates over all of it (corpus/record-index.ts keepOnly), so shards
//     of this version never hold two copies; the rule is the merge's own check of `dupKey`
//     all the same. One run keeps the smallest doc_id. Later copies become `duplicate` records
//     (reason naming the kept doc_id), and a shard's own duplicates of a copy so demoted name
//     the record kept by the run. A merge refuses shards where a processed copy is demoted
//     (merge-runs.ts: their lemma counts come summed per shard and cannot lose a document).
// A rule for flags that depend on earlier documents (e.g. `duplicate_sentence` of
// --dedup sentences) goes here too: from the figures in doc_id order, set
// `{ kind: 'processed', figures, fixRow }` on each record whose flags change.
import { duplicateReason, keptDocIdOf } from '../corpus/mark-duplicates.js';
import type { FiguresEntry } from '../reports/figures-sidecar.js';
import type { DocFigures } from '../types.js';

/** A change to one record, relative to what its shard wrote. */
export type RecordChange =
  /** The record is set aside (or stays set aside) with this status, reason and reason code. */
  | { readonly kind: 'set-aside'; readonly status: 'duplicate' | 'rejected'; readonly reason: string; readonly reasonCode: string }
  /** The record stays processed with these figures; `fixRow` rewrites one row of a row
   *  report (cells as written, header names) or drops it (null). */
  | {
      readonly kind: 'processed';
      readonly figures: DocFigures;
      readonly fixRow: (file: string, header: readonly string[], cells: readonly string[]) => string[] | null;
    };

export interface MergeRecord {
  /** Index of the shard folder the record comes from. */
  readonly shard: number;
  readonly docId: string;
  /** The record's figures.jsonl line as its shard wrote it, parsed. */
  readonly entry: FiguresEntry;
  change: RecordChange | null;
}

/** A cross-document rule: made once per merge (its state lives in the closure), then shown
 *  every record in doc_id order; it may set the record's `change` (a later rule sees it). A
 *  record's figures are read from its shard as the merge streams by: a rule keeps what it needs
 *  of earlier records itself. */
export type CrossDocumentRule = () => (record: MergeRecord) => void;

/** Marks the later copies of a document found in several shards as duplicates: the first
 *  copy in doc_id order is the one a run keeps. */
export const resolveDuplicates: CrossDocumentRule = () => {
  const keeper = new Map<string, string>();
  const demoted = new Map<string, string>();
  return (r) => {
    if (r.entry.kind === 'processed') {
      const kept = keeper.get(r.entry.figures.dupKey);
      if (kept === undefined) keeper.set(r.entry.figures.dupKey, r.docId);
      else {
        r.change = { kind: 'set-aside', status: 'duplicate', reason: duplicateReason(kept), reasonCode: 'duplicate' };
        demoted.set(r.docId, kept);
      }
      return;
    }
    if (r.entry.record.status !== 'duplicate') return;
    const shardKept = keptDocIdOf(r.entry.record.reason);
    const kept = shardKept === null ? undefined : demoted.get(shardKept);
    if (kept !== undefined) r.change = { kind: 'set-aside', status: 'duplicate', reason: duplicateReason(kept), reasonCode: 'duplicate' };
  };
};

export const CROSS_DOCUMENT_RULES: readonly CrossDocumentRule[] = [resolveDuplicates];
