// PackedChunks: a growing sequence of Int32 records written in fixed-size chunks (a record never
// spans two). The chunk being filled stays in memory; a full one is moved to a spill file
// (spill-file.ts) and read back, a few at a time (the most recently used), when a record in it
// is asked for. So the memory of a run's per-document figures no longer grows with the corpus:
// 1 MiB a chunk, one being filled and up to CACHED read back.
import { SpillFile, type SpillShare } from './spill-file.js';

const CHUNK = 1 << 18; // ints (1 MiB)
const CACHED = 4;

export interface PackedChunksOptions {
  /** Ints per chunk (tests use small chunks to spill early). */
  readonly chunkInts?: number;
  /** Whether full chunks go to a spill file (default) or stay in memory. */
  readonly spill?: boolean;
}

/** PackedChunks as another worker thread reads them (`snapshot`, `fromSnapshot`). */
export interface PackedChunksSnapshot {
  /** Chunks still in memory (copied), null for spilled ones. */
  readonly chunks: readonly (Int32Array | null)[];
  readonly spilledAt: readonly number[];
  readonly lengths: readonly number[];
  readonly spill: SpillShare | null;
}

export class PackedChunks {
  readonly #chunkInts: number;
  #spill: SpillFile | null;
  #readOnly = false;
  /** Chunks kept in memory (null once spilled) and, for spilled ones, where they are. */
  readonly #chunks: (Int32Array | null)[] = [];
  readonly #spilledAt: number[] = [];
  readonly #lengths: number[] = [];
  readonly #cache = new Map<number, Int32Array>();
  #data: Int32Array = new Int32Array(0);
  #used = 0;

  constructor(options: PackedChunksOptions = {}) {
    this.#chunkInts = options.chunkInts ?? CHUNK;
    this.#spill = options.spill === false ? null : new SpillFile();
  }

  /** Makes room for a record of `n` ints; returns where it will start (chunk, offset). */
  reserve(n: number): [chunk: number, offset: number] {
    if (this.#readOnly) throw new Error('packed chunks: a snapshot is read-only');
    if (this.#chunks.length === 0 || this.#used + n > this.#data.length) {
      this.#seal();
      this.#data = new Int32Array(Math.max(this.#chunkInts, n));
      this.#chunks.push(this.#data);
      this.#spilledAt.push(-1);
      this.#lengths.push(0);
      this.#used = 0;
    }
    return [this.#chunks.length - 1, this.#used];
  }

  /** Appends one int to the record being written (after `reserve`). */
  push(value: number): void {
    this.#data[this.#used++] = value;
  }

  /** Chunk `index`, read back from the spill file if it was moved there. */
  chunk(index: number): Int32Array {
    const kept = this.#chunks[index];
    if (kept) return kept;
    let read = this.#cache.get(index);
    if (read) this.#cache.delete(index); // re-inserted below as the most recent
    else {
      const ints = this.#lengths[index]!;
      read = new Int32Array(ints);
      this.#spill!.read(this.#spilledAt[index]!, ints * 4, new Uint8Array(read.buffer));
      if (this.#cache.size >= CACHED) this.#cache.delete(this.#cache.keys().next().value!);
    }
    this.#cache.set(index, read);
    return read;
  }

  /** The chunks as they are now, for reading in another thread (nothing is added afterwards):
   *  chunks in memory are copied (the one being filled up to its end); spilled ones are read
   *  there through the shared descriptor, so the spill file must stay open meanwhile. */
  snapshot(): PackedChunksSnapshot {
    const last = this.#chunks.length - 1;
    const chunks = this.#chunks.map((c, i) => (c === null ? null : i === last ? c.slice(0, this.#used) : c.slice(0, this.#lengths[i])));
    return { chunks, spilledAt: [...this.#spilledAt], lengths: this.#lengths.map((n, i) => (i === last ? this.#used : n)), spill: this.#spill?.share() ?? null };
  }

  /** Read-only chunks from a snapshot (spilled ones read through a borrowed view). */
  static fromSnapshot(snapshot: PackedChunksSnapshot): PackedChunks {
    const chunks = new PackedChunks({ spill: false });
    chunks.#chunks.push(...snapshot.chunks);
    chunks.#spilledAt.push(...snapshot.spilledAt);
    chunks.#lengths.push(...snapshot.lengths);
    chunks.#spill = snapshot.spill ? SpillFile.borrowed(snapshot.spill) : null;
    chunks.#readOnly = true;
    return chunks;
  }

  /** Whether any chunk has gone to the spill file (tests). */
  get spilled(): boolean {
    return this.#spilledAt.some((at) => at >= 0);
  }

  /** Frees the spill file; the chunks must not be read afterwards. */
  close(): void {
    this.#spill?.close();
    this.#cache.clear();
  }

  /** The full chunk moves to the spill file (only its used part). */
  #seal(): void {
    const last = this.#chunks.length - 1;
    if (last < 0) return;
    this.#lengths[last] = this.#used;
    if (!this.#spill) return;
    const used = this.#data.subarray(0, this.#used);
    this.#spilledAt[last] = this.#spill.append(new Uint8Array(used.buffer, used.byteOffset, used.byteLength));
    this.#chunks[last] = null;
  }
}

/** A copy of `array` in a longer typed array of the same kind (the rest zeros). */
export function grown<T extends Uint8Array<ArrayBuffer> | Int32Array<ArrayBuffer> | Float64Array<ArrayBuffer>>(array: T, length: number): T {
  const next = new (array.constructor as new (length: number) => T)(length);
  next.set(array);
  return next;
}
