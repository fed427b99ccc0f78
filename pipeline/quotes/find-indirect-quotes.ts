// Indirect quotes: reported speech without marks. Reads sentences, the quotation regions
// and the speech verbs; gives each reported clause with its cue:
//   X said (that) CLAUSE / X told Y (on Saturday) that CLAUSE / …, adding that CLAUSE
//   according to X, CLAUSE / CLAUSE, according to X / CLAUSE, X said.
// The clause is the reported words: from after the verb (or "that") to the end of the
// sentence, stopping before a quotation (a partial quote is its own quote) or before
// ", adding …". A speech verb with no clause ("the official underscored the nation’s
// hatred") is kept as a speech event: it tells who speaks in the quotes that follow.
import { findCueEnd, isFiniteClause, MAX_CLAUSE_TOKENS } from './clause-shape.js';
import { speakerPhraseOf, type Cue } from './find-cues.js';
import { CALENDAR_WORDS } from './name-words.js';
import { phraseAfter } from './speaker-phrase.js';
import type { SpeechVerbIndex } from './speech-verbs.js';
import type { QuoteRule, Span, TokenizedDoc } from '../types.js';

export interface IndirectQuote {
  readonly cue: Cue;
  /** The reported clause, or null for a speech event without one. */
  readonly clause: Span | null;
  /** The rule that found it (quotes.csv `rule`). */
  readonly rule: QuoteRule;
}

export function findIndirectQuotes(doc: TokenizedDoc, owner: Int32Array, isSpeech: (region: number) => boolean, usedCues: ReadonlySet<number>, verbs: SpeechVerbIndex): IndirectQuote[] {
  const { tokens } = doc;
  const found: IndirectQuote[] = [];
  for (const sentence of doc.sentences) {
    const { from, to } = sentence.tokens;
    for (let v = from; v < to; v++) {
      if (owner[v] !== -1 || usedCues.has(v)) continue;
      const info = verbs.at(tokens, v);
      if (!info) continue;
      if (info.lemma === 'according to') {
        const quote = accordingTo(doc, v, from, to, owner, isSpeech, info);
        if (quote) found.push(quote);
        continue;
      }
      const phrase = speakerPhraseOf(tokens, v, info, from, to, verbs);
      const cue = { verb: v, info, phrase, attached: false };
      const more = continuationAfterQuote(doc, v + info.length, to, owner, isSpeech, verbs);
      if (more) found.push({ cue, clause: more, rule: 'clause-after-partial' });
      const start = clauseStart(doc, v + info.length, to, verbs);
      if (start !== null) {
        found.push({ cue, clause: clauseSpan(doc, start, to, owner, isSpeech, verbs), rule: 'clause-after-cue' });
        continue;
      }
      // "CLAUSE, Tasnim news agency reported on Saturday."
      const comma = lastComma(doc, phrase.from - 1, v);
      const trailing = phrase.to === v && comma > from && tokensAfterAreAdjuncts(doc, v + info.length, to);
      found.push(trailing ? { cue: { ...cue, phrase: { from: comma + 1, to: v } }, clause: clauseSpan(doc, Math.max(from, comma - MAX_CLAUSE_TOKENS), comma, owner, isSpeech, verbs), rule: 'clause-before-cue' } : { cue, clause: null, rule: 'speech-event' });
    }
  }
  return found;
}

/** "Liu wrote that the law “sweeps far too broadly” and would force adults to …": the reported
 *  clause goes on after the partial quote, from "and"/"but" and an auxiliary. */
function continuationAfterQuote(doc: TokenizedDoc, at: number, to: number, owner: Int32Array, isSpeech: (r: number) => boolean, verbs: SpeechVerbIndex): Span | null {
  const { tokens } = doc;
  let k = at;
  while (k < to && !(owner[k]! >= 0 && isSpeech(owner[k]!))) k++;
  if (k >= to) return null;
  const region = owner[k]!;
  while (k < to && owner[k] === region) k++;
  for (; k < to - 1; k++) {
    if (owner[k]! >= 0 || tokens[k]!.value === ',' || tokens[k]!.value === ';') return null;
    if (['and', 'but'].includes(tokens[k]!.norm) && tokens[k + 1]!.pos === 'AUX') return clauseSpan(doc, k + 1, to, owner, isSpeech, verbs);
  }
  return null;
}

/** Where the reported clause starts after a verb ending at `at`, or null. */
function clauseStart(doc: TokenizedDoc, at: number, to: number, verbs: SpeechVerbIndex): number | null {
  const { tokens } = doc;
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
    if (/^(—|–|--)$/.test(t.value) || spaced) return k + 1;
    if (t.kind === 'word' && !/^\p{Lu}/u.test(t.value)) return start;
  }
  return start;
}

/** The last comma in tokens [from, to), or -1. */
function lastComma(doc: TokenizedDoc, from: number, to: number): number {
  for (let k = to - 1; k >= Math.max(0, from); k--) if (doc.tokens[k]!.value === ',') return k;
  return -1;
}

/** "…, Tasnim reported on Saturday." but not "…, denies involvement in violence." (an object). */
function tokensAfterAreAdjuncts(doc: TokenizedDoc, at: number, to: number): boolean {
  const rest = doc.tokens.slice(at, to);
  const first = rest[0];
  if (first && first.kind !== 'punctuation' && !['ADP', 'ADV'].includes(first.pos) && !CALENDAR_WORDS.has(first.norm)) return false;
  return rest.every((t) => !['VERB', 'AUX', 'SCONJ'].includes(t.pos));
}

/** The clause tokens [start, to) as a span, cut before a speech quotation or ", adding". */
function clauseSpan(doc: TokenizedDoc, start: number, to: number, owner: Int32Array, isSpeech: (r: number) => boolean, verbs: SpeechVerbIndex): Span | null {
  start = afterDateline(doc, start, to);
  const speechAt = (k: number) => owner[k]! >= 0 && isSpeech(owner[k]!);
  const end = findCueEnd(doc.tokens, start, to, speechAt, verbs);
  if (end <= start || speechAt(start)) return null;
  // "Benn said the team had “finally found its legs”": the quote is the partial, not "the team had"
  const words = doc.tokens.slice(start, end).filter((t) => t.kind === 'word').length;
  if (words < 4 && doc.tokens.slice(end, to).some((_, k) => speechAt(end + k))) return null;
  return { start: doc.tokens[start]!.start, end: doc.tokens[end - 1]!.end };
}

function accordingTo(doc: TokenizedDoc, v: number, from: number, to: number, owner: Int32Array, isSpeech: (r: number) => boolean, info: Cue['info']): IndirectQuote | null {
  const { tokens } = doc;
  const phrase = phraseAfter(tokens, v + info.length, to);
  let nameEnd = phrase.to;
  const comma = tokens.slice(phrase.from, phrase.to).findIndex((t) => t.value === ',');
  if (comma > 0) nameEnd = phrase.from + comma; // "According to the Interior Ministry, 37 people …"
  // "according to those who have followed the group": a bare "those" keeps its relative clause
  if (nameEnd - phrase.from === 1 && ['those', 'people', 'anyone', 'someone'].includes(tokens[phrase.from]!.norm)) {
    while (nameEnd < to && tokens[nameEnd]!.value !== ',' && tokens[nameEnd]!.value !== '.') nameEnd++;
  }
  while (nameEnd > phrase.from && tokens[nameEnd - 1]!.value === ',') nameEnd--;
  const cue: Cue = { verb: v, info, phrase: { from: phrase.from, to: nameEnd }, attached: false };
  const leading = v === from || tokens.slice(from, v).every((t) => t.kind === 'punctuation');
  if (leading) {
    const comma = tokens.slice(nameEnd, to).findIndex((t) => t.value === ',');
    return comma < 0 ? null : { cue, clause: clauseSpan(doc, nameEnd + comma + 1, to, owner, isSpeech, { at: () => null, size: 0 }), rule: 'according-to' };
  }
  const end = tokens[v - 1]?.value === ',' ? v - 1 : v;
  return { cue, clause: clauseSpan(doc, Math.max(from, end - MAX_CLAUSE_TOKENS), end, owner, isSpeech, { at: () => null, size: 0 }), rule: 'according-to' };
}
