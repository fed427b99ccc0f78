// Stage: tokenize.
// Reads a SourceDoc; adds paragraphs (the text split on newlines), sentences (wink's, never
// crossing a paragraph) and tokens with character offsets, lemmas, POS tags and negation.
// wink reads each line without its invisible characters (zero-width, soft hyphen: see
// normalize-text.ts), so `ter\u200Brorist` is one word; offsets are mapped back to the raw
// text, and a token's value is the raw slice (invisible characters included).
// Tells `onText` (if given) how far it has come, every 64K characters of a long text.
// Cost: wink's readDoc per line is most of it; what a token takes from its wink lexeme (value,
// kind, matching forms, lemma) is memoised per (lexeme, POS tag), see lexemeForms.
// The only module that imports wink-nlp.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { matchForm, withoutInvisibles } from './normalize-text.js';
import { THREAD_LEMMAS } from './stats/lemma-counts.js';
import type { Paragraph, Sentence, SourceDoc, Token, TokenKind, TokenizedDoc } from './types.js';

type Wink = ReturnType<typeof winkNLP>;
type WinkTokens = ReturnType<ReturnType<Wink['readDoc']>['tokens']>;
let nlp: Wink | null = null;

/** Only the annotations read below: named entities, sentiment and custom entities are not
 *  computed (they do not change tokens, sentences, POS, lemmas or negation). */
const PIPE = ['sbd', 'negation', 'pos'];

/** Loads wink's model now rather than on the first text (a worker does it as it starts). */
export function loadModel(): void {
  getNlp();
}

function getNlp(): Wink {
  if (!nlp) {
    nlp = winkNLP(model, PIPE);
    byLexeme = []; // lexeme ids are those of this instance's word cache
  }
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
    tokenizeParagraph(line[0], base, paragraphs.length, tokens, sentences);
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
  tokens: Token[],
  sentences: Sentence[],
): void {
  const wink = getNlp();
  const its = wink.its;
  const { text: line, rawOffset } = withoutInvisibles(rawLine);
  const wdoc = wink.readDoc(line);
  const all = wdoc.tokens();
  const ids = all.out(its.uniqueId) as unknown as number[];
  const spaces = all.out(its.precedingSpaces) as string[];
  const pos = all.out(its.pos) as string[];
  const negation = all.out(its.negationFlag) as unknown as boolean[];
  const contraction = all.out(its.contractionFlag) as unknown as boolean[];
  const sentenceSpans = wdoc.sentences().out(its.span) as unknown as [number, number][];

  // wink's sentences split the line's tokens in order; a sentence of whitespace tokens only
  // is dropped, so a token's sentence number is that of the next sentence pushed.
  let span = 0;
  let sentenceFrom = tokens.length;
  let cursor = 0;
  for (let i = 0; i < ids.length; i++) {
    const tag = pos[i] ?? 'X';
    const forms = lexemeForms(all, i, ids[i]!, tag, contraction[i] === true, its);
    const value = forms.value;
    cursor += spaces[i]!.length;
    const start = locate(line, value, cursor);
    cursor = start + value.length;
    while (span < sentenceSpans.length - 1 && i > sentenceSpans[span]![1]) {
      endSentence(paragraph, sentenceFrom, tokens, sentences);
      sentenceFrom = tokens.length;
      span++;
    }
    if (isBlank(value)) continue;
    let from = start;
    let to = cursor;
    let raw = value;
    if (rawOffset) {
      from = rawOffset(start);
      to = rawOffset(cursor - 1) + 1;
      raw = rawLine.slice(from, to);
    }
    tokens.push({
      start: base + from,
      end: base + to,
      value: raw,
      norm: raw === value ? forms.norm : matchForm(raw),
      lemma: forms.lemma,
      lemmaId: forms.lemmaId,
      pos: tag,
      negated: negation[i] === true,
      kind: forms.kind,
      sentence: sentences.length,
      paragraph,
    });
  }
  endSentence(paragraph, sentenceFrom, tokens, sentences);
}

/** Pushes the sentence of tokens[from..] if it holds any token. */
function endSentence(paragraph: number, from: number, tokens: Token[], sentences: Sentence[]): void {
  const to = tokens.length;
  if (to === from) return;
  sentences.push({
    index: sentences.length,
    paragraph,
    start: tokens[from]!.start,
    end: tokens[to - 1]!.end,
    tokens: { from, to },
  });
}

/** What a token takes from its wink lexeme and POS tag: its value, its matching form, the
 *  matching form of wink's lemma and its id, and its kind. */
interface LexemeForms {
  readonly tag: string;
  readonly value: string;
  readonly norm: string;
  readonly lemma: string;
  readonly lemmaId: number;
  readonly kind: TokenKind;
  /** The same lexeme under another tag. */
  readonly next: LexemeForms | undefined;
}

/** LexemeForms by wink lexeme (its.uniqueId), then tag. A token's value and type depend on its
 *  lexeme alone, and wink's lemma of a token that is not part of a contraction on its lexeme and
 *  tag alone (its.lemma: the lexeme's own lemma, or the lemmatizer on the lower-cased value and
 *  the tag, which consults only the model's fixed vocabulary); so wink is asked once per
 *  (lexeme, tag), not per token. An array indexed by lexeme: a Map lookup per token cost more. */
let byLexeme: (LexemeForms | undefined)[] = [];
/** Lexeme ids grow as wink meets new words; beyond this one, tokens are not memoised. */
const LEXEMES_LIMIT = 1 << 20;

function lexemeForms(tokens: WinkTokens, i: number, id: number, tag: string, contraction: boolean, its: Wink['its']): LexemeForms {
  const first = id < byLexeme.length ? byLexeme[id] : undefined;
  if (!contraction) for (let f = first; f; f = f.next) if (f.tag === tag) return f;
  const item = tokens.itemAt(i);
  const value = item.out(its.value) as string;
  const norm = matchForm(value);
  const lemma = (item.out(its.lemma as never) as unknown as string | undefined) ?? value;
  const lemmaForm = lemma === value ? norm : matchForm(lemma);
  const kind = kindOf(item.out(its.type) as string);
  const forms: LexemeForms = {
    tag,
    value,
    norm,
    lemma: lemmaForm,
    lemmaId: kind === 'word' ? THREAD_LEMMAS.idOf(lemmaForm) : -1, // only words' lemmas are counted
    kind,
    next: first,
  };
  // A contraction's part (ca|n't) has its lemma from the contraction: asked each time.
  if (!contraction && id < LEXEMES_LIMIT) memoise(id, forms);
  return forms;
}

/** A function of its own: the keyed store written in lexemeForms made V8 leave lexemeForms'
 *  optimised code at it on every memo miss (1,500 deoptimisations on 10 MB, "insufficient type
 *  feedback"); here V8 deoptimises a few times and then keeps its code. */
function memoise(id: number, forms: LexemeForms): void {
  while (byLexeme.length <= id) byLexeme.push(undefined); // dense, never a sparse array
  byLexeme[id] = forms;
}

function kindOf(type: string | undefined): TokenKind {
  return KINDS[type ?? ''] ?? 'other';
}

/** value.trim() === '', without trimming when the first character is not white space. */
function isBlank(value: string): boolean {
  const c = value.charCodeAt(0);
  if (c > 0x20 && c < 0x7f) return false;
  return value.trim() === '';
}

/** Where `value` starts at or after `cursor`. wink keeps token values as written, so this is
 *  `cursor` itself; the search is a guard against any future normalisation by wink. */
function locate(line: string, value: string, cursor: number): number {
  if (line.startsWith(value, cursor)) return cursor;
  const found = line.indexOf(value, cursor);
  if (found < 0) throw new Error(`tokenize: token ${JSON.stringify(value)} not found after offset ${cursor}`);
  return found;
}
