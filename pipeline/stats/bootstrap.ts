// Percentile bootstrap over documents. A resampling unit (an outlet's documents, or an
// outlet × period's) is a list of n documents; each figure of the unit (tokens, hits of a
// category, quotes by a speaker type, …) is a column of per-document values, stored sparsely.
// Replicate b draws n documents with replacement (uniformly, from the PRNG stream of the
// unit's key) and sums every column over the draw; a statistic is then computed from the
// replicate's sums (e.g. 1000 · Σ hits / Σ tokens). All columns of a unit share the same
// draws, so one replicate costs n draws plus one pass over the non-zero values.
// The interval is the 2.5th and 97.5th percentile of the B replicate statistics (R's
// quantile type 7: linear interpolation between order statistics, h = (B − 1)·p).
import { seededStream } from './prng.js';
import { rounded } from './shares.js';
import type { StatsOptions } from './stats-options.js';

export interface Column {
  readonly docs: Int32Array;
  readonly values: Float64Array;
  /** Σ values: the figure over the unit's documents as they are. */
  readonly total: number;
  /** Whether every replicate sum is exact in any order of adding: integer values, sums below
   *  2⁵³ (counts, always). */
  readonly exact: boolean;
}

export interface Interval {
  readonly low: number;
  readonly high: number;
}

const EMPTY: Column = { docs: new Int32Array(0), values: new Float64Array(0), total: 0, exact: true };

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
    const values = Float64Array.from(col.values);
    // A replicate sum is at most docCount · Σ |values| (no document is drawn more often).
    const exact = values.every(Number.isInteger) && Number.isSafeInteger(this.#docCount * values.reduce((a, v) => a + Math.abs(v), 0));
    return { docs: Int32Array.from(col.docs), values, total: col.values.reduce((a, b) => a + b, 0), exact };
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
  const stream = seededStream(options.seed, key);
  const weights = new Float64Array(docCount);
  const sums = columns.map(() => new Float64Array(B));
  for (let b = 0; b < B; b++) {
    weights.fill(0);
    stream.countDraws(weights, docCount);
    for (let c = 0; c < columns.length; c++) {
      const { docs, values, exact } = columns[c]!;
      sums[c]![b] = exact ? exactWeightedSum(weights, docs, values) : weightedSum(weights, docs, values);
    }
  }
  return sums;
}

/** Σ weights[docs[k]] · values[k], in order of k. */
function weightedSum(weights: Float64Array, docs: Int32Array, values: Float64Array): number {
  let s = 0;
  for (let k = 0; k < docs.length; k++) s += weights[docs[k]!]! * values[k]!;
  return s;
}

/** The same sum, exact (integers below 2⁵³), added in four running sums: they do not wait on
 *  each other, and integers add up to the same whatever the order. */
function exactWeightedSum(weights: Float64Array, docs: Int32Array, values: Float64Array): number {
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let k = 0;
  for (const last = docs.length - 3; k < last; k += 4) {
    s0 += weights[docs[k]!]! * values[k]!;
    s1 += weights[docs[k + 1]!]! * values[k + 1]!;
    s2 += weights[docs[k + 2]!]! * values[k + 2]!;
    s3 += weights[docs[k + 3]!]! * values[k + 3]!;
  }
  for (; k < docs.length; k++) s0 += weights[docs[k]!]! * values[k]!;
  return s0 + s1 + (s2 + s3);
}

/** The percentile interval of `stat(b)` over the replicates; replicates where the statistic is
 *  undefined (NaN, e.g. 0/0) are skipped; null when a bound is not finite or none is left.
 *  The two order statistics each bound needs are selected, not sorted for (the same values). */
export function percentileInterval(B: number, stat: (b: number) => number, level = 0.95): Interval | null {
  const all = new Float64Array(B);
  let n = 0;
  for (let b = 0; b < B; b++) {
    const v = stat(b);
    if (!Number.isNaN(v)) all[n++] = v + 0; // -0 → 0, as a sort would not order them
  }
  if (n === 0) return null;
  const values = all.subarray(0, n);
  const [pLow, pHigh] = [(1 - level) / 2, 1 - (1 - level) / 2];
  const low = selectedQuantile7(values, pLow, 0);
  const high = selectedQuantile7(values, pHigh, Math.floor((n - 1) * pLow) + 1);
  return Number.isFinite(low) && Number.isFinite(high) ? { low, high } : null;
}

/** R's quantile type 7 of sorted values. */
export function quantile7(sorted: ArrayLike<number>, p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  return interpolated(h, lo, sorted[lo]!, sorted[Math.min(lo + 1, sorted.length - 1)]!);
}

function interpolated(h: number, lo: number, x: number, y: number): number {
  return h === lo || x === y ? x : x + (h - lo) * (y - x);
}

/** quantile7 of `values` without sorting them: the order statistics it needs are selected in
 *  place, among values[from..] (the values before `from` being the smallest ones, as an earlier
 *  call leaves them; `from` ≤ the lower order statistic's index). */
function selectedQuantile7(values: Float64Array, p: number, from: number): number {
  const n = values.length;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  selectInPlace(values, Math.min(from, lo), n - 1, lo);
  let y = values[lo]!;
  if (lo + 1 < n) {
    y = values[lo + 1]!;
    for (let i = lo + 2; i < n; i++) if (values[i]! < y) y = values[i]!;
  }
  return interpolated(h, lo, values[lo]!, y);
}

/** Reorders a[left..right] so that a[k] is the value a sort would put there, none before it
 *  larger and none after it smaller (Hoare's selection, median-of-three pivots). */
function selectInPlace(a: Float64Array, left: number, right: number, k: number): void {
  while (right > left) {
    const mid = (left + right) >>> 1;
    if (a[mid]! < a[left]!) swap(a, mid, left);
    if (a[right]! < a[left]!) swap(a, right, left);
    if (a[right]! < a[mid]!) swap(a, right, mid);
    const pivot = a[mid]!;
    let i = left;
    let j = right;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) swap(a, i++, j--);
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else return;
  }
}

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i]!;
  a[i] = a[j]!;
  a[j] = t;
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
