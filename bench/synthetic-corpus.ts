// A synthetic news corpus for the bench: JSONL records (id, outlet, date, title, text) that
// look enough like wire copy for every stage to do real work. Deterministic for a seed.
//   - vocabulary: common English words drawn with a Zipf-like skew, plus invented words at a
//     Heaps'-law rate (V ≈ 30·n^0.55 distinct words after n, about 3% new at a million), so
//     wink's word cache keeps growing as it does on real news;
//   - about a third of paragraphs carry a quote (direct with a cue, "X said: “…”", or partial),
//     speakers are named people, and about one sentence in five holds a loaded term taken from
//     the bundled term lexicons;
//   - one record in 200 is long (50–200 KB); others are 1–8 KB.
// `longDocument` gives one sentence-per-line text of a given size (the long-document test).
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

const COMMON = (
  'the of and to in a is that for it as was with be by on not he this are or his from at which but have an they you were her ' +
  'she there been one all we their has would when if more no out so up said what its about into than them can only other new ' +
  'some could time these two may then do first any like now my such make over our even most made after also did many before ' +
  'must through back years where much your way well down should because each just those people how too little state good very ' +
  'world still own see men work long get here between both life being under never day same another know while last might us ' +
  'great old year off come since against go came right used take three government country police court minister officials ' +
  'group members city week report security forces border talks election party leaders president army attack camp military ' +
  'region capital ministry statement spokesman agency protest trial law council opposition network media press vote budget'
).split(' ');
const FIRST = ['Anna', 'Piet', 'Karel', 'Mira', 'Jonas', 'Lena', 'Omar', 'Sara', 'Ivan', 'Noor', 'Tomas', 'Elif', 'David', 'Rosa'];
const LAST = ['Lorne', 'Dunn', 'Varga', 'Okafor', 'Stein', 'Moreau', 'Haddad', 'Kowalski', 'Brennan', 'Sato', 'Quist', 'Amari'];
const ROLES = ['the minister', 'a police spokesman', 'the court', 'an official', 'the group', 'a resident'];
const CUES = ['said', 'told reporters', 'added', 'claimed', 'insisted', 'warned', 'noted', 'admitted'];
const OUTLETS = ['Quay Wire', 'Harbor Post', 'River Daily', 'North Star', 'Daily Ledger', 'Coast Times', 'Metro Herald', 'Valley News'];
const SYLLABLES = ['ka', 'ro', 'min', 'tel', 'vas', 'dor', 'li', 'en', 'qu', 'bra', 'sto', 'ne', 'gal', 'ur', 'fen', 'os', 'tri', 'mo'];

/** mulberry32: a small seeded PRNG, so the corpus is the same on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class TextMaker {
  readonly #rand: () => number;
  readonly #vocab: string[] = [...COMMON];
  readonly #terms: readonly string[];
  #words = 0;

  constructor(seed: number, terms: readonly string[]) {
    this.#rand = prng(seed);
    this.#terms = terms.length > 0 ? terms : ['regime'];
  }

  #pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.#rand() * items.length)]!;
  }

  #word(): string {
    this.#words++;
    // Heaps' law: dV/dn = K·β·n^(β−1) with K = 30, β = 0.55.
    if (this.#rand() < 16.5 * Math.pow(this.#words, -0.45)) {
      const n = 2 + Math.floor(this.#rand() * 3);
      let w = '';
      for (let i = 0; i < n; i++) w += this.#pick(SYLLABLES);
      this.#vocab.push(w);
      return w;
    }
    return this.#vocab[Math.floor(this.#vocab.length * Math.pow(this.#rand(), 3))]!;
  }

  #name(): string {
    return `${this.#pick(FIRST)} ${this.#pick(LAST)}`;
  }

  /** A plain sentence of 8–24 words, sometimes with a loaded term or a name in it. */
  sentence(): string {
    const n = 8 + Math.floor(this.#rand() * 17);
    const words: string[] = [];
    for (let i = 0; i < n; i++) words.push(this.#word());
    if (this.#rand() < 0.2) words.splice(1 + Math.floor(this.#rand() * (n - 1)), 0, this.#pick(this.#terms));
    if (this.#rand() < 0.15) words.splice(Math.floor(this.#rand() * n), 0, this.#name());
    if (this.#rand() < 0.1) words.splice(Math.floor(this.#rand() * n), 0, 'not');
    const s = words.join(' ');
    return `${s[0]!.toUpperCase()}${s.slice(1)}.`;
  }

  /** A paragraph: 1–4 sentences, a third of them quoting someone. */
  paragraph(): string {
    const r = this.#rand();
    const body = (k: number): string => Array.from({ length: k }, () => this.sentence()).join(' ');
    if (r < 0.12) return `“${body(1).slice(0, -1)},” ${this.#name()} ${this.#pick(CUES)}. ${body(1)}`;
    if (r < 0.22) return `${this.#name()} said: “${body(1 + Math.floor(this.#rand() * 2))}”`;
    if (r < 0.28) return `${this.#pick(ROLES)[0]!.toUpperCase()}${this.#pick(ROLES).slice(1)} said the plan was “${this.#word()} ${this.#word()} ${this.#pick(this.#terms)}”. ${body(1)}`;
    if (r < 0.33) return `He said that ${body(1).toLowerCase()} ${body(1)}`;
    return body(1 + Math.floor(this.#rand() * 4));
  }

  /** Paragraphs joined by newlines until the text reaches `chars`. */
  text(chars: number): string {
    const parts: string[] = [];
    let length = 0;
    while (length < chars) {
      const p = this.paragraph();
      parts.push(p);
      length += p.length + 1;
    }
    return parts.join('\n');
  }

  /** Sentence-per-line text of at most `bytes` UTF-8 bytes (quotes included, as in news copy). */
  sentenceLines(bytes: number): string {
    const parts: string[] = [];
    let length = 0;
    for (;;) {
      const s = this.#rand() < 0.2 ? this.paragraph() : this.sentence();
      const size = Buffer.byteLength(s) + 1;
      if (length + size > bytes) break;
      parts.push(s);
      length += size;
    }
    return parts.join('\n');
  }

  docLength(): number {
    return this.#rand() < 0.005 ? 50_000 + Math.floor(this.#rand() * 150_000) : 1000 + Math.floor(this.#rand() * 7000);
  }

  outlet(): string {
    return this.#pick(OUTLETS);
  }
}

/** Writes about `bytes` of JSONL records to `path`; returns the records and bytes written. */
export async function writeCorpus(path: string, bytes: number, terms: readonly string[], seed = 1): Promise<{ records: number; bytes: number }> {
  const maker = new TextMaker(seed, terms);
  const out = createWriteStream(path);
  let written = 0;
  let records = 0;
  while (written < bytes) {
    records++;
    const text = maker.text(maker.docLength());
    const day = 1 + (records % 28);
    const line = `${JSON.stringify({ id: `s${records}`, outlet: maker.outlet(), date: `2025-03-${String(day).padStart(2, '0')}`, title: maker.sentence(), text })}\n`;
    written += Buffer.byteLength(line);
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return { records, bytes: written };
}

/** One JSONL record holding a sentence-per-line text of at most `bytes` (so 20 MB stays within
 *  the default --max-doc-mb). */
export async function writeLongDocument(path: string, bytes: number, terms: readonly string[], seed = 2): Promise<void> {
  const text = new TextMaker(seed, terms).sentenceLines(bytes);
  const out = createWriteStream(path);
  out.end(`${JSON.stringify({ id: 'long', outlet: 'Long Read', text })}\n`);
  await once(out, 'finish');
}
