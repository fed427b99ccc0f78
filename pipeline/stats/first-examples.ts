// FirstExamples: the example label_candidates.csv shows for each outlet × actor × word — the
// one from the smallest doc_id — kept for a whole run. Their number grows with the corpus's
// vocabulary (178,000 on a 1 GB synthetic corpus), so the texts go to a spill file
// (spill-file.ts) in batches and only a slot per key stays in memory: the document that holds
// the example and where its text is, in typed arrays. A key is three string ids of the figures
// store (outlet, actor, word), looked up through nested maps of small integers: no key string
// is built or kept per candidate (they were 30 bytes each, plus a map entry).
import { compareDocIds } from '../corpus/compare-doc-ids.js';
import { grown } from './packed-chunks.js';
import { SpillFile } from './spill-file.js';
import { ownString } from '../own-string.js';

const FLUSH_CHARS = 1 << 20;

export class FirstExamples {
  /** outlet → actor → word → slot. */
  readonly #slots = new Map<number, Map<number, Map<number, number>>>();
  #size = 0;
  /** Per slot: the document (its index in the store), where the spilled text is and its UTF-8
   *  length; texts not spilled yet are in #pending. */
  #doc: Int32Array<ArrayBuffer> = new Int32Array(1 << 10);
  #at: Float64Array<ArrayBuffer> = new Float64Array(1 << 10);
  #bytes: Int32Array<ArrayBuffer> = new Int32Array(1 << 10);
  readonly #pending = new Map<number, string>();
  #pendingChars = 0;
  readonly #spill = new SpillFile();

  constructor(
    private readonly docIdOf: (doc: number) => string,
    private readonly flushChars = FLUSH_CHARS,
  ) {}

  /** Offers document `doc`'s example for (outlet, actor, word): kept if the key is new or `doc`
   *  comes first. */
  offer(outlet: number, actor: number, word: number, doc: number, example: string): void {
    const words = this.#wordsOf(outlet, actor, true)!;
    let slot = words.get(word);
    if (slot === undefined) {
      slot = this.#newSlot();
      words.set(word, slot);
    } else if (compareDocIds(this.docIdOf(doc), this.docIdOf(this.#doc[slot]!)) >= 0) return;
    this.#doc[slot] = doc;
    const before = this.#pending.get(slot);
    this.#pending.set(slot, ownString(example));
    this.#pendingChars += example.length - (before?.length ?? 0);
    if (this.#pendingChars >= this.flushChars) this.#flush();
  }

  /** The example of (outlet, actor, word) if document `doc` holds it, else ''. */
  exampleOf(outlet: number, actor: number, word: number, doc: number): string {
    const slot = this.#wordsOf(outlet, actor, false)?.get(word);
    if (slot === undefined || this.#doc[slot] !== doc) return '';
    const text = this.#pending.get(slot);
    if (text !== undefined) return text;
    return Buffer.from(this.#spill.read(this.#at[slot]!, this.#bytes[slot]!)).toString('utf8');
  }

  /** Frees the spill file; examples must not be asked for afterwards. */
  close(): void {
    this.#spill.close();
  }

  #wordsOf(outlet: number, actor: number, make: boolean): Map<number, number> | undefined {
    let actors = this.#slots.get(outlet);
    if (!actors) {
      if (!make) return undefined;
      this.#slots.set(outlet, (actors = new Map()));
    }
    let words = actors.get(actor);
    if (!words && make) actors.set(actor, (words = new Map()));
    return words;
  }

  #newSlot(): number {
    const slot = this.#size++;
    if (slot === this.#doc.length) {
      const length = Math.ceil(slot * 1.5);
      [this.#doc, this.#at, this.#bytes] = [grown(this.#doc, length), grown(this.#at, length), grown(this.#bytes, length)];
    }
    return slot;
  }

  /** Moves the texts held in memory to the spill file, in one write. */
  #flush(): void {
    const slots = [...this.#pending.keys()];
    const parts = slots.map((slot) => Buffer.from(this.#pending.get(slot)!, 'utf8'));
    let at = this.#spill.append(Buffer.concat(parts));
    slots.forEach((slot, i) => {
      this.#at[slot] = at;
      this.#bytes[slot] = parts[i]!.byteLength;
      at += parts[i]!.byteLength;
    });
    this.#pending.clear();
    this.#pendingChars = 0;
  }
}
