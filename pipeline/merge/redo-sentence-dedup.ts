// The cross-document rule of --dedup sentences (merge/cross-document.ts): a shard marked a
// sentence as repeated only against the sentences of its own documents. One run marks it
// against every earlier document of the outlet in doc_id order, so the merge replays the
// marking over all records (after duplicates across shards are set aside) and, for each
// document whose marks change, gives the new figures and rewrites the flag cells of its rows:
// `duplicate_sentence` in terms.csv and quotes.csv (from each row's `sentence`) and
// `duplicate_sentences` in documents.csv.
import { SentenceDedup } from '../stats/sentence-dedup.js';
import type { DocFigures } from '../types.js';
import type { CrossDocumentRule, MergeRecord, RecordChange } from './cross-document.js';

export const redoSentenceDedup: CrossDocumentRule = () => {
  const dedup = new SentenceDedup();
  return (r: MergeRecord) => {
    if (r.entry.kind !== 'processed' || r.change?.kind === 'set-aside') return;
    const before = r.change?.kind === 'processed' ? r.change.figures : r.entry.figures;
    const after = dedup.markFigures(before);
    if (sameList(after.duplicateSentences, before.duplicateSentences)) return;
    r.change = { kind: 'processed', figures: after, fixRow: flagFixer(after, r.change) };
  };
};

function sameList(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Rewrites a row's dedup cells for the new marks (after an earlier rule's own fix, if any). */
function flagFixer(figures: DocFigures, earlier: RecordChange | null): (file: string, header: readonly string[], cells: readonly string[]) => string[] | null {
  const repeated = new Set(figures.duplicateSentences);
  return (file, header, cells) => {
    const row = earlier?.kind === 'processed' ? earlier.fixRow(file, header, cells) : [...cells];
    if (row === null) return null;
    const at = (name: string): number => header.indexOf(name);
    if (file === 'documents.csv' && at('duplicate_sentences') >= 0) row[at('duplicate_sentences')] = String(repeated.size);
    else if (at('duplicate_sentence') >= 0 && at('sentence') >= 0) row[at('duplicate_sentence')] = repeated.has(Number(row[at('sentence')])) ? 'true' : 'false';
    return row;
  };
}
