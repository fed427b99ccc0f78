// FirstExamples: the example label_candidates.csv shows for each outlet × actor × word — the
// one from the smallest doc_id — kept for a whole run. Their number grows with the corpus's
// vocabulary (178,000 on a 1 GB synthetic corpus), so the texts go to a spill file
// (spill-file.ts) in batches and only a slot per key stays in memory: the document that holds
// the example and where its text is.
import { compareDocIds } from '../corpus/compare-doc-ids.js';
import { SpillFile } from './spill-file.js';
import { ownString } from '../own-string.js';

const FLUSH_CHARS = 1 << 20;

export class FirstExamples {
  readonly #slots = new Map<string, number>();
  /** Per slot: the document (its index in the store), its text (null once spilled), where the
   *  spilled text is and its UTF-8 length. */
  readonly #doc: number[] = [];
  readonly #text: (string | null)[] = [];
  readonly #at: number[] = [];
  readonly #bytes: number[] = [];
  readonly #pending = new Set<number>();
  #pendingChars = 0;
  readonly #spill = new SpillFile();

  constructor(
    private readonly docIdOf: (doc: number) => string,
    private readonly flushChars = FLUSH_CHARS,
  ) {}

  /** Offers document `doc`'s example for `key`: kept if the key is new or `doc` comes first. */
  offer(key: string, doc: number, example: string): void {
    let slot = this.#slots.get(key);
    if (slot === undefined) {
      slot = this.#doc.length;
      this.#slots.set(key, slot);
      this.#doc.push(doc);
      this.#text.push(null);
      this.#at.push(0);
      this.#bytes.push(0);
    } else if (compareDocIds(this.docIdOf(doc), this.docIdOf(this.#doc[slot]!)) < 0) this.#doc[slot] = doc;
    else return;
    this.#text[slot] = ownString(example);
    this.#pending.add(slot);
    this.#pendingChars += example.length;
    if (this.#pendingChars >= this.flushChars) this.#flush();
  }

  /** The example of `key` if document `doc` holds it, else ''. */
  exampleOf(key: string, doc: number): string {
    const slot = this.#slots.get(key);
    if (slot === undefined || this.#doc[slot] !== doc) return '';
    const text = this.#text[slot];
    if (text !== null) return text!;
    return Buffer.from(this.#spill.read(this.#at[slot]!, this.#bytes[slot]!)).toString('utf8');
  }

  /** Frees the spill file; examples must not be asked for afterwards. */
  close(): void {
    this.#spill.close();
  }

  /** Moves the texts held in memory to the spill file, in one write. */
  #flush(): void {
    const slots = [...this.#pending];
    const parts = slots.map((slot) => Buffer.from(this.#text[slot]!, 'utf8'));
    let at = this.#spill.append(Buffer.concat(parts));
    slots.forEach((slot, i) => {
      this.#at[slot] = at;
      this.#bytes[slot] = parts[i]!.byteLength;
      this.#text[slot] = null;
      at += parts[i]!.byteLength;
    });
    this.#pending.clear();
    this.#pendingChars = 0;
  }
}
