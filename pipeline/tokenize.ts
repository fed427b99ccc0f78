// Stage: tokenize.
// Reads a SourceDoc; adds paragraphs (the text split on newlines), sentences (wink's, never
// crossing a paragraph) and tokens with character offsets, lemmas, POS tags and negation.
// wink reads each line without its invisible characters (zero-width, soft hyphen: see
// normalize-text.ts), so `ter\u200Brorist` is one word; offsets are mapped back to the raw
// text, and a token's value is the raw slice (invisible characters included).
// Tells `onText` (if given) how far it has come, every 64K characters of a long text.
// The only module that imports wink-nlp.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { matchForm, withoutInvisibles } from './normalize-text.js';
import type { Paragraph, Sentence, SourceDoc, Token, TokenKind, TokenizedDoc } from './types.js';

type Wink = ReturnType<typeof winkNLP>;
let nlp: Wink | null = null;

/** Only the annotations read below: named entities, sentiment and custom entities are not
 *  computed (they do not change tokens, sentences, POS, lemmas or negation). */
const PIPE = ['sbd', 'negation', 'pos'];

function getNlp(): Wink {
  nlp ??= winkNLP(model, PIPE);
  return nlp;
}

const KINDS: Readonly<Record<string, TokenKind>> = {
  word: 'word',
  number: 'number',
  ordinal: 'number',
  punctuation: 'punctuation',
  emoji: 'symbol',
  emoticon: 'symbol',
  symbol: 'symbol',
  currency: 'symbol',
};

const LINE = /[^\n]+/g;

/** How often (in characters) a long document's progress is told to `onText`. */
const TELL_EVERY = 1 << 16;

export function tokenize(doc: SourceDoc, onText?: (offset: number) => void): TokenizedDoc {
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  const paragraphs: Paragraph[] = [];
  let told = 0;
  for (const line of doc.text.matchAll(LINE)) {
    const base = line.index;
    if (onText && base - told >= TELL_EVERY) onText((told = base));
    const tokenFrom = tokens.length;
    const sentenceFrom = sentences.length;
    tokenizeParagraph(line[0], base, paragraphs.length, sentenceFrom, tokens, sentences);
    if (tokens.length === tokenFrom) continue; // a blank or whitespace-only line
    paragraphs.push({
      index: paragraphs.length,
      start: tokens[tokenFrom]!.start,
      end: tokens[tokens.length - 1]!.end,
      tokens: { from: tokenFrom, to: tokens.length },
      sentences: { from: sentenceFrom, to: sentences.length },
    });
  }
  return { ...doc, paragraphs, sentences, tokens };
}

function tokenizeParagraph(
  rawLine: string,
  base: number,
  paragraph: number,
  firstSentence: number,
  tokens: Token[],
  sentences: Sentence[],
): void {
  const wink = getNlp();
  const its = wink.its;
  const { text: line, rawOffset } = withoutInvisibles(rawLine);
  const wdoc = wink.readDoc(line);
  const values = wdoc.tokens().out(its.value) as string[];
  const spaces = wdoc.tokens().out(its.precedingSpaces) as string[];
  const types = wdoc.tokens().out(its.type) as string[];
  const pos = wdoc.tokens().out(its.pos) as string[];
  const lemmas = wdoc.tokens().out(its.lemma as never) as unknown as string[];
  const negation = wdoc.tokens().out(its.negationFlag) as unknown as boolean[];
  const sentenceSpans = wdoc.sentences().out(its.span) as unknown as [number, number][];

  // wink token index → our token index (whitespace tokens are dropped).
  const ours: number[] = new Array<number>(values.length).fill(-1);
  let sentence = 0;
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    cursor += spaces[i]!.length;
    const start = locate(line, value, cursor);
    cursor = start + value.length;
    while (sentence < sentenceSpans.length - 1 && i > sentenceSpans[sentence]![1]) sentence++;
    if (value.trim() === '') continue;
    ours[i] = tokens.length;
    const [from, to] = rawOffset ? [rawOffset(start), rawOffset(start + value.length - 1) + 1] : [start, start + value.length];
    const raw = rawOffset ? rawLine.slice(from, to) : value;
    tokens.push({
      start: base + from,
      end: base + to,
      value: raw,
      norm: matchForm(raw),
      lemma: matchForm(lemmas[i] ?? value),
      pos: pos[i] ?? 'X',
      negated: negation[i] === true,
      kind: KINDS[types[i] ?? ''] ?? 'other',
      sentence: firstSentence + sentence,
      paragraph,
    });
  }
  for (const [first, last] of sentenceSpans) {
    let from = -1;
    let to = -1;
    for (let i = first; i <= last; i++) {
      const t = ours[i]!;
      if (t < 0) continue;
      if (from < 0) from = t;
      to = t + 1;
    }
    if (from < 0) continue;
    sentences.push({
      index: sentences.length,
      paragraph,
      start: tokens[from]!.start,
      end: tokens[to - 1]!.end,
      tokens: { from, to },
    });
  }
  // Token sentence numbers must match the sentences actually kept (all-whitespace ones dropped).
  for (let s = firstSentence; s < sentences.length; s++) {
    const { from, to } = sentences[s]!.tokens;
    for (let t = from; t < to; t++) (tokens[t] as { sentence: number }).sentence = s;
  }
}

/** Where `value` starts at or after `cursor`. wink keeps token values as written, so this is
 *  `cursor` itself; the search is a guard against any future normalisation by wink. */
function locate(line: string, value: string, cursor: number): number {
  if (line.startsWith(value, cursor)) return cursor;
  const found = line.indexOf(value, cursor);
  if (found < 0) throw new Error(`tokenize: token ${JSON.stringify(value)} not found after offset ${cursor}`);
  return found;
}
