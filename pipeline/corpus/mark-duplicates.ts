// Duplicate records: two documents of the same outlet with the same text (compared after
// turning CRLF into LF and trimming the ends). The one with the smallest doc_id (natural
// order) is kept; the others are set aside with status `duplicate` and the kept doc_id in
// their reason. The choice depends only on the records, never on their input order.
// Records are compared by a sha256 of outlet and normalised text (`duplicateHash`), which
// DocFigures also carry (`dupKey`), so a merge of shards finds duplicates across shards.
import { createHash } from 'node:crypto';
import { compareDocIds } from './compare-doc-ids.js';
import type { ReadResult, SourceDoc } from '../types.js';

const REASON_PREFIX = 'same outlet and text as ';

export function markDuplicates(records: readonly ReadResult[]): ReadResult[] {
  const kept = new Map<string, SourceDoc>();
  const keys = new Map<SourceDoc, string>();
  for (const r of records) {
    if (r.kind !== 'doc') continue;
    const key = duplicateHash(r.doc.meta.outlet, r.doc.text);
    keys.set(r.doc, key);
    const first = kept.get(key);
    if (!first || compareDocIds(r.doc.meta.docId, first.meta.docId) < 0) kept.set(key, r.doc);
  }
  return records.map((r) => {
    if (r.kind !== 'doc') return r;
    const keep = kept.get(keys.get(r.doc)!)!;
    if (keep === r.doc) return r;
    return { kind: 'set-aside', record: { meta: r.doc.meta, status: 'duplicate', reason: duplicateReason(keep.meta.docId) } };
  });
}

/** sha256 (hex) of the outlet and the text as duplicates are compared. */
export function duplicateHash(outlet: string, text: string): string {
  return createHash('sha256').update(`${outlet}\u0000${text.replace(/\r\n?/g, '\n').trim()}`, 'utf8').digest('hex');
}

/** The reason of a duplicate record, naming the record kept. */
export function duplicateReason(keptDocId: string): string {
  return `${REASON_PREFIX}${keptDocId}`;
}

/** The doc_id kept, from a duplicate's reason (null if the reason is not a duplicate's). */
export function keptDocIdOf(reason: string): string | null {
  return reason.startsWith(REASON_PREFIX) ? reason.slice(REASON_PREFIX.length) : null;
}
