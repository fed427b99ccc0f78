// Shards: `analyze --shard I/N` processes the records whose doc_id hashes to shard I of N, so
// N machines can each run one slice and `framelens merge` joins the folders (merge-runs.ts).
// The slice depends only on the doc_id (sha256, first 48 bits, mod N): not on file order,
// not on the machine, and shards get about the same number of records. Records are sliced
// after the whole corpus is indexed, once every doc_id is final and duplicates are found over
// the whole corpus (corpus/record-index.ts keepOnly); each shard still reads every input file,
// so its manifest lists the same inputs as one run.
import { createHash } from 'node:crypto';

/** Shard `index` (1-based) of `count`. */
export interface Shard {
  readonly index: number;
  readonly count: number;
}

export type ShardParse = { readonly ok: true; readonly shard: Shard } | { readonly ok: false; readonly message: string };

/** The shard (1..count) a doc_id belongs to. */
export function shardOf(docId: string, count: number): number {
  const digest = createHash('sha256').update(docId, 'utf8').digest();
  return (digest.readUIntBE(0, 6) % count) + 1;
}

export function inShard(docId: string, shard: Shard): boolean {
  return shardOf(docId, shard.count) === shard.index;
}

/** `2/3` → shard 2 of 3. Both whole numbers, 1 ≤ I ≤ N. */
export function parseShard(text: string): ShardParse {
  const m = /^(\d{1,9})\/(\d{1,9})$/.exec(text.trim());
  const [index, count] = m ? [Number(m[1]), Number(m[2])] : [NaN, NaN];
  if (!m || index < 1 || count < 1 || index > count) {
    return { ok: false, message: `--shard must be I/N with whole numbers 1 <= I <= N (e.g. 2/3), not '${text}' [SHARD_SYNTAX]` };
  }
  return { ok: true, shard: { index, count } };
}

export function formatShard(shard: Shard): string {
  return `${shard.index}/${shard.count}`;
}
