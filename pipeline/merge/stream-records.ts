// The records of shard folders in doc_id order, streamed: each shard's figures.jsonl is in
// doc_id order (a run writes it so), so a merge of the N files, one look-ahead line each, gives
// every record of the run in order while holding N lines. The lemma lines at the end of each
// file go to `onLemmas`. A line that is not JSON, a shard out of doc_id order and a doc_id in
// two shards stop the merge (ShardContentError, one line naming the file).
import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { compareDocIds } from '../corpus/compare-doc-ids.js';
import { docIdOfEntry, FIGURES_FILE, parseFiguresLine } from '../reports/figures-sidecar.js';
import type { FiguresEntry, LemmaLine } from '../reports/figures-sidecar.js';
import type { MergeRecord } from './cross-document.js';
import { ShardContentError } from './merge-rows.js';

interface Cursor {
  readonly shard: number;
  readonly path: string;
  readonly lines: AsyncIterator<string>;
  readonly close: () => void;
  line: number;
  head: { docId: string; entry: FiguresEntry } | null;
}

/** Every record of the shards (folders in `dirs`, shard i = dirs[i]) in doc_id order. */
export async function* streamRecords(dirs: readonly string[], onLemmas: (line: LemmaLine) => void = () => undefined): AsyncGenerator<MergeRecord> {
  const cursors: Cursor[] = dirs.map((dir, shard) => {
    const path = join(dir, FIGURES_FILE);
    const input = createReadStream(path, 'utf8');
    const reader = createInterface({ input, crlfDelay: Infinity });
    return { shard, path, lines: reader[Symbol.asyncIterator](), close: () => (reader.close(), input.destroy()), line: 0, head: null };
  });
  try {
    for (const c of cursors) await advance(c, onLemmas);
    let previous: string | null = null;
    for (;;) {
      let next: Cursor | null = null;
      for (const c of cursors) if (c.head && (!next || compareDocIds(c.head.docId, next.head!.docId) < 0)) next = c;
      if (!next) return;
      const { docId, entry } = next.head!;
      if (previous === docId) throw new ShardContentError(`doc_id ${docId} is in two shard folders; were they made from the same corpus? [MERGE_SHARD_CONTENT]`);
      previous = docId;
      await advance(next, onLemmas);
      if (next.head && compareDocIds(next.head.docId, docId) <= 0) {
        throw new ShardContentError(`${next.path}:${next.line}:1: doc_id ${next.head.docId} is out of doc_id order; re-run that shard [MERGE_SHARD_CONTENT]`);
      }
      yield { shard: next.shard, docId, entry, change: null };
    }
  } finally {
    for (const c of cursors) c.close();
  }
}

/** Moves a cursor to its next record line (lemma lines handed on, blank lines skipped). */
async function advance(c: Cursor, onLemmas: (line: LemmaLine) => void): Promise<void> {
  c.head = null;
  for (;;) {
    const read = await c.lines.next();
    if (read.done) return;
    c.line++;
    if (read.value.trim() === '') continue;
    let parsed: FiguresEntry | LemmaLine;
    try {
      parsed = parseFiguresLine(read.value);
    } catch {
      throw new ShardContentError(`${c.path}:${c.line}:1: not a JSON line; re-run that shard [MERGE_SHARD_CONTENT]`);
    }
    if (parsed.kind === 'lemmas') {
      onLemmas(parsed);
      continue;
    }
    c.head = { docId: docIdOfEntry(parsed), entry: parsed };
    return;
  }
}
