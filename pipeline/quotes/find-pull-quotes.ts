// Unmarked pull quotes and embedded posts: first-person words without quotation marks closed by
// the speaker's name on its own, `We will rebuild. Jane Roe, fire chief` or, on a line of its
// own after the words, `— Jane Roe, fire chief`. Reads the tokens, the sentences and paragraphs,
// which tokens lie inside quotation marks and the document's names; gives the span of the words
// and the token range of the name line. The name line is a person's name, then nothing or a
// comma and at most ten words without a verb; the words are the sentences before it in its
// paragraph (or, when the name line is a paragraph of its own, the paragraph before), hold no
// quotation mark and say "I", "we", "my", "our", "us" or "me". Linear: each paragraph once.
import type { NameMention } from './name-mentions.js';
import { firstAtOrAfter } from './sorted-lookup.js';
import { isDash } from './token-shape.js';
import type { IndexRange, Span, TokenizedDoc } from '../types.js';

export interface PullQuote {
  readonly part: Span;
  readonly paragraph: number;
  /** The name line (the speaker phrase). */
  readonly phrase: IndexRange;
}

const FIRST_PERSON = new Set(['i', 'we', 'my', 'our', 'us', 'me']);
const MAX_WORDS = 120;

export function findPullQuotes(doc: TokenizedDoc, owner: Int32Array, names: readonly NameMention[]): PullQuote[] {
  const { tokens, sentences, paragraphs } = doc;
  const out: PullQuote[] = [];
  for (const p of paragraphs) {
    if (p.sentences.to <= p.sentences.from) continue;
    const last = sentences[p.sentences.to - 1]!.tokens;
    const phrase = nameLine(doc, names, last);
    if (!phrase) continue;
    // the words: the sentences before the name line, or the paragraph before
    const words: IndexRange | null = p.sentences.to - 1 > p.sentences.from
      ? { from: p.tokens.from, to: last.from }
      : p.index > 0 ? paragraphs[p.index - 1]!.tokens : null;
    if (!words || words.to - words.from > MAX_WORDS) continue;
    let firstPerson = false;
    let marked = false;
    for (let k = words.from; k < words.to; k++) {
      if (owner[k]! >= 0) marked = true;
      if (FIRST_PERSON.has(tokens[k]!.norm) && tokens[k]!.pos === 'PRON') firstPerson = true;
    }
    if (marked || !firstPerson) continue;
    out.push({ part: { start: tokens[words.from]!.start, end: tokens[words.to - 1]!.end }, paragraph: tokens[words.from]!.paragraph, phrase });
  }
  return out;
}

/** `Jane Roe, fire chief` / `— Jane Roe`: a sentence that is a person's name and a verbless role. */
function nameLine(doc: TokenizedDoc, names: readonly NameMention[], s: IndexRange): IndexRange | null {
  const { tokens } = doc;
  let from = s.from;
  let to = s.to;
  if (from < to && isDash(tokens[from]!.value, true)) from++;
  while (to > from && tokens[to - 1]!.kind === 'punctuation' && tokens[to - 1]!.value !== ')') to--;
  const i = firstAtOrAfter(names, (n) => n.runFrom, from);
  const name = names[i];
  if (!name || name.runFrom !== from || name.cls !== 'person' || name.to > to) return null;
  if (name.to === to) return { from, to };
  if (tokens[name.to]!.value !== ',') return null;
  const role = tokens.slice(name.to + 1, to);
  const words = role.filter((t) => t.kind === 'word').length;
  if (words === 0 || words > 10 || role.some((t) => t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PRON')) return null;
  return { from, to };
}
