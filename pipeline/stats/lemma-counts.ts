// Lemma frequencies per outlet, for distinctive_terms.csv: how often each lemma of a word
// token occurs in each outlet's processed documents. Folded on add (per-outlet sums, never per
// document), so memory grows with the vocabulary, not the corpus: one global lemma → id table
// and one count array per outlet. Where documents are analysed (a worker), a batch's counts are
// summed first (`sumLemmas`), so the thread writing the reports adds each lemma once per batch,
// not once per document. A merge adds the shards' lemma_counts.csv. Every sentence counts,
// --dedup sentences or not: a per-outlet sum cannot tell which sentence a later shard repeats.
import { compareCodeUnits, compareDocIds } from '../corpus/compare-doc-ids.js';

/** Each lemma with its count, in order of first occurrence: one document's lemma figures. */
export function countLemmas(lemmas: Iterable<string>): [string, number][] {
  const counts = new Map<string, number>();
  for (const l of lemmas) counts.set(l, (counts.get(l) ?? 0) + 1);
  return [...counts];
}

/** Lemma counts summed over some documents: [outlet, [lemma, count][]][] (plain data, so it
 *  crosses from a worker thread as it is). */
export type LemmaSums = [string, [string, number][]][];

/** The lemma counts of documents (outlet and per-document lemma counts), summed per outlet. */
export function sumLemmas(docs: Iterable<{ readonly outlet: string; readonly lemmas: readonly (readonly [string, number])[] }>): LemmaSums {
  const byOutlet = new Map<string, Map<string, number>>();
  for (const { outlet, lemmas } of docs) {
    let sums = byOutlet.get(outlet);
    if (!sums) byOutlet.set(outlet, (sums = new Map()));
    for (const [lemma, count] of lemmas) sums.set(lemma, (sums.get(lemma) ?? 0) + count);
  }
  return [...byOutlet].map(([outlet, sums]) => [outlet, [...sums]]);
}

export class LemmaCounts {
  readonly #ids = new Map<string, number>();
  readonly #lemmas: string[] = [];
  readonly #byOutlet = new Map<string, number[]>();

  add(outlet: string, lemma: string, count = 1): void {
    const counts = this.#countsOf(outlet);
    const id = this.#idOf(lemma);
    while (counts.length <= id) counts.push(0);
    counts[id]! += count;
  }

  /** Adds [lemma, count] pairs of one outlet. */
  addPairs(outlet: string, pairs: Iterable<readonly [string, number]>): void {
    for (const [lemma, count] of pairs) this.add(outlet, lemma, count);
  }

  addSums(sums: LemmaSums): void {
    for (const [outlet, pairs] of sums) this.addPairs(outlet, pairs);
  }

  #countsOf(outlet: string): number[] {
    let counts = this.#byOutlet.get(outlet);
    if (!counts) this.#byOutlet.set(outlet, (counts = []));
    return counts;
  }

  #idOf(lemma: string): number {
    let id = this.#ids.get(lemma);
    if (id === undefined) {
      id = this.#lemmas.length;
      this.#ids.set(lemma, id);
      this.#lemmas.push(lemma);
    }
    return id;
  }

  /** Outlets in natural order. */
  outlets(): string[] {
    return [...this.#byOutlet.keys()].sort(compareDocIds);
  }

  /** Lemma ids in code-unit order of the lemmas. */
  sortedIds(): number[] {
    return this.#lemmas.map((_, i) => i).sort((a, b) => compareCodeUnits(this.#lemmas[a]!, this.#lemmas[b]!));
  }

  lemma(id: number): string {
    return this.#lemmas[id]!;
  }

  /** Count of lemma `id` in `outlet`. */
  count(outlet: string, id: number): number {
    return this.#byOutlet.get(outlet)?.[id] ?? 0;
  }

  /** Each outlet (natural order) with its lemmas that occur there and their counts, lemmas in
   *  code-unit order: lemma_counts.csv and the lemma lines of figures.jsonl. */
  *byOutlet(): Generator<[string, [string, number][]]> {
    const ids = this.sortedIds();
    for (const outlet of this.outlets()) {
      const pairs: [string, number][] = [];
      for (const id of ids) {
        const count = this.count(outlet, id);
        if (count > 0) pairs.push([this.lemma(id), count]);
      }
      yield [outlet, pairs];
    }
  }

  /** Σ over outlets, by lemma id. */
  totals(): number[] {
    const totals = this.#lemmas.map(() => 0);
    for (const counts of this.#byOutlet.values()) counts.forEach((c, id) => (totals[id]! += c));
    return totals;
  }

  /** Word tokens of an outlet (Σ of its counts). */
  outletTotal(outlet: string): number {
    return (this.#byOutlet.get(outlet) ?? []).reduce((a, b) => a + b, 0);
  }
}
