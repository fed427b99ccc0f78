// Page furniture: parts of a page that are not the article's running text, so nothing in them
// is speech and their names are no referents. Reads the tokenized document and the quote
// words; gives the indices of
//   - sentences opening with boilerplate ("READ MORE: …", "Photo: …", "Story continues below";
//     quote-words `boilerplate`);
// and of paragraphs that are
//   - a byline ("By Jane Roe", "By Jane Roe, Staff Reporter");
//   - a caption or photo credit: a line whose last parenthesis holds a credit word ("(Photo:
//     Sean Kilpatrick/CP)", "(Getty Images)"; quote-words `credit-word`);
//   - a headline or section heading: a short line in title case ("Coal Isn't the Villain.").
import { BOILERPLATE, CREDIT_WORDS } from './name-words.js';
import { isCapitalized } from './token-shape.js';
import type { IndexRange, Token, TokenizedDoc } from '../types.js';

/** Whether the tokens of `range` open with a boilerplate phrase. */
function opensWithBoilerplate(tokens: readonly Token[], range: IndexRange): boolean {
  const words: string[] = [];
  for (let k = range.from; k < range.to && words.length < 4; k++) if (tokens[k]!.kind === 'word') words.push(tokens[k]!.norm);
  for (let n = 1; n <= words.length; n++) if (BOILERPLATE.has(words.slice(0, n).join(' '))) return true;
  return false;
}

export interface Furniture {
  readonly sentences: ReadonlySet<number>;
  readonly paragraphs: ReadonlySet<number>;
}

/** The page furniture of a document: boilerplate sentences and furniture paragraphs. */
export function findFurniture(doc: TokenizedDoc): Furniture {
  return { sentences: boilerplateSentences(doc), paragraphs: furnitureParagraphs(doc) };
}

export function isFurniture(f: Furniture, t: Token): boolean {
  return f.sentences.has(t.sentence) || f.paragraphs.has(t.paragraph);
}

/** Sentences that open with page furniture ("Story continues below", "READ MORE: …"). */
function boilerplateSentences(doc: TokenizedDoc): ReadonlySet<number> {
  const out = new Set<number>();
  for (const s of doc.sentences) if (opensWithBoilerplate(doc.tokens, s.tokens)) out.add(s.index);
  return out;
}

function furnitureParagraphs(doc: TokenizedDoc): ReadonlySet<number> {
  const out = new Set<number>();
  for (const p of doc.paragraphs) {
    const { tokens } = doc;
    if (isByline(tokens, p.tokens) || hasCredit(tokens, p.tokens) || isHeading(tokens, p.tokens)) out.add(p.index);
  }
  return out;
}

function wordsOf(tokens: readonly Token[], r: IndexRange): Token[] {
  const out: Token[] = [];
  for (let k = r.from; k < r.to; k++) if (tokens[k]!.kind === 'word') out.push(tokens[k]!);
  return out;
}

/** "By Jane Roe", "By Jane Roe, Staff Reporter": at most eight words, all capitalised after "By". */
function isByline(tokens: readonly Token[], r: IndexRange): boolean {
  const words = wordsOf(tokens, r);
  return words.length >= 2 && words.length <= 8 && words[0]!.value === 'By' && words.slice(1).every((w) => isCapitalized(w.value) || w.norm === 'and');
}

/** A line whose last parenthesis holds a credit word: "(Photo: Sean Kilpatrick/CP)". */
function hasCredit(tokens: readonly Token[], r: IndexRange): boolean {
  let end = r.to - 1;
  while (end > r.from && tokens[end]!.kind === 'punctuation' && tokens[end]!.value !== ')') end--;
  if (tokens[end]?.value !== ')') return false;
  for (let k = end - 1; k >= r.from && end - k < 12; k--) {
    if (tokens[k]!.value === '(') return false;
    if (CREDIT_WORDS.has(tokens[k]!.norm)) return true;
  }
  return false;
}

/** A short line in title case: 3–14 words, every word of four letters or more capitalised. */
function isHeading(tokens: readonly Token[], r: IndexRange): boolean {
  const words = wordsOf(tokens, r);
  if (words.length < 3 || words.length > 14) return false;
  const long = words.filter((w) => w.value.length >= 4 && /^\p{L}/u.test(w.value));
  return long.length >= 2 && long.every((w) => isCapitalized(w.value));
}
