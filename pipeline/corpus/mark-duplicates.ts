// Duplicate records: two documents of the same outlet with the same text (compared after
// turning CRLF into LF and trimming the ends). The one with the smallest doc_id (natural
// order) is kept; the others are set aside with status `duplicate` and the kept doc_id in
// their reason. The choice depends only on the records, never on their input order.
// Texts are compared by a hash (SHA-1 of outlet and text, 96 bits kept), so a run keeps 16
// characters per document rather than its text; DocFigures carry the same hash (`dupKey`),
// so a merge of shards can check duplicates across shards.
import { createHash } from 'node:crypto';
import { compareDocIds } from './compare-doc-ids.js';
import type { ReadResult, RecordMeta, SetAsideRecord, SourceDoc } from '../types.js';

const REASON_PREFIX = 'same outlet and text as ';

/** The hash two records share exactly when they are duplicates of each other. */
export function duplicateHash(outlet: string, text: string): string {
  const folded = text.replace(/\r\n?/g, '\n').trim();
  return createHash('sha1').update(outlet).update('\u0000').update(folded).digest().toString('base64', 0, 12); // 96 bits, a flat 16-character string
}

export function duplicateKey(doc: SourceDoc): string {
  return duplicateHash(doc.meta.outlet, doc.text);
}

/** The reason of a duplicate record, naming the record kept. */
export function duplicateReason(keptDocId: string): string {
  return `${REASON_PREFIX}${keptDocId}`;
}

/** The doc_id kept, from a duplicate's reason (null if the reason is not a duplicate's). */
export function keptDocIdOf(reason: string): string | null {
  return reason.startsWith(REASON_PREFIX) ? reason.slice(REASON_PREFIX.length) : null;
}

export function duplicateOf(meta: RecordMeta, keptDocId: string): SetAsideRecord {
  return { meta, status: 'duplicate', reason: duplicateReason(keptDocId), reasonCode: 'duplicate' };
}

/** Records held in memory, with duplicates set aside (the library's analyzeRecords). */
export function markDuplicates(records: readonly ReadResult[]): ReadResult[] {
  const kept = new Map<string, string>();
  const keys = records.map((r) => (r.kind === 'doc' ? duplicateKey(r.doc) : ''));
  records.forEach((r, i) => {
    if (r.kind !== 'doc') return;
    const first = kept.get(keys[i]!);
    if (first === undefined || compareDocIds(r.doc.meta.docId, first) < 0) kept.set(keys[i]!, r.doc.meta.docId);
  });
  return records.map((r, i) => {
    if (r.kind !== 'doc') return r;
    const keep = kept.get(keys[i]!)!;
    return keep === r.doc.meta.docId ? r : { kind: 'set-aside', record: duplicateOf(r.doc.meta, keep) };
  });
}
