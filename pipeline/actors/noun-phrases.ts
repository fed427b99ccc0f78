// Noun phrases of one sentence, and which of them are said of one another, from POS tags and
// punctuation only (no parser). Reads the tokens of a sentence and which tokens are anchored
// (actor mentions always count as nominal words; term hits do unless tagged as a function
// word: a hedge such as "reportedly" is no label); gives phrases (token ranges) and a test
// `attached(a, b)`. The rules (docs/actors.md):
//   group:   a run of determiners, adjectives, nouns, proper nouns and numbers, with possessive
//            's (a word tagged VERB right after it is its noun: "the MKO’s acts"), hyphens inside
//            a compound (no space around), an adverb before an adjective, a participle after a
//            determiner, adjective, adverb or glued hyphen ("an exiled group", "MKO-affiliated
//            terrorists"), "and"/"or" between adjectives ("terrorist and cyber activities") or
//            between two aliases of one actor ("Mojahedin-e Khalq Organization or MKO"), and
//            quotation marks before a nominal word (an opening mark, or any mark inside the
//            group). A determiner, or an adjective that is no term hit, after a nominal word
//            starts a new group ("The MKO leaders | last month").
//   phrase:  groups joined by "of" ("the ringleaders of the MKO"), or around a parenthesis
//            ("the Mujahedin-e-Khalq (MKO) terrorist group").
//   attached: the same phrase; apposition (phrase , phrase followed by , ) . ; : ! ? a dash or
//            the end; phrase ( phrase )); copular predicate (phrase, then only auxiliaries,
//            adverbs and particles with a form of "be" last among the auxiliaries, then the
//            phrase; the subject not the object of a preposition); "as" predicate after a
//            verb's object ("listed the MKO as a terrorist organization"). Only neighbouring
//            phrases of one sentence: nothing crosses a clause, since any other word between
//            two phrases keeps them apart.
import type { Token, TokenizedDoc } from '../types.js';

export interface Phrase {
  /** Half-open document token range. */
  readonly from: number;
  readonly to: number;
}

export interface SentencePhrases {
  readonly phrases: readonly Phrase[];
  /** Index into `phrases` of the phrase holding a document token, or -1. */
  phraseAt(token: number): number;
  /** The two phrases are one, or one is said of the other. */
  attached(a: number, b: number): boolean;
}

const NOMINAL = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);
/** Tags that keep a term hit out of a noun group (a hedge such as "reportedly" is no label). */
const FUNCTION_POS = new Set(['ADV', 'AUX', 'ADP', 'PRON', 'SCONJ', 'CCONJ', 'DET', 'PART']);
const QUOTE_MARK = /^["“”‘’'«»„‹›]+$/;
const OPENING_MARK = /^[“‘«„‹]+$/;
const STRAIGHT_MARK = /^["']+$/;
const POSSESSIVE = /^['’]s?$/i;
const HYPHEN = /^[-\u2010-\u2015]$/;
const PARTICIPLE = /(?:ed|en|ing)$/i;
const APPOSITION_GAP = new Set([',', '—', '–']);
const APPOSITION_END = new Set([',', ')', '.', ';', ':', '!', '?', '—', '–']);

export interface PhraseInput {
  readonly doc: TokenizedDoc;
  readonly sentence: number;
  /** Tokens of term hits and actor mentions. */
  readonly anchored: ReadonlySet<number>;
  /** The actor a token's mention names, if any. */
  readonly actorAt: (token: number) => string | undefined;
}

export function sentencePhrases(input: PhraseInput): SentencePhrases {
  const { doc, sentence } = input;
  const range = doc.sentences[sentence]!.tokens;
  const groups = nounGroups(input, range.from, range.to);
  const phrases = joinGroups(doc.tokens, groups);
  const at = new Int32Array(range.to - range.from).fill(-1);
  phrases.forEach((p, k) => {
    for (let t = p.from; t < p.to; t++) at[t - range.from] = k;
  });
  const links = new Set<number>();
  for (let k = 0; k + 1 < phrases.length; k++) if (linked(doc.tokens, phrases[k]!, phrases[k + 1]!, range)) links.add(k);
  return {
    phrases,
    phraseAt: (token) => (token >= range.from && token < range.to ? at[token - range.from]! : -1),
    attached: (a, b) => a >= 0 && b >= 0 && (a === b || (Math.abs(a - b) === 1 && links.has(Math.min(a, b)))),
  };
}

function nounGroups(input: PhraseInput, from: number, to: number): Phrase[] {
  const tokens = input.doc.tokens;
  const nominal = (i: number): boolean =>
    i < to && (NOMINAL.has(tokens[i]!.pos) || input.actorAt(i) !== undefined || (input.anchored.has(i) && !FUNCTION_POS.has(tokens[i]!.pos)));
  const groups: Phrase[] = [];
  let start = -1;
  let lastNominal = -1;
  const close = (): void => {
    if (start >= 0 && lastNominal >= start) groups.push({ from: start, to: lastNominal + 1 });
    start = -1;
    lastNominal = -1;
  };
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    const next = i + 1 < to ? tokens[i + 1]! : null;
    const open = start >= 0;
    const afterNominal = open && lastNominal === i - 1;
    let joins: boolean;
    if (nominal(i)) joins = !(afterNominal && adjectiveAfterNoun(input, i));
    else if (t.pos === 'DET') {
      if (afterNominal) close();
      joins = next !== null && (nominal(i + 1) || next.pos === 'ADV' || QUOTE_MARK.test(next.value) || participle(tokens, i + 1, to));
    } else if (t.pos === 'PART' && POSSESSIVE.test(t.value)) joins = afterNominal && (nominal(i + 1) || next?.pos === 'VERB');
    else if (HYPHEN.test(t.value)) joins = afterNominal && next !== null && tokens[i - 1]!.end === t.start && t.end === next.start && (nominal(i + 1) || participle(tokens, i + 1, to));
    else if (t.pos === 'ADV') joins = next !== null && (next.pos === 'ADJ' || (open && participle(tokens, i + 1, to)));
    else if (t.pos === 'VERB') joins = open && (participle(tokens, i, to) || possessed(tokens, i));
    else if (t.pos === 'CCONJ') joins = afterNominal && next !== null && (adjectives(tokens[i - 1]!, next) || sameActor(input, i - 1, i + 1));
    else if (QUOTE_MARK.test(t.value)) joins = (afterNominal || opening(tokens, i)) && (nominal(i + 1) || (next !== null && next.pos === 'DET'));
    else joins = false;
    if (!joins) {
      close();
      if (!nominal(i)) continue;
      joins = true; // a nominal word that may not continue the group starts the next one
    }
    if (start < 0) start = i;
    if (nominal(i) || possessed(tokens, i)) lastNominal = i;
  }
  close();
  return groups;
}

/** An adjective right after a noun starts a new group ("the MKO leaders | last month"); a
 *  term hit or mention (MKO terrorist group: "terrorist" may be tagged ADJ) does not. */
function adjectiveAfterNoun(input: PhraseInput, i: number): boolean {
  const prev = input.doc.tokens[i - 1]!;
  return input.doc.tokens[i]!.pos === 'ADJ' && !input.anchored.has(i) && (prev.pos === 'NOUN' || prev.pos === 'PROPN');
}

/** A word wink tags VERB right after a possessive is its noun ("the MKO’s acts of terror"). */
function possessed(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return tokens[i]!.pos === 'VERB' && prev !== undefined && prev.pos === 'PART' && POSSESSIVE.test(prev.value);
}

/** An opening quotation mark: a curly opening mark, or a straight one after a space. */
function opening(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (OPENING_MARK.test(t.value)) return true;
  return STRAIGHT_MARK.test(t.value) && (i === 0 || tokens[i - 1]!.end < t.start);
}

/** A participle used as a modifier: -ed/-en/-ing after a determiner, adjective, adverb or a
 *  hyphen glued to a word ("MKO-affiliated"), and before a nominal word ("an exiled opposition
 *  group", "MKO-affiliated terrorists", not "the MKO terrorists killed …"). */
function participle(tokens: readonly Token[], i: number, to: number): boolean {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  const next = i + 1 < to ? tokens[i + 1]! : undefined;
  const modifies = prev !== undefined && (['DET', 'ADJ', 'ADV'].includes(prev.pos) || (HYPHEN.test(prev.value) && prev.end === t.start));
  return t.pos === 'VERB' && PARTICIPLE.test(t.value) && modifies && next !== undefined && NOMINAL.has(next.pos);
}

function adjectives(prev: Token, next: Token): boolean {
  return prev.pos === 'ADJ' && (next.pos === 'ADJ' || next.pos === 'NOUN');
}

function sameActor(input: PhraseInput, a: number, b: number): boolean {
  const actor = input.actorAt(a);
  return actor !== undefined && actor === input.actorAt(b);
}

/** Groups joined by "of", and a parenthesis inside a noun phrase: "the Mujahedin-e-Khalq
 *  (MKO) terrorist group" is one phrase (group ( group ) group, nothing else between). */
function joinGroups(tokens: readonly Token[], groups: readonly Phrase[]): Phrase[] {
  const between = (a: Phrase, b: Phrase, value: string): boolean => b.from === a.to + 1 && tokens[a.to]!.value === value;
  const merged: Phrase[] = [];
  for (let k = 0; k < groups.length; k++) {
    let g = groups[k]!;
    for (let inner = groups[k + 1], after = groups[k + 2]; inner && after && between(g, inner, '(') && between(inner, after, ')'); inner = groups[k + 1], after = groups[k + 2]) {
      g = { from: g.from, to: after.to };
      k += 2;
    }
    merged.push(g);
  }
  const phrases: Phrase[] = [];
  for (const g of merged) {
    const last = phrases[phrases.length - 1];
    if (last && g.from === last.to + 1 && tokens[last.to]!.norm === 'of') phrases[phrases.length - 1] = { from: last.from, to: g.to };
    else phrases.push(g);
  }
  return phrases;
}

/** Apposition, copular predicate or "as" predicate between neighbouring phrases. */
function linked(tokens: readonly Token[], a: Phrase, b: Phrase, sentence: { from: number; to: number }): boolean {
  const gap = tokens.slice(a.to, b.from);
  const after = b.to < sentence.to ? tokens[b.to]!.value : null;
  const before = a.from > sentence.from ? tokens[a.from - 1]! : null;
  if (gap.length === 1 && APPOSITION_GAP.has(gap[0]!.value)) return after === null || APPOSITION_END.has(after);
  if (gap.length === 1 && gap[0]!.value === '(') return after === ')';
  if (gap.length === 1 && gap[0]!.norm === 'as') return before?.pos === 'VERB';
  return copula(gap) && before?.pos !== 'ADP';
}

/** Only auxiliaries, adverbs and particles, with a form of "be" the last auxiliary. */
function copula(gap: readonly Token[]): boolean {
  if (gap.length === 0 || !gap.every((t) => ['AUX', 'ADV', 'PART'].includes(t.pos) || (t.pos === 'VERB' && t.lemma === 'be'))) return false;
  const verbs = gap.filter((t) => t.pos === 'AUX' || t.pos === 'VERB');
  return verbs.length > 0 && verbs[verbs.length - 1]!.lemma === 'be';
}
