// FiguresStore: every processed document's figures, as the statistics count them, packed into
// Int32 chunks (packed-chunks.ts) — a few hundred bytes per document, not one object per hit and
// quote — of which full ones go to a temporary spill file, so a run's memory does not grow with
// them. Strings (outlets, terms, speakers, forms, …) are kept once, by id; a document is read
// back as a fresh DocFigures (`at`), used and dropped, so the summary reports stream over the
// documents (`inOrder`, `ofOutlet`) instead of holding them. What stays in memory per document
// is its doc_id, outlet and place (~60 bytes).
// Not kept: `dupKey`, per-sentence hashes and token counts (RunTotals has used them when the
// document is added; they come back empty), and the example of a label
// candidate other than the first (in doc_id order) of its outlet, actor and word, the only
// one a report shows.
import { compareDocIds } from '../corpus/compare-doc-ids.js';
import { FirstExamples } from './first-examples.js';
import { grown, PackedChunks, type PackedChunksOptions, type PackedChunksSnapshot } from './packed-chunks.js';
import type { ActorMentionFigure, DocFigures, HitFigure, LabelCandidateFigure, QuoteFigure } from '../types.js';
import { ownString } from '../own-string.js';

const HEADER = 9; // outlet, date, tokens, sentences, hits, quotes, actors, candidates, duplicate sentences
const HIT = 4; // sentence, kind (the tuple of term, category, lexicon, voice, flags, form, quote kind), target, speaker
const QUOTE = 4; // sentence, kind (the tuple of kind, speaker type, cue lemma, cue connotation), speaker, words
const PAIR = 4;
const SCARE = 1;
const NEGATED = 2;

export interface FiguresStoreOptions extends PackedChunksOptions {
  /** Characters of label candidates' examples held before they go to the spill file. */
  readonly exampleFlushChars?: number;
}

/** A store as another worker thread reads it: FiguresStore.snapshot, fromSnapshot. */
export interface FiguresSnapshot {
  readonly strings: readonly string[];
  readonly tuples: readonly (readonly number[])[];
  readonly chunks: PackedChunksSnapshot;
  readonly chunkOf: Int32Array;
  readonly starts: Int32Array;
  readonly outletOf: Int32Array;
  readonly docIds: readonly string[];
}

export class FiguresStore {
  readonly #ids = new Map<string, number>();
  readonly #strings: string[] = [];
  /** Combinations of string ids that repeat (a hit's term, category, lexicon, …), kept once. */
  readonly #tupleIds = new Map<string, number>();
  readonly #tuples: number[][] = [];
  #chunks: PackedChunks;
  /** Per document: its chunk, its offset there and its outlet's string id. */
  #chunkOf: Int32Array<ArrayBuffer> = new Int32Array(1 << 10);
  #starts: Int32Array<ArrayBuffer> = new Int32Array(1 << 10);
  #outletOf: Int32Array<ArrayBuffer> = new Int32Array(1 << 10);
  readonly #docIds: string[] = [];
  /** First example (smallest doc_id) of each outlet × actor × word; none in a snapshot. */
  #examples: FirstExamples | null;
  #order: Int32Array | null = null;
  #byOutlet: Map<number, number[]> | null = null;

  constructor(options: FiguresStoreOptions = {}) {
    this.#chunks = new PackedChunks(options);
    this.#examples = new FirstExamples((doc) => this.#docIds[doc]!, options.exampleFlushChars);
  }

  /** The documents as they are now, for reading in another thread, without label candidates'
   *  examples (a snapshot's documents have '' there). Spilled figures are read through the
   *  shared descriptor: the store must not be closed while a snapshot is read. */
  snapshot(): FiguresSnapshot {
    const n = this.size;
    return { strings: this.#strings, tuples: this.#tuples, chunks: this.#chunks.snapshot(), chunkOf: this.#chunkOf.slice(0, n), starts: this.#starts.slice(0, n), outletOf: this.#outletOf.slice(0, n), docIds: this.#docIds };
  }

  /** A read-only store of a snapshot's documents. */
  static fromSnapshot(snapshot: FiguresSnapshot): FiguresStore {
    const store = new FiguresStore({ spill: false });
    store.#examples = null;
    store.#chunks = PackedChunks.fromSnapshot(snapshot.chunks);
    for (const value of snapshot.strings) store.#id(value);
    for (const tuple of snapshot.tuples) store.#tuple([...tuple]);
    [store.#chunkOf, store.#starts, store.#outletOf] = [Int32Array.from(snapshot.chunkOf), Int32Array.from(snapshot.starts), Int32Array.from(snapshot.outletOf)];
    for (const docId of snapshot.docIds) store.#docIds.push(docId);
    return store;
  }

  /** Whether figures went to the spill file (tests). */
  get spilled(): boolean {
    return this.#chunks.spilled;
  }

  get size(): number {
    return this.#docIds.length;
  }

  add(f: DocFigures): void {
    const need = HEADER + f.hits.length * HIT + f.quotes.length * QUOTE + (f.actors.length + f.candidates.length) * PAIR + f.duplicateSentences.length;
    const index = this.#docIds.length;
    if (index === this.#starts.length) [this.#starts, this.#chunkOf, this.#outletOf] = [grown(this.#starts, index * 2), grown(this.#chunkOf, index * 2), grown(this.#outletOf, index * 2)];
    [this.#chunkOf[index], this.#starts[index]] = this.#chunks.reserve(need);
    this.#docIds.push(ownString(f.docId));
    const s = (value: string): number => this.#id(value);
    this.#outletOf[index] = s(f.outlet);
    this.#push(s(f.outlet), s(f.date), f.tokens, f.sentences, f.hits.length, f.quotes.length, f.actors.length, f.candidates.length, f.duplicateSentences.length);
    for (const h of f.hits) {
      const kind = this.#tuple([s(h.term), s(h.category), s(h.lexicon), s(h.voice), (h.scareQuoted ? SCARE : 0) | (h.negated ? NEGATED : 0), s(h.form), s(h.quoteKind)]);
      this.#push(h.sentence, kind, s(h.target), s(h.speaker));
    }
    for (const q of f.quotes) this.#push(q.sentence, this.#tuple([s(q.kind), s(q.speakerType), s(q.cueLemma), s(q.cueConnotation)]), s(q.speaker), q.words);
    for (const a of f.actors) this.#push(s(a.actor), s(a.alias), a.own, a.quoted);
    for (const c of f.candidates) {
      this.#push(s(c.actor), s(c.word), c.count, 0);
      this.#examples!.offer(s(f.outlet), s(c.actor), s(c.word), index, c.example);
    }
    this.#push(...f.duplicateSentences);
    this.#order = null;
    this.#byOutlet = null;
  }

  /** Document `index` (in order of adding) as DocFigures. */
  at(index: number): DocFigures {
    const d = this.#chunks.chunk(this.#chunkOf[index]!);
    const strings = this.#strings;
    const str = (at: number): string => strings[d[at]!]!;
    let p = this.#starts[index]!;
    const docId = this.#docIds[index]!;
    const outlet = str(p);
    const nHits = d[p + 4]!;
    const nQuotes = d[p + 5]!;
    const nActors = d[p + 6]!;
    const nCands = d[p + 7]!;
    const nDup = d[p + 8]!;
    const date = str(p + 1);
    const tokens = d[p + 2]!;
    const sentences = d[p + 3]!;
    p += HEADER;
    const hits: HitFigure[] = [];
    for (let i = 0; i < nHits; i++, p += HIT) {
      const t = this.#tuples[d[p + 1]!]!; // term, category, lexicon, voice, flags, form, quote kind
      const flags = t[4]!;
      hits.push({ sentence: d[p]!, term: strings[t[0]!]!, category: strings[t[1]!]!, lexicon: strings[t[2]!]!, voice: strings[t[3]!] as HitFigure['voice'], scareQuoted: (flags & SCARE) !== 0, negated: (flags & NEGATED) !== 0, form: strings[t[5]!]!, target: str(p + 2), speaker: str(p + 3), quoteKind: strings[t[6]!] as HitFigure['quoteKind'] });
    }
    const quotes: QuoteFigure[] = [];
    for (let i = 0; i < nQuotes; i++, p += QUOTE) {
      const t = this.#tuples[d[p + 1]!]!; // kind, speaker type, cue lemma, cue connotation
      quotes.push({ sentence: d[p]!, kind: strings[t[0]!] as QuoteFigure['kind'], speaker: str(p + 2), speakerType: strings[t[1]!] as QuoteFigure['speakerType'], words: d[p + 3]!, cueLemma: strings[t[2]!]!, cueConnotation: strings[t[3]!] as QuoteFigure['cueConnotation'] });
    }
    const actors: ActorMentionFigure[] = [];
    for (let i = 0; i < nActors; i++, p += PAIR) actors.push({ actor: str(p), alias: str(p + 1), own: d[p + 2]!, quoted: d[p + 3]! });
    const candidates: LabelCandidateFigure[] = [];
    for (let i = 0; i < nCands; i++, p += PAIR) {
      candidates.push({ actor: str(p), word: str(p + 1), count: d[p + 2]!, example: this.#examples?.exampleOf(this.#outletOf[index]!, d[p]!, d[p + 1]!, index) ?? '' });
    }
    const duplicateSentences: number[] = [];
    for (let i = 0; i < nDup; i++) duplicateSentences.push(d[p + i]!);
    // One literal with every field: spreading a smaller object and adding fields to it cost
    // ~14 µs and ~4 KB of garbage per document (Node 20's V8 11.3), on every pass of every summary report.
    return { docId, outlet, date, tokens, sentences, dupKey: '', hits, quotes, sentenceHashes: [], sentenceTokens: [], duplicateSentences, actors, candidates };
  }

  /** Frees the spill files: the documents must not be read afterwards. */
  close(): void {
    this.#chunks.close();
    this.#examples?.close();
  }

  /** Every document, in doc_id order. */
  *inOrder(): Generator<DocFigures> {
    for (const i of this.#sorted()) yield this.at(i);
  }

  /** Outlets of the documents, in natural order. */
  outlets(): string[] {
    return [...this.#outletIndex().keys()].map((id) => this.#strings[id]!).sort(compareDocIds);
  }

  /** The documents of one outlet, in doc_id order. */
  *ofOutlet(outlet: string): Generator<DocFigures> {
    const id = this.#ids.get(outlet);
    const indices = id === undefined ? undefined : this.#outletIndex().get(id);
    for (const i of indices ?? []) yield this.at(i);
  }

  /** Outlet string id → its documents' indices in doc_id order (built once per change). */
  #outletIndex(): Map<number, number[]> {
    if (this.#byOutlet) return this.#byOutlet;
    const byOutlet = new Map<number, number[]>();
    for (const i of this.#sorted()) {
      const outlet = this.#outletOf[i]!;
      const list = byOutlet.get(outlet);
      if (list) list.push(i);
      else byOutlet.set(outlet, [i]);
    }
    return (this.#byOutlet = byOutlet);
  }

  #sorted(): Int32Array {
    if (this.#order) return this.#order;
    const order = Int32Array.from({ length: this.size }, (_, i) => i);
    const ids = this.#docIds;
    let inOrder = true;
    for (let i = 1; i < ids.length && inOrder; i++) inOrder = compareDocIds(ids[i - 1]!, ids[i]!) <= 0;
    if (!inOrder) order.sort((a, b) => compareDocIds(ids[a]!, ids[b]!));
    return (this.#order = order);
  }

  #id(value: string): number {
    let id = this.#ids.get(value);
    if (id === undefined) {
      id = this.#strings.length;
      const own = ownString(value);
      this.#strings.push(own);
      this.#ids.set(own, id);
    }
    return id;
  }

  #tuple(ids: number[]): number {
    const key = ids.join(',');
    let id = this.#tupleIds.get(key);
    if (id === undefined) {
      id = this.#tuples.length;
      this.#tuples.push(ids);
      this.#tupleIds.set(key, id);
    }
    return id;
  }

  #push(...values: number[]): void {
    for (const v of values) this.#chunks.push(v);
  }
}
