// Names in a document, built without a named-entity model: runs of capitalised words (PROPN
// runs, hyphen-joined parts, "of"/"for"/"and" between capitals), titles stripped from the
// left, then classified as a person or an organisation (places count as organisations: "Tehran
// said" is its government). Reads tokens and which tokens lie inside quotation marks; gives
// every name outside quotation marks, in text order, with the role words around it.
import { matchForm } from '../normalize-text.js';
import { ANONYMOUS_HEADS, CALENDAR_WORDS, NAME_PARTICLES, ORGANIZATION_NOUNS, ORGANIZATION_WORDS, PLACE_NAMES, PLACE_PREPOSITIONS, TITLE_WORDS } from './name-words.js';
import { hasDemonymEnding, isCapitalWord, isLowerStart, PERSON_SUFFIX } from './token-shape.js';
import type { Token, TokenizedDoc } from '../types.js';

export type NameClass = 'person' | 'organization';

export interface NameMention {
  /** Token index range of the name itself (titles excluded). */
  readonly from: number;
  readonly to: number;
  /** Token range of the whole capitalised run, titles included. */
  readonly runFrom: number;
  readonly name: string;
  /** Matching forms of the name's words. */
  readonly words: readonly string[];
  readonly cls: NameClass;
}

const JOINERS = new Set(['of', 'for', 'and', 'the', 'on']);

export interface DocWords {
  /** Capitalised words also seen in lower case somewhere in the document: common words. */
  readonly common: ReadonlySet<string>;
  /** Capitalised words seen right before a lower-case noun ("Iranian civilians"). */
  readonly modifiers: ReadonlySet<string>;
  /** Capitalised words seen after a place preposition ("in Tehran"). */
  readonly places: ReadonlySet<string>;
}

export function collectDocWords(tokens: readonly Token[]): DocWords {
  const capitals = new Set<string>();
  const modifiers = new Set<string>();
  const places = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!isCapital(t)) continue;
    capitals.add(t.norm);
    const next = tokens[i + 1];
    if (next && next.pos === 'NOUN' && isLowerStart(next.value) && next.start === t.end + 1) {
      // "Iranian civilians", "Western countries", "Tasnim news": but "Burton claims" is a verb wink took for a noun.
      if (!isPluralOrThirdPerson(next) || (hasDemonymEnding(t.norm) || /(ern|ic)$/.test(t.norm))) modifiers.add(t.norm);
    }
    const prev = tokens[i - 1];
    if (prev && PLACE_PREPOSITIONS.has(prev.norm)) places.add(t.norm);
  }
  // Only capitalised words are asked about: the lower-case words kept are those few.
  const common = new Set<string>();
  for (const t of tokens) if (t.kind === 'word' && capitals.has(t.norm) && isLowerStart(t.value)) common.add(t.norm);
  return { common, modifiers, places };
}

function isPluralOrThirdPerson(t: Token): boolean {
  return t.norm.endsWith('s') && t.norm !== t.lemma;
}

const isCapital = isCapitalWord;

/** Hyphen or apostrophe glued between two words with no spaces: Ahmad-Abadi. */
function isGlue(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const a = tokens[i - 1];
  const b = tokens[i + 1];
  return t.value === '-' && !!a && !!b && a.end === t.start && t.end === b.start;
}

/** Every name outside quotation marks (`inside(i)` tells whether token i is quoted). */
export function findNameMentions(doc: TokenizedDoc, inside: (i: number) => boolean, words: DocWords): NameMention[] {
  const { tokens } = doc;
  const mentions: NameMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!startsName(tokens, i, inside)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length && !inside(j) && tokens[j]!.paragraph === tokens[i]!.paragraph) {
      const t = tokens[j]!;
      if (isCapital(t) || isGlue(tokens, j) || (tokens[j - 1]!.value === '-' && isGlue(tokens, j - 1))) j++;
      else if ((JOINERS.has(t.norm) || NAME_PARTICLES.has(t.norm)) && tokens[j + 1] && isCapital(tokens[j + 1]!) && !isSentenceStart(tokens, j + 1) && joinsHere(tokens, i, j)) j += 2;
      else break;
    }
    const mention = classifyRun(tokens, i, j, words);
    if (mention) mentions.push(mention);
    i = j;
  }
  return mentions;
}

/** "Department of Environmental Protection" is one name; "Joan Pierce of Kansas" is a name and a place. */
function joinsHere(tokens: readonly Token[], from: number, joiner: number): boolean {
  if (NAME_PARTICLES.has(tokens[joiner]!.norm)) return true;
  if (CALENDAR_WORDS.has(tokens[joiner + 1]?.norm ?? '')) return false; // "the Special Court on Wednesday"
  return TITLE_WORDS.has(tokens[joiner - 1]!.norm) || tokens.slice(from, joiner).some((t) => ORGANIZATION_WORDS.has(t.norm));
}

function startsName(tokens: readonly Token[], i: number, inside: (i: number) => boolean): boolean {
  const t = tokens[i]!;
  if (inside(i) || !isCapital(t)) return false;
  if (t.pos === 'PROPN') return true;
  if (t.pos === 'VERB' && tokens[i + 1]?.pos === 'VERB') return true; // "Ward said": wink took the name for a verb
  return !isSentenceStart(tokens, i) && !['PRON', 'DET', 'AUX', 'ADP', 'CCONJ', 'SCONJ'].includes(t.pos);
}

function isSentenceStart(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return !prev || prev.sentence !== tokens[i]!.sentence || /^[“"‘'«„(]$/.test(prev.value);
}

/** Splits a capitalised run into title/organisation words and a personal name at its end. */
function classifyRun(tokens: readonly Token[], from: number, to: number, words: DocWords): NameMention | null {
  const run = tokens.slice(from, to);
  const norms = run.map((t) => t.norm);
  const next = tokens[to];
  const afterNext = tokens[to + 1];
  const lowerNoun = !!next && next.pos === 'NOUN' && isLowerStart(next.value);
  // "Tasnim news agency"; "Legal experts said" (a plural noun, then the verb); but "Burton claims that"
  const modifier = lowerNoun && (!isPluralOrThirdPerson(next!) || (to - from === 1 && (afterNext?.pos === 'VERB' || afterNext?.pos === 'AUX')));
  const acronymAfter = tokens[to]?.value === '(' && /^\p{Lu}{2,}$/u.test(tokens[to + 1]?.value ?? ''); // Mujahedin-e-Khalq (MKO)
  if (tokens[to]?.pos === 'NUM' && tokens[to]!.start === tokens[to - 1]!.end + 1) return null; // "Branch 1", "Camp 3": not a person
  const place = (w: string) => words.places.has(w) || PLACE_NAMES.has(w);
  const org = acronymAfter || norms.some((w) => ORGANIZATION_WORDS.has(w)) || run.some((t) => /^\p{Lu}{2,}$/u.test(t.value)) || norms.every((w) => place(w) || JOINERS.has(w));
  let start = to;
  let nameWords = 0;
  while (start > from && !modifier) {
    const t = tokens[start - 1]!;
    if (t.value === '-' || NAME_PARTICLES.has(t.norm)) {
      start--;
      continue;
    }
    const glued = tokens[start]?.value === '-' && start < to;
    if (!isNameWord(t, words) || (!glued && nameWords >= 3)) break;
    start--;
    if (!glued) nameWords++;
  }
  while (start < to && (tokens[start]!.value === '-' || NAME_PARTICLES.has(tokens[start]!.norm))) start++;
  // "Volunteer Anna Kowalski", "Goaltender Mike Smith": a sentence-initial role word, not a first name
  if (nameWords === 3 && isSentenceStart(tokens, start) && PERSON_SUFFIX.test(tokens[start]!.norm)) start++;
  const joined = start > from && JOINERS.has(tokens[start - 1]!.norm); // Department of Environmental Protection
  // "Civic Rights Observatory": one capitalised word after an organisation word is still the organisation
  const orgTail = org && nameWords < 2 && !TITLE_WORDS.has(tokens[start - 1]?.norm ?? '');
  // "Kestria", "Albania": a lone name shaped like a country
  const countryShaped = to - from === 1 && /(ia|stan|land)$/.test(norms[0]!);
  if (nameWords > 0 && !(org && (start === from || joined)) && !orgTail && !countryShaped) return mention(tokens, start, to, from, 'person');
  if (countryShaped) return mention(tokens, from, to, from, 'organization');
  if (org || modifier || place(norms.at(-1)!)) return mention(tokens, from, to, from, 'organization');
  return null;
}

function isNameWord(t: Token, words: DocWords): boolean {
  const w = t.norm;
  if (!isCapital(t) || TITLE_WORDS.has(w) || ORGANIZATION_WORDS.has(w) || CALENDAR_WORDS.has(w)) return false;
  if (ANONYMOUS_HEADS.has(w) || ORGANIZATION_NOUNS.has(w) || ANONYMOUS_HEADS.has(t.lemma) || isDemonym(w)) return false;
  if (words.common.has(w) || words.modifiers.has(w) || words.places.has(w) || PLACE_NAMES.has(w) || /^\p{Lu}{2,}$/u.test(t.value)) return false;
  return t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'X' || t.pos === 'VERB';
}

function mention(tokens: readonly Token[], from: number, to: number, runFrom: number, cls: NameClass): NameMention {
  const parts = tokens.slice(from, to);
  let name = '';
  parts.forEach((t, k) => {
    name += (k > 0 && parts[k - 1]!.end < t.start ? ' ' : '') + t.value;
  });
  const wordsOf = parts.filter((t) => t.kind === 'word').map((t) => matchForm(t.value));
  return { from, to, runFrom, name, words: wordsOf, cls };
}

/** Iranian, Albanian, Israeli, Chinese: a nationality, not a name. */
export function isDemonym(w: string): boolean {
  if (!hasDemonymEnding(w)) return false;
  for (const p of PLACE_NAMES) if (w.length >= p.length && w.startsWith(p.slice(0, Math.max(4, p.length - 1)))) return true;
  return false;
}
