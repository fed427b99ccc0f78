// --dedup sentences: a sentence repeated within an outlet counts once, as Media Cloud counts
// a sentence once per source. Documents are marked one at a time in doc_id order (the report
// writer, or a merge replaying shards); the first occurrence is kept — an earlier sentence of
// the same document included — and later ones are `duplicate`. Sentences are compared by the
// 53-bit hash of their normalised text (DocResult.sentenceHashes). Memory: one open-addressing
// table of 8-byte slots per outlet, at most half full (≈ 16 bytes a distinct sentence).
import type { DocFigures, DocResult, RecordOutcome } from '../types.js';

/** A set of 53-bit integers in a Float64Array (0 marks an empty slot; values stored + 1). */
class HashSet53 {
  #slots = new Float64Array(1024);
  #size = 0;

  /** Adds `h`; true when it was not there yet. */
  add(h: number): boolean {
    if (this.#size * 2 >= this.#slots.length) this.#grow();
    const added = insert(this.#slots, h + 1);
    if (added) this.#size++;
    return added;
  }

  #grow(): void {
    const old = this.#slots;
    this.#slots = new Float64Array(old.length * 2);
    for (const v of old) if (v !== 0) insert(this.#slots, v);
  }
}

function insert(slots: Float64Array, v: number): boolean {
  const mask = slots.length - 1;
  let i = (v % 4294967296) & mask;
  for (;;) {
    const s = slots[i]!;
    if (s === 0) {
      slots[i] = v;
      return true;
    }
    if (s === v) return false;
    i = (i + 1) & mask;
  }
}

export class SentenceDedup {
  readonly #seen = new Map<string, HashSet53>();

  /** Indices of the document's sentences already seen in its outlet; records the others. */
  mark(outlet: string, sentenceHashes: readonly number[]): number[] {
    let seen = this.#seen.get(outlet);
    if (!seen) this.#seen.set(outlet, (seen = new HashSet53()));
    const duplicates: number[] = [];
    sentenceHashes.forEach((h, i) => {
      if (!seen.add(h)) duplicates.push(i);
    });
    return duplicates;
  }

  /** Figures rebuilt by a merge, re-marked across all shards (call in doc_id order). */
  markFigures(figures: DocFigures): DocFigures {
    return { ...figures, duplicateSentences: this.mark(figures.outlet, figures.sentenceHashes) };
  }

  /** The outcome with its document's repeated sentences marked (set-aside records as given). */
  markOutcome(outcome: RecordOutcome): RecordOutcome {
    if (outcome.kind !== 'processed') return outcome;
    const doc: DocResult = { ...outcome.doc, duplicateSentences: this.mark(outcome.doc.meta.outlet, outcome.doc.sentenceHashes) };
    return { kind: 'processed', doc };
  }
}
