// The first k items of a stream in an order, kept as they come: what sorting them all and
// taking the first k gives, without holding or sorting them all (distinctive_terms.csv keeps 50
// lemmas per outlet of the hundreds of thousands a large corpus has). The order must be total
// (no two items equal), as a sort and a slice would otherwise depend on the items' order.

export class TopRows<T> {
  readonly #kept: T[] = [];

  /** `before(a, b)` < 0 when a comes before b. */
  constructor(
    readonly k: number,
    private readonly before: (a: T, b: T) => number,
  ) {}

  /** Whether an item would be kept now (cheaper than making the item: `offer` only then). */
  wouldKeep(item: T): boolean {
    const kept = this.#kept;
    if (kept.length < this.k) return true;
    return kept.length > 0 && this.before(item, kept[kept.length - 1]!) < 0;
  }

  offer(item: T): void {
    if (!this.wouldKeep(item)) return;
    const kept = this.#kept;
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.before(kept[mid]!, item) < 0) lo = mid + 1;
      else hi = mid;
    }
    kept.splice(lo, 0, item);
    if (kept.length > this.k) kept.pop();
  }

  /** The kept items, in order. */
  items(): readonly T[] {
    return this.#kept;
  }
}
