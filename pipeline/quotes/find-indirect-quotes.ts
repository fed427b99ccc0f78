// Indirect quotes: reported speech without marks. Reads sentences, the quotation regions
// and the speech verbs; gives each reported clause with its cue:
//   X said (that) CLAUSE / X told Y (on Saturday) that CLAUSE / …, adding that CLAUSE
//   according to X, CLAUSE / CLAUSE, according to X / CLAUSE, X said.
// The clause is the reported words: from after the verb (or "that") to the end of the
// sentence, stopping before a quotation (a partial quote is its own quote) or before
// ", adding …". A speech verb with no clause ("the official underscored the nation’s
// hatred") is kept as a speech event: it tells who speaks in the quotes that follow. Negated,
// hypothetical or ordered speech and the writer's questions give nothing (unreal-speech.ts).
import { findCueEnd, isFiniteClause, MAX_CLAUSE_TOKENS } from './clause-shape.js';
import { speakerPhraseOf, type Cue } from './find-cues.js';
import { BARE_HEADS, CALENDAR_WORDS } from './name-words.js';
import { phraseAfter } from './speaker-phrase.js';
import { isCapitalized, isDash } from './token-shape.js';
import { isUnrealSpeech } from './unreal-speech.js';
import type { SpeechVerbIndex } from './speech-verbs.js';
import type { QuoteRule, Span, Token, TokenizedDoc } from '../types.js';

export interface IndirectQuote {
  readonly cue: Cue;
  /** The reported clause, or null for a speech event without one. */
  readonly clause: ClauseSpan | Span | null;
  /** The rule that found it (quotes.csv `rule`). */
  readonly rule: QuoteRule;
  /** The clause's second segment when the cue stands inside it ("Sales, she says, fell"). */
  readonly rest?: Span;
}

export function findIndirectQuotes(doc: TokenizedDoc, owner: Int32Array, isSpeech: (region: number) => boolean, usedCues: ReadonlySet<number>, verbs: SpeechVerbIndex, isPartial: (region: number) => boolean = () => false): IndirectQuote[] {
  const { tokens } = doc;
  const found: IndirectQuote[] = [];
  // a clause runs through partial quotes ("said the plan was “dead on arrival” and should go"),
  // and stops before any other speech quotation
  const regions: Regions = { owner, stopsAt: (r) => isSpeech(r) && !isPartial(r), holds: (r) => isSpeech(r) && isPartial(r) };
  const push = (q: IndirectQuote | null, used: boolean) => {
    // a cue a quotation already took gives a clause only when the clause holds that quotation
    if (q && (!used || q.rule === 'marks-clause')) found.push(q);
  };
  for (const sentence of doc.sentences) {
    const { from, to } = sentence.tokens;
    for (let v = from; v < to; v++) {
      if (owner[v] !== -1) continue;
      const used = usedCues.has(v);
      // a cue a quotation took matters here only when its sentence holds a partial quote
      if (used && !heldIn(owner, regions, from, to)) continue;
      const info = verbs.at(tokens, v);
      if (!info) continue;
      // "He would not say whether …", "declined to say", "Now tell us …", "Did she say …?"
      if (isUnrealSpeech(tokens, v, from, to)) continue;
      if (info.lemma === 'according to') {
        push(accordingTo(doc, v, from, to, regions, info), used);
        continue;
      }
      const phrase = speakerPhraseOf(tokens, v, info, from, to, verbs);
      const cue = { verb: v, info, phrase, attached: false };
      const start = clauseStart(doc, v + info.length, to, verbs, regions, info.lemma);
      if (start !== null) {
        const clause = clauseSpan(doc, start, to, regions, verbs);
        push(withRule(cue, clause, 'clause-after-cue'), used);
        if (clause?.holdsQuote) continue;
      }
      const more = continuationAfterQuote(doc, v + info.length, to, owner, isSpeech, regions, verbs);
      if (more && !used) found.push({ cue, clause: more, rule: 'clause-after-partial' });
      if (start !== null) continue;
      // "CLAUSE, Tasnim news agency reported on Saturday." / "…, the mayor said, citing fuel."
      // (or a comma inside a closing mark: "Her time has been “life-changing,” she said")
      const markComma = /^[”"’»]$/.test(tokens[phrase.from - 1]?.value ?? '') && tokens[phrase.from - 2]?.value === ',' ? phrase.from - 2 : -1;
      const comma = Math.max(markComma, lastComma(doc, phrase.from - 1, v));
      const trailing = phrase.to === v && comma > from && tokensAfterAreAdjuncts(doc, v + info.length, to, verbs);
      if (trailing) push(withRule({ ...cue, phrase: { from: comma + 1, to: v } }, clauseSpan(doc, Math.max(from, comma - MAX_CLAUSE_TOKENS), comma, regions, verbs), 'clause-before-cue'), used);
      else if (!used) found.push(aroundCue(doc, cue, from, to, regions, verbs) ?? { cue, clause: null, rule: 'speech-event' });
    }
  }
  return found;
}

function heldIn(owner: Int32Array, regions: Regions, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (owner[k]! >= 0 && regions.holds(owner[k]!)) return true;
  return false;
}

/** Which quotation each token lies in, which quotations end a clause and which it may hold. */
interface Regions {
  readonly owner: Int32Array;
  readonly stopsAt: (region: number) => boolean;
  readonly holds: (region: number) => boolean;
}

/** A clause holding quoted words is one partial quote, made by the rule marks-clause. */
function withRule(cue: Cue, clause: ClauseSpan | null, rule: QuoteRule): IndirectQuote {
  return { cue, clause, rule: clause?.holdsQuote ? 'marks-clause' : rule };
}

/** "Liu wrote that the law “sweeps far too broadly” and would force adults to …": the reported
 *  clause goes on after the partial quote, from "and"/"but" and an auxiliary. */
function continuationAfterQuote(doc: TokenizedDoc, at: number, to: number, owner: Int32Array, isSpeech: (r: number) => boolean, regions: Regions, verbs: SpeechVerbIndex): Span | null {
  const { tokens } = doc;
  let k = at;
  while (k < to && !(owner[k]! >= 0 && isSpeech(owner[k]!))) k++;
  if (k >= to) return null;
  const region = owner[k]!;
  while (k < to && owner[k] === region) k++;
  for (; k < to - 1; k++) {
    if (owner[k]! >= 0 || tokens[k]!.value === ',' || tokens[k]!.value === ';') return null;
    if (['and', 'but'].includes(tokens[k]!.norm) && tokens[k + 1]!.pos === 'AUX') return clauseSpan(doc, k + 1, to, regions, verbs);
  }
  return null;
}

/** Verbs whose addressee stands before the reported clause: "told reporters the vote was fair". */
const ADDRESSEE_VERBS = new Set(['tell', 'assure', 'remind', 'inform', 'warn', 'advise', 'promise', 'convince', 'persuade', 'notify', 'caution', 'brief', 'email', 'text', 'write']);
const OBJECT_PRONOUNS = new Set(['me', 'him', 'her', 'us', 'them', 'you']);

/** Where the reported clause starts after a verb ending at `at`, or null: past a time adverbial
 *  ("said Monday the bridge reopens", "said on Tuesday that …") and, for tell-like verbs, past
 *  the addressee ("told me I …", "assured the committee that …"). */
function clauseStart(doc: TokenizedDoc, at: number, to: number, verbs: SpeechVerbIndex, regions: Regions, lemma = ''): number | null {
  const tokens = doc.tokens;
  let k = at;
  if (tokens[k]?.pos === 'ADP' && CALENDAR_WORDS.has(tokens[k + 1]?.norm ?? '')) k += 2;
  else if (CALENDAR_WORDS.has(tokens[k]?.norm ?? '') && tokens[k + 1]?.value !== ',') k += 1;
  if (ADDRESSEE_VERBS.has(lemma)) {
    if (OBJECT_PRONOUNS.has(tokens[k]?.norm ?? '')) k += 1;
    else {
      // the addressee is a short noun phrase followed by a clause (or "that")
      for (let e = k + 1; e < Math.min(to, k + 5); e++) {
        if (!['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(tokens[e - 1]!.pos)) break;
        if (!['NOUN', 'PROPN'].includes(tokens[e - 1]!.pos)) continue;
        if (tokens[e]!.norm === 'that' || isFiniteClause(tokens, e, to, verbs)) {
          k = e;
          break;
        }
      }
    }
    if (tokens[k]?.pos === 'ADP' && CALENDAR_WORDS.has(tokens[k + 1]?.norm ?? '')) k += 2;
  }
  if (k > at && k < to) {
    const s = clauseStartAt(doc, k, to, verbs, regions);
    if (s !== null) return s;
  }
  return clauseStartAt(doc, at, to, verbs, regions);
}

function clauseStartAt(doc: TokenizedDoc, at: number, to: number, verbs: SpeechVerbIndex, regions: Regions): number | null {
  const { tokens } = doc;
  // "said his country “does not accept …”": a subject of a few words, then a partial quote
  for (let k = at + 1; k < Math.min(to, at + 6); k++) {
    const r = regions.owner[k]!;
    if (r >= 0) {
      if (regions.holds(r) && ['DET', 'PRON', 'PROPN', 'NOUN', 'ADJ', 'NUM'].includes(tokens[at]!.pos) && tokens[at]!.pos !== 'PUNCT') return at;
      break;
    }
    if (tokens[k]!.norm === 'as') break; // "describing it as a “…”": a characterisation, not a clause
    if (tokens[k]!.kind === 'punctuation' && tokens[k]!.value !== '’' && tokens[k]!.value !== "'") {
      if (!/^[“"‘«]$/.test(tokens[k]!.value)) break;
    }
  }
  for (let k = at; k < Math.min(to, at + 9); k++) {
    const t = tokens[k]!;
    if (t.norm === 'that' && (t.pos === 'SCONJ' || t.pos === 'PRON' || t.pos === 'DET')) return k + 1 < to ? k + 1 : null;
    if (t.pos === 'VERB' || t.pos === 'AUX' || (t.kind === 'punctuation' && t.value !== '-' && t.value !== '’')) break;
  }
  return isFiniteClause(tokens, at, to, verbs) ? at : null;
}

/** "DORNHOLM (Quay Wire) — A special court …": the clause starts after the dateline. */
function afterDateline(doc: TokenizedDoc, start: number, to: number): number {
  const { tokens } = doc;
  for (let k = start; k < Math.min(to, start + 10); k++) {
    const t = tokens[k]!;
    // a spaced hyphen is a dash; one opening the clause ("- The camp will close, …") is dropped
    const spaced = t.value === '-' && (k === 0 || tokens[k - 1]!.end < t.start);
    if (isDash(t.value) || spaced) return k + 1;
    if (t.kind === 'word' && !isCapitalized(t.value)) return start;
  }
  return start;
}

/** The last comma in tokens [from, to), or -1. */
function lastComma(doc: TokenizedDoc, from: number, to: number): number {
  for (let k = to - 1; k >= Math.max(0, from); k--) if (doc.tokens[k]!.value === ',') return k;
  return -1;
}

/** "…, Tasnim reported on Saturday." and "…, the mayor said, citing fuel." but not "…, denies
 *  involvement in violence." (an object). */
function tokensAfterAreAdjuncts(doc: TokenizedDoc, at: number, to: number, verbs: SpeechVerbIndex): boolean {
  let rest = doc.tokens.slice(at, to);
  // ", citing fuel" / ", adding that …": a participle phrase after a comma
  const participle = rest.findIndex((t, k) => t.value === ',' && /ing$/.test(rest[k + 1]?.norm ?? '') && (rest[k + 1]!.pos === 'VERB' || verbs.at(doc.tokens, at + k + 1) !== null));
  if (participle >= 0) rest = rest.slice(0, participle);
  const first = rest[0];
  if (first && first.kind !== 'punctuation' && !['ADP', 'ADV'].includes(first.pos) && !CALENDAR_WORDS.has(first.norm)) return false;
  return rest.every((t) => !['VERB', 'AUX', 'SCONJ'].includes(t.pos));
}

/** After a quotation inside a clause, "but I will" / "and he left": a clause of the writer's
 *  (a conjunction and a new subject) ends the reported clause; "and should go" does not. */
function newClauseAfterQuote(tokens: readonly Token[], start: number, end: number, heldAt: (k: number) => boolean): number {
  let seen = false;
  for (let k = start; k < end - 1; k++) {
    if (heldAt(k)) seen = true;
    else if (seen && ['and', 'but', 'so'].includes(tokens[k]!.norm) && (tokens[k + 1]!.pos === 'PRON' || tokens[k + 1]!.pos === 'PROPN') && !['it', 'its'].includes(tokens[k + 1]!.norm)) {
      let e = k;
      while (e > start && /^[,;]$/.test(tokens[e - 1]!.value)) e--;
      return e;
    }
  }
  return end;
}

/** "Sales, she says, fell.": a short speaker phrase and its verb set off by commas inside the
 *  clause; the clause is the two segments around them. */
function aroundCue(doc: TokenizedDoc, cue: Cue, from: number, to: number, regions: Regions, verbs: SpeechVerbIndex): IndirectQuote | null {
  const { tokens } = doc;
  const { verb } = cue;
  const after = verb + cue.info.length;
  const comma = lastComma(doc, from, verb);
  const phrase = { from: comma + 1, to: verb };
  if (comma <= from || cue.phrase.to !== verb || phrase.to - phrase.from > 4 || phrase.to <= phrase.from || tokens[after]?.value !== ',') return null;
  const head = tokens.slice(from, phrase.from - 1);
  const tail = tokens.slice(after + 1, to);
  if (!head.some((t) => t.kind === 'word') || !tail.some((t) => t.pos === 'VERB' || t.pos === 'AUX') || [...head, ...tail].some((_, k) => regions.owner[k < head.length ? from + k : after + 1 + k - head.length]! >= 0)) return null;
  const first = clauseSpan(doc, from, phrase.from - 1, regions, verbs);
  // "…, their union announced, after talks collapsed": an adjunct of the writer's, not the clause
  const firstTail = tail.find((t) => t.kind === 'word');
  if (firstTail && (firstTail.pos === 'ADP' || firstTail.pos === 'SCONJ')) return first ? { cue: { ...cue, phrase }, clause: first, rule: 'clause-before-cue' } : null;
  const second = clauseSpan(doc, after + 1, to, regions, verbs);
  return first && second ? { cue: { ...cue, phrase }, clause: first, rest: second, rule: 'clause-around-cue' } : null;
}

/** A reported clause; `holdsQuote` when quoted words lie inside it. */
export interface ClauseSpan extends Span {
  readonly holdsQuote: boolean;
}

/** The clause tokens [start, to) as a span, cut before a speech quotation that is not a partial
 *  quote, or before ", adding". A clause holding a partial quote runs through it (and through
 *  its closing mark) and must have two words of its own before the quote. */
function clauseSpan(doc: TokenizedDoc, start: number, to: number, regions: Regions, verbs: SpeechVerbIndex): ClauseSpan | null {
  const { owner } = regions;
  const { tokens } = doc;
  start = afterDateline(doc, start, to);
  const speechAt = (k: number) => owner[k]! >= 0 && regions.stopsAt(owner[k]!);
  const heldAt = (k: number) => owner[k]! >= 0 && regions.holds(owner[k]!);
  let end = findCueEnd(tokens, start, to, speechAt, verbs, heldAt);
  if (end <= start || speechAt(start)) return null;
  let firstHeld = -1;
  for (let k = start; k < end && firstHeld < 0; k++) if (heldAt(k)) firstHeld = k - start;
  if (firstHeld >= 0) end = Math.min(end, newClauseAfterQuote(tokens, start, end, heldAt));
  // "… in Truro, N.S. “We are worried,” she said": a quotation after a full stop starts a sentence
  if (firstHeld > 0 && /[.!?]$/.test(tokens[start + firstHeld - 1]!.value)) {
    start += firstHeld;
    firstHeld = 0;
  }
  const ownWords = (a: number, b: number) => {
    let n = 0;
    for (let k = a; k < b; k++) if (tokens[k]!.kind === 'word' && owner[k]! < 0) n++;
    return n;
  };
  let holdsQuote = firstHeld >= 0;
  if (holdsQuote && ownWords(start, start + firstHeld) < 2) {
    // "Benn said “we will win” …": the quote is the partial, not the clause
    holdsQuote = false;
    end = start + firstHeld;
    while (end > start && /^[“"‘«,]$/.test(tokens[end - 1]!.value)) end--;
    if (end <= start) return null;
  }
  // "Benn said the team had “finally found its legs”": the quote is the partial, not "the team had"
  const words = ownWords(start, end);
  if (!holdsQuote && words < 4 && tokens.slice(end, to).some((_, k) => speechAt(end + k) || heldAt(end + k))) return null;
  if (holdsQuote) {
    // a clause ending inside a quotation ends with it; its closing mark belongs to it
    const last = owner[end - 1]!;
    if (last >= 0) while (end < tokens.length && owner[end] === last) end++;
    while (end < tokens.length && /^[”"’»]$/.test(tokens[end]!.value)) end++;
  }
  return { start: tokens[start]!.start, end: tokens[end - 1]!.end, holdsQuote };
}

function accordingTo(doc: TokenizedDoc, v: number, from: number, to: number, regions: Regions, info: Cue['info']): IndirectQuote | null {
  const { tokens } = doc;
  const phrase = phraseAfter(tokens, v + info.length, to);
  let nameEnd = phrase.to;
  const comma = tokens.slice(phrase.from, phrase.to).findIndex((t) => t.value === ',');
  if (comma > 0) nameEnd = phrase.from + comma; // "According to the Interior Ministry, 37 people …"
  // "according to those who have followed the group": a bare "those" keeps its relative clause
  if (nameEnd - phrase.from === 1 && BARE_HEADS.has(tokens[phrase.from]!.norm)) {
    while (nameEnd < to && tokens[nameEnd]!.value !== ',' && tokens[nameEnd]!.value !== '.') nameEnd++;
  }
  while (nameEnd > phrase.from && tokens[nameEnd - 1]!.value === ',') nameEnd--;
  const cue: Cue = { verb: v, info, phrase: { from: phrase.from, to: nameEnd }, attached: false };
  const leading = v === from || tokens.slice(from, v).every((t) => t.kind === 'punctuation');
  if (leading) {
    const comma = tokens.slice(nameEnd, to).findIndex((t) => t.value === ',');
    return comma < 0 ? null : withRule(cue, clauseSpan(doc, nameEnd + comma + 1, to, regions, { at: () => null, size: 0 }), 'according-to');
  }
  const end = tokens[v - 1]?.value === ',' ? v - 1 : v;
  return withRule(cue, clauseSpan(doc, Math.max(from, end - MAX_CLAUSE_TOKENS), end, regions, { at: () => null, size: 0 }), 'according-to');
}
