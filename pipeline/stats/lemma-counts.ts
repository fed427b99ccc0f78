// Lemma frequencies per outlet, for distinctive_terms.csv: how often each lemma of a word
// token occurs in each outlet's processed documents. Folded on add (per-outlet sums, never per
// document), so memory grows with the vocabulary, not the corpus: one global lemma → id table
// and one count array per outlet. Where documents are analysed (a worker), a batch's counts are
// summed first (`sumLemmas`) in that thread's own lemma ids (THREAD_LEMMAS, which tokenize
// fills once per wink lexeme, so a token's lemma is counted by id), sent with the lemmas of the
// ids not named to the receiver before, and turned into the run's ids as they arrive
// (LemmaIdMap): the thread writing the reports looks up each lemma string once per worker, and
// adds counts by id. A merge adds the shards' lemma lines. Every sentence counts, --dedup
// sentences or not: a per-outlet sum cannot tell which sentence a later shard repeats.
import { compareCodeUnits, compareDocIds } from '../corpus/compare-doc-ids.js';
import { grown } from './packed-chunks.js';

/** A thread's lemma → id dictionary: ids in order of first meeting. Where documents are
 *  analysed (a worker), a batch's lemma counts go out in these ids, with the lemmas of the ids
 *  the receiver has not been told yet (`takeFresh`); the run's own table is one too
 *  (LemmaCounts). Made with another LemmaIds, it shares that one's table and keeps its own
 *  record of ids told: one per receiver (a run, a worker's pool slot), all on the thread's
 *  table (THREAD_LEMMAS), which also holds lemmas a receiver never counts (lexicon entries'
 *  words, an earlier run's in the same thread): those are never sent. */
export class LemmaIds {
  readonly #table: { readonly ids: Map<string, number>; readonly lemmas: string[] };
  #told: Uint8Array<ArrayBuffer> = new Uint8Array(0);

  constructor(shared?: LemmaIds) {
    this.#table = shared ? shared.#table : { ids: new Map(), lemmas: [] };
  }

  idOf(lemma: string): number {
    const table = this.#table;
    let id = table.ids.get(lemma);
    if (id === undefined) {
      id = table.lemmas.length;
      table.ids.set(lemma, id);
      table.lemmas.push(lemma);
    }
    return id;
  }

  lemma(id: number): string {
    return this.#table.lemmas[id]!;
  }

  get size(): number {
    return this.#table.lemmas.length;
  }

  /** Whether the two give the same ids (one table). */
  shares(other: LemmaIds): boolean {
    return this.#table === other.#table;
  }

  /** Of the ids in `outlets`' pairs, those not told to this receiver yet, with their lemmas
   *  (now told). */
  takeFresh(outlets: readonly (readonly [string, Int32Array])[]): { freshIds: Int32Array; fresh: string[] } {
    if (this.#told.length < this.size) this.#told = grown(this.#told, Math.max(this.size, this.#told.length * 2));
    const ids: number[] = [];
    for (const [, pairs] of outlets) {
      for (let i = 0; i < pairs.length; i += 2) {
        const id = pairs[i]!;
        if (this.#told[id] === 0) {
          this.#told[id] = 1;
          ids.push(id);
        }
      }
    }
    return { freshIds: Int32Array.from(ids), fresh: ids.map((id) => this.lemma(id)) };
  }
}

/** This thread's lemma table: tokenize gives each token its lemma's id here (Token.lemmaId, once
 *  per wink lexeme and tag), so a document's lemmas are counted by id (`countLemmaIds`) and
 *  summed without a look-up by string. Ids are this thread's: they never leave it. Like
 *  wink's word cache it grows with the vocabulary the thread meets (a worker is recycled). */
export const THREAD_LEMMAS = new LemmaIds();

let tally = new Int32Array(1 << 16);

/** One document's lemma figures from its words' THREAD_LEMMAS ids (one per counted token): each
 *  lemma with its count, in order of first occurrence, and their ids in the same order. */
export function countLemmaIds(ids: readonly number[]): { lemmas: [string, number][]; lemmaIds: Int32Array } {
  if (tally.length < THREAD_LEMMAS.size) tally = new Int32Array(Math.max(THREAD_LEMMAS.size, tally.length * 2));
  const order: number[] = [];
  for (let i = 0; i < ids.length; i++) if (tally[ids[i]!]!++ === 0) order.push(ids[i]!);
  const lemmas = order.map((id): [string, number] => [THREAD_LEMMAS.lemma(id), tally[id]!]);
  for (const id of order) tally[id] = 0;
  return { lemmas, lemmaIds: Int32Array.from(order) };
}

/** A batch's lemma counts in the ids of the thread that analysed it: the lemmas of the ids its
 *  receiver has not been told before, and per outlet [id, count, id, count, …] (plain data and
 *  typed arrays: it crosses from a worker thread as it is). */
export interface BatchLemmas {
  /** Ids the receiver had not been told yet, and their lemmas. */
  readonly freshIds: Int32Array;
  readonly fresh: readonly string[];
  readonly outlets: readonly (readonly [string, Int32Array])[];
}

/** Lemma counts in the ids of the run's LemmaCounts: per outlet [id, count, id, count, …]. */
export type LemmaSums = readonly (readonly [string, Int32Array])[];

/** The lemma counts of documents (outlet and per-document lemma counts), summed per outlet, in
 *  the ids of `ids`. */
export function sumLemmas(docs: Iterable<{ readonly outlet: string; readonly lemmas: readonly (readonly [string, number])[]; readonly lemmaIds?: Int32Array }>, ids: LemmaIds): BatchLemmas {
  const byOutlet = new Map<string, Map<number, number>>();
  const threadIds = ids.shares(THREAD_LEMMAS); // a document's lemmaIds are its thread's
  for (const { outlet, lemmas, lemmaIds } of docs) {
    let sums = byOutlet.get(outlet);
    if (!sums) byOutlet.set(outlet, (sums = new Map()));
    const known = threadIds && lemmaIds?.length === lemmas.length ? lemmaIds : null;
    for (let k = 0; k < lemmas.length; k++) {
      const id = known ? known[k]! : ids.idOf(lemmas[k]![0]);
      sums.set(id, (sums.get(id) ?? 0) + lemmas[k]![1]);
    }
  }
  const outlets = [...byOutlet].map(([outlet, sums]): [string, Int32Array] => {
    const pairs = new Int32Array(sums.size * 2);
    let i = 0;
    sums.forEach((count, id) => {
      pairs[i++] = id;
      pairs[i++] = count;
    });
    return [outlet, pairs];
  });
  return { ...ids.takeFresh(outlets), outlets };
}

/** Turns one thread's BatchLemmas into the run's ids. Batches must come in the order that
 *  thread sent them (a worker's messages do), since each names only the lemmas not named before. */
export class LemmaIdMap {
  /** Run id + 1 by thread id (0: not told yet). */
  #toRun: Int32Array<ArrayBuffer> = new Int32Array(0);
  constructor(private readonly runIdOf: (lemma: string) => number) {}

  translate(batch: BatchLemmas | null): LemmaSums {
    if (!batch) return [];
    const { freshIds, fresh } = batch;
    for (let k = 0; k < freshIds.length; k++) {
      const id = freshIds[k]!;
      if (id >= this.#toRun.length) this.#toRun = grown(this.#toRun, Math.max(id + 1, this.#toRun.length * 2));
      this.#toRun[id] = this.runIdOf(fresh[k]!) + 1;
    }
    for (const [, pairs] of batch.outlets) {
      for (let i = 0; i < pairs.length; i += 2) {
        const run = this.#toRun[pairs[i]!] ?? 0;
        if (run === 0) throw new Error(`lemma ids out of order: id ${pairs[i]} was never named`);
        pairs[i] = run - 1;
      }
    }
    return batch.outlets;
  }
}

export class LemmaCounts {
  readonly #ids = new LemmaIds();
  readonly #byOutlet = new Map<string, number[]>();
  #sorted: number[] | null = null;

  add(outlet: string, lemma: string, count = 1): void {
    const counts = this.#countsOf(outlet);
    const id = this.#ids.idOf(lemma);
    while (counts.length <= id) counts.push(0);
    counts[id]! += count;
  }

  /** The run's id of `lemma` (given if new): what LemmaSums count in. */
  idOf(lemma: string): number {
    return this.#ids.idOf(lemma);
  }

  /** Adds [lemma, count] pairs of one outlet. */
  addPairs(outlet: string, pairs: Iterable<readonly [string, number]>): void {
    for (const [lemma, count] of pairs) this.add(outlet, lemma, count);
  }

  addSums(sums: LemmaSums): void {
    for (const [outlet, pairs] of sums) {
      const counts = this.#countsOf(outlet);
      for (let i = 0; i < pairs.length; i += 2) {
        const id = pairs[i]!;
        while (counts.length <= id) counts.push(0);
        counts[id]! += pairs[i + 1]!;
      }
    }
  }

  #countsOf(outlet: string): number[] {
    let counts = this.#byOutlet.get(outlet);
    if (!counts) this.#byOutlet.set(outlet, (counts = []));
    return counts;
  }

  /** Outlets in natural order. */
  outlets(): string[] {
    return [...this.#byOutlet.keys()].sort(compareDocIds);
  }

  /** Lemma ids in code-unit order of the lemmas (sorted once for the reports that read them
   *  all: distinctive_terms.csv, lemma_counts.csv, figures.jsonl's lemma lines). */
  sortedIds(): readonly number[] {
    const ids = this.#ids;
    if (this.#sorted?.length !== ids.size) this.#sorted = Array.from({ length: ids.size }, (_, i) => i).sort((a, b) => compareCodeUnits(ids.lemma(a), ids.lemma(b)));
    return this.#sorted;
  }

  lemma(id: number): string {
    return this.#ids.lemma(id);
  }

  /** An outlet's counts by lemma id (shorter than the run's lemmas where the rest are 0). */
  countsOf(outlet: string): readonly number[] {
    return this.#byOutlet.get(outlet) ?? [];
  }

  /** Each outlet (natural order) with its lemmas that occur there and their counts, lemmas in
   *  code-unit order: the lemma lines of figures.jsonl. */
  *byOutlet(): Generator<[string, [string, number][]]> {
    for (const outlet of this.outlets()) yield [outlet, [...this.countsIn(outlet)]];
  }

  /** The lemmas that occur in `outlet` with their counts, in code-unit order, one at a time
   *  (lemma_counts.csv: no array of a large outlet's pairs). */
  *countsIn(outlet: string): Generator<[string, number]> {
    const counts = this.countsOf(outlet);
    for (const id of this.sortedIds()) {
      const count = counts[id] ?? 0;
      if (count > 0) yield [this.lemma(id), count];
    }
  }

  /** Σ over outlets, by lemma id. */
  totals(): number[] {
    const totals: number[] = new Array<number>(this.#ids.size).fill(0);
    for (const counts of this.#byOutlet.values()) counts.forEach((c, id) => (totals[id]! += c));
    return totals;
  }

  /** Word tokens of an outlet (Σ of its counts). */
  outletTotal(outlet: string): number {
    return (this.#byOutlet.get(outlet) ?? []).reduce((a, b) => a + b, 0);
  }
}
