// Percentile bootstrap over documents. A resampling unit (an outlet's documents, or an
// outlet × period's) is a list of n documents; each figure of the unit (tokens, hits of a
// category, quotes by a speaker type, …) is a column of per-document values, stored sparsely.
// Replicate b draws n documents with replacement (uniformly, from the PRNG stream of the
// unit's key) and sums every column over the draw; a statistic is then computed from the
// replicate's sums (e.g. 1000 · Σ hits / Σ tokens). All columns of a unit share the same
// draws, so one replicate costs n draws plus one pass over the non-zero values.
// The interval is the 2.5th and 97.5th percentile of the B replicate statistics (R's
// quantile type 7: linear interpolation between order statistics, h = (B − 1)·p).
import { seededRandom } from './prng.js';
import { rounded } from './shares.js';
import type { StatsOptions } from './stats-options.js';

export interface Column {
  readonly docs: Int32Array;
  readonly values: Float64Array;
  /** Σ values: the figure over the unit's documents as they are. */
  readonly total: number;
}

export interface Interval {
  readonly low: number;
  readonly high: number;
}

const EMPTY: Column = { docs: new Int32Array(0), values: new Float64Array(0), total: 0 };

/** Columns of one resampling unit, filled document by document (document indices ascending). */
export class ColumnSet {
  readonly #cols = new Map<string, { docs: number[]; values: number[] }>();
  #docCount = 0;

  get docCount(): number {
    return this.#docCount;
  }

  /** Starts the next document; returns its index. */
  nextDoc(): number {
    return this.#docCount++;
  }

  /** Adds `value` to column `key` for the current document. */
  add(key: string, value: number): void {
    if (value === 0) return;
    const doc = this.#docCount - 1;
    let col = this.#cols.get(key);
    if (!col) this.#cols.set(key, (col = { docs: [], values: [] }));
    const last = col.docs.length - 1;
    if (last >= 0 && col.docs[last] === doc) col.values[last]! += value;
    else {
      col.docs.push(doc);
      col.values.push(value);
    }
  }

  column(key: string): Column {
    const col = this.#cols.get(key);
    if (!col) return EMPTY;
    return { docs: Int32Array.from(col.docs), values: Float64Array.from(col.values), total: col.values.reduce((a, b) => a + b, 0) };
  }

  /** Σ of column `key` over the unit's documents. */
  total(key: string): number {
    return this.#cols.get(key)?.values.reduce((a, b) => a + b, 0) ?? 0;
  }

  keys(): string[] {
    return [...this.#cols.keys()];
  }

  /** True when column `key` has a non-zero value. */
  has(key: string): boolean {
    return this.#cols.has(key);
  }
}

/** For each column, its B replicate sums; null when B is 0 or the unit has fewer than 2
 *  documents (no interval is given then). */
export function replicateSums(docCount: number, columns: readonly Column[], options: StatsOptions, key: string): Float64Array[] | null {
  const B = options.bootstrap;
  if (B === 0 || docCount < 2) return null;
  const random = seededRandom(options.seed, key);
  const weights = new Float64Array(docCount);
  const sums = columns.map(() => new Float64Array(B));
  for (let b = 0; b < B; b++) {
    weights.fill(0);
    for (let i = 0; i < docCount; i++) weights[Math.floor(random() * docCount)]!++;
    for (let c = 0; c < columns.length; c++) {
      const { docs, values } = columns[c]!;
      let s = 0;
      for (let k = 0; k < docs.length; k++) s += weights[docs[k]!]! * values[k]!;
      sums[c]![b] = s;
    }
  }
  return sums;
}

/** The percentile interval of `stat(b)` over the replicates; replicates where the statistic is
 *  undefined (NaN, e.g. 0/0) are skipped; null when a bound is not finite or none is left. */
export function percentileInterval(B: number, stat: (b: number) => number, level = 0.95): Interval | null {
  const all = new Float64Array(B);
  let n = 0;
  for (let b = 0; b < B; b++) {
    const v = stat(b);
    if (!Number.isNaN(v)) all[n++] = v + 0; // -0 → 0: a typed array sorts -0 before 0
  }
  if (n === 0) return null;
  const values = all.subarray(0, n).sort(); // a typed array sorts numerically
  const low = quantile7(values, (1 - level) / 2);
  const high = quantile7(values, 1 - (1 - level) / 2);
  return Number.isFinite(low) && Number.isFinite(high) ? { low, high } : null;
}

/** R's quantile type 7 of sorted values. */
export function quantile7(sorted: ArrayLike<number>, p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const x = sorted[lo]!;
  const y = sorted[Math.min(lo + 1, sorted.length - 1)]!;
  return h === lo || x === y ? x : x + (h - lo) * (y - x);
}

/** scale · num / den; NaN for 0/0, Infinity for n/0. */
export const ratio = (num: number, den: number, scale = 1): number => (den === 0 ? (num === 0 ? NaN : Infinity) : (scale * num) / den);

/** The interval of scale · Σ num / Σ den, from replicate sums (columns num and den of `sums`). */
export function ratioInterval(sums: readonly Float64Array[] | null, num: number, den: number, scale: number): Interval | null {
  return sums ? sumsRatioInterval(sums[num]!, sums[den]!, scale) : null;
}

/** The interval of scale · Σ num / Σ den from the two figures' replicate sums. */
export function sumsRatioInterval(num: Float64Array, den: Float64Array, scale: number): Interval | null {
  return percentileInterval(num.length, (b) => ratio(num[b]!, den[b]!, scale));
}

/** Columns resampled at once by eachReplicateChunk: memory stays at CHUNK × B numbers. */
const CHUNK = 256;

/** The replicate sums of `den` and of `columns`, CHUNK columns at a time: `use(denSums, sums,
 *  first)` for each chunk, sums[k] being column first + k's. Every chunk redraws the same
 *  resamples (same key), so nothing depends on CHUNK. Not called when no interval is given
 *  (B = 0, or fewer than 2 documents). */
export function eachReplicateChunk(
  docCount: number,
  den: Column,
  columns: readonly Column[],
  options: StatsOptions,
  key: string,
  use: (denSums: Float64Array, sums: readonly Float64Array[], first: number) => void,
): void {
  for (let i = 0; i < columns.length; i += CHUNK) {
    const sums = replicateSums(docCount, [den, ...columns.slice(i, i + CHUNK)], options, key);
    if (!sums) return;
    use(sums[0]!, sums.slice(1), i);
  }
}

// The one rounding of rates and shares lives in shares.ts.
export { per1k as ratePer1k, rounded } from './shares.js';
