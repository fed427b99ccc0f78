// Duplicate records: two documents of the same outlet with the same text (compared after
// turning CRLF into LF and trimming the ends). The one with the smallest doc_id (natural
// order) is kept; the others are set aside with status `duplicate` and the kept doc_id in
// their reason. The choice depends only on the records, never on their input order.
import { compareDocIds } from './compare-doc-ids.js';
import type { ReadResult, SourceDoc } from '../types.js';

export function markDuplicates(records: readonly ReadResult[]): ReadResult[] {
  const kept = new Map<string, SourceDoc>();
  for (const r of records) {
    if (r.kind !== 'doc') continue;
    const key = duplicateKey(r.doc);
    const first = kept.get(key);
    if (!first || compareDocIds(r.doc.meta.docId, first.meta.docId) < 0) kept.set(key, r.doc);
  }
  return records.map((r) => {
    if (r.kind !== 'doc') return r;
    const keep = kept.get(duplicateKey(r.doc))!;
    if (keep === r.doc) return r;
    const reason = `same outlet and text as ${keep.meta.docId}`;
    return { kind: 'set-aside', record: { meta: r.doc.meta, status: 'duplicate', reason } };
  });
}

function duplicateKey(doc: SourceDoc): string {
  return `${doc.meta.outlet}\u0000${doc.text.replace(/\r\n?/g, '\n').trim()}`;
}
