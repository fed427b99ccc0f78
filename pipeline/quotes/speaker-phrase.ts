// The speaker phrase of a speech verb, without a parser: the noun phrase before the verb
// ("Albania’s Prime Minister Edi Rama declared", "he said") or after it ("said X, a
// spokeswoman for Y"), then read as a pronoun, a name, or a description. Reads tokens and the
// document's names; gives a SpeakerMention for resolve-speakers.
import type { NameMention } from './name-mentions.js';
import { ANONYMITY, ANONYMOUS_HEADS, BARE_HEADS, CALENDAR_WORDS, ORGANIZATION_NOUNS, ORGANIZATION_WORDS, PRONOUNS } from './name-words.js';
import { namesNear } from './sorted-lookup.js';
import type { Token } from '../types.js';
import { isAbbreviationDot, isCapitalized, isLowerStart } from './token-shape.js';

export interface SpeakerMention {
  /** Token range of the phrase's chosen part, and its text as written. */
  readonly from: number;
  readonly to: number;
  readonly text: string;
  readonly form: 'pronoun' | 'name' | 'description';
  /** For 'name': the name mention. */
  readonly name: NameMention | null;
  /** For 'description': what kind of description it is. */
  readonly hint: 'organization' | 'anonymous' | 'nominal';
  /** Definite ("the senator", "Iran’s top official"): may be linked to a person named earlier. */
  readonly definite: boolean;
}

const NP_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART', 'X']);
const NP_PUNCT = new Set([',', '-', '(', ')', '’', "'"]);
const NP_ADP = new Set(['of', 'for']);
/** Prepositions a subject phrase may hold ("statistics of the article about the cult"). */
const INNER_ADP = new Set(['of', 'for', 'about', 'from', 'with', 'in', 'at', 'on', 'to']);
const RELATIVE = new Set(['who', 'whose', 'which', 'that', 'whom']);
const SENTENCE_STOP = new Set(['.', '?', '!', ';', ':', '“', '”', '"']);
const SKIP_BEFORE_VERB = new Set(['ADV', 'AUX', 'PART']);

function isNpToken(t: Token, first: boolean, next?: Token): boolean {
  // "Global Forest Watch"; "Ward said" (wink tags the name Ward as a verb)
  if (t.kind === 'word' && isCapitalized(t.value) && t.pos !== 'PRON') return true;
  if (t.pos === 'VERB' && t.norm.endsWith('ing') && next?.pos === 'NOUN') return true; // "planning officials"
  if (NP_TAGS.has(t.pos) || NP_PUNCT.has(t.value) || INNER_ADP.has(t.norm) || t.norm === 'and') return true;
  return t.pos === 'PRON' && (first || ['his', 'her', 'its', 'their'].includes(t.norm));
}

/** Start of the noun phrase that ends right before token `verb` (skipping "has", "also", "later"). */
export function subjectBefore(tokens: readonly Token[], verb: number, floor: number): { from: number; to: number } {
  let to = verb;
  while (to > floor && SKIP_BEFORE_VERB.has(tokens[to - 1]!.pos) && to > verb - 3) to--;
  const from = collectBack(tokens, to, to, floor);
  // "Another member of the public, whose name is redacted, wrote", "Two officials, speaking on
  // condition of anonymity, said", "Emma Liu, a junior who plays the cello, told": step over the
  // clause between the last two commas when it holds a verb or a relative pronoun.
  if (tokens[to - 1]?.value === ',') {
    for (let c = to - 2; c > Math.max(floor, to - 18); c--) {
      if (tokens[c]!.value !== ',') continue;
      const clause = tokens.slice(c + 1, to - 1);
      if (!clause.some((t) => t.pos === 'VERB' || t.pos === 'AUX' || RELATIVE.has(t.norm))) break;
      const head = collectBack(tokens, c, c, floor);
      if (head < c) return { from: head, to };
      break;
    }
  }
  // "A forestry official who asked not to be named … said": the noun before the relative pronoun
  if (from < to && !RELATIVE.has(tokens[from]!.norm)) {
    for (let r = from - 1; r > Math.max(floor, to - 25); r--) {
      const t = tokens[r]!;
      if (SENTENCE_STOP.has(t.value)) break;
      if (RELATIVE.has(t.norm) && t.pos === 'PRON' && (tokens[r - 1]?.pos === 'NOUN' || tokens[r - 1]?.pos === 'PROPN')) {
        const head = collectBack(tokens, r, r, floor);
        if (head < r) return { from: head, to };
        break;
      }
    }
  }
  return { from, to };
}

function collectBack(tokens: readonly Token[], start: number, to: number, floor: number): number {
  let from = start;
  // an abbreviation's full stop ("(D-Md.)", "Jr.") stays inside the phrase
  while (from > floor && to - from < 25 && (isNpToken(tokens[from - 1]!, from === to) || (from < to && isAbbreviationDot(tokens, from - 1)))) from--;
  return from;
}

/** The noun phrase starting at `start` (after a verb-first cue: "said X, a spokeswoman for Y"). */
export function phraseAfter(tokens: readonly Token[], start: number, ceiling: number): { from: number; to: number } {
  let to = start;
  while (to < ceiling && to - start < 25 && !RELATIVE.has(tokens[to]!.norm) && (isNpToken(tokens[to]!, to === start, tokens[to + 1]) || tokens[to]!.value === '.' && isCapitalized(tokens[to - 1]?.value ?? '') && tokens[to - 1]!.value.length <= 3)) to++;
  return { from: start, to };
}

/** Reads the phrase tokens[from, to) as a speaker mention; null when it holds no noun.
 *  `beforeVerb`: the phrase is the verb's subject (its last part is nearest the verb). */
export function readSpeakerPhrase(tokens: readonly Token[], text: string, from: number, to: number, names: readonly NameMention[], beforeVerb = true): SpeakerMention | null {
  const split = splitParts(tokens, from, to).filter((p) => !RELATIVE.has(tokens[p.from]!.norm) && !(tokens[p.from]!.pos === 'VERB' && tokens[p.from + 1]?.pos !== 'NOUN' && !isCapitalized(tokens[p.from]!.value)));
  // "Rep. Elijah Cummings (D-Md.)", "Mitch McConnell, R-Ky.,": a parenthesis or a party tag is an aside, not the speaker
  const partyTag = (p: Part) => /^[DRI]$/.test(tokens[p.from]!.value) && tokens[p.from + 1]?.value === '-' && p.to - p.from <= 6;
  const aside = (p: Part) => (tokens[p.from - 1]?.value === '(' && tokens[p.to]?.value === ')') || partyTag(p);
  const parts = split.some((p) => !aside(p)) ? split.filter((p) => !aside(p)) : split;
  if (parts.length === 0) return null;
  const wholeText = text.slice(tokens[from]!.start, tokens[Math.min(to, tokens.length) - 1]!.end);
  const nearest = beforeVerb ? parts.at(-1)! : parts[0]!;
  const isPronoun = (p: Part) => p.to - p.from === 1 && PRONOUNS.has(tokens[p.from]!.norm);
  const personParts = parts.filter((p) => headPerson(tokens, p, names));
  const plain = parts.filter((p) => !isAdjunct(tokens, p));
  // "Residents of Camp Orel, home to some 2,000 members, say": the part set off by commas before the verb is an apposition
  // (unless the apposition is a name: "The drivers' union, Local 1143, said")
  const appositive = beforeVerb && plain.length > 1 && tokens[to - 1]?.value === ',' && !isCapitalized(tokens[plain.at(-1)!.from]!.value);
  const described = beforeVerb ? plain.at(appositive ? -2 : -1) : plain[0];
  const chosen = isPronoun(nearest) ? nearest : ((beforeVerb ? personParts.at(-1) : personParts[0]) ?? described ?? nearest);
  const part = trimAdjunct(tokens, chosen);
  const partText = text.slice(tokens[part.from]!.start, tokens[part.to - 1]!.end);
  const base = { from: part.from, to: part.to, text: partText, name: null, hint: 'nominal' as const, definite: false };
  if (isPronoun(part)) return { ...base, form: 'pronoun' };
  const person = headPerson(tokens, part, names);
  if (person) return { ...base, form: 'name', name: person };
  const head = headOf(tokens, part);
  if (!head) return null;
  const org = namesNear(names, part.from, part.to).find((n) => n.cls === 'organization' && n.to === part.to && n.runFrom <= part.from + 1);
  if (org && isCapitalized(head.value)) return { ...base, form: 'name', name: org };
  const first = tokens[part.from]!;
  const nouns = tokens.slice(part.from, part.to).filter((t) => t.pos === 'NOUN' || t.pos === 'PROPN');
  const definite = ['the', 'this', 'that'].includes(first.norm) || tokens.slice(part.from, part.to).some((t) => t.pos === 'PART');
  const orgNoun = (t: Token) => ORGANIZATION_NOUNS.has(t.norm) || ORGANIZATION_NOUNS.has(t.lemma) || (isCapitalized(t.value) && ORGANIZATION_WORDS.has(t.norm));
  const hint = ANONYMITY.test(wholeText) || (!definite && ANONYMOUS_HEADS.has(head.norm)) ? 'anonymous' : orgNoun(head) || (isCapitalized(head.value) && nouns.some(orgNoun)) ? 'organization' : 'nominal';
  return { ...base, form: 'description', hint, definite };
}

/** The head word of a part: its last word before any preposition ("statistics" of "statistics of the article"). */
export function headOf(tokens: readonly Token[], part: { from: number; to: number }): Token | undefined {
  let end = part.to;
  for (let k = part.from + 1; k < part.to; k++) if (INNER_ADP.has(tokens[k]!.norm) && tokens[k]!.pos === 'ADP') {
    end = k;
    break;
  }
  const words = [...tokens.slice(part.from, end)].reverse();
  return words.find((t) => t.pos === 'NOUN' || t.pos === 'PROPN') ?? words.find((t) => t.kind === 'word' && t.pos !== 'PART');
}

/** "Kenya's government on Friday" → "Kenya's government": a trailing time phrase is not the speaker. */
function trimAdjunct(tokens: readonly Token[], part: Part): Part {
  for (let k = part.from + 1; k < part.to; k++) {
    if (tokens[k]!.pos !== 'ADP') continue;
    const rest = tokens.slice(k + 1, part.to);
    if (rest.length > 0 && rest.every((t) => CALENDAR_WORDS.has(t.norm) || t.pos === 'NUM' || t.pos === 'DET' || t.kind === 'punctuation')) return { from: part.from, to: k };
  }
  return part;
}

interface Part {
  readonly from: number;
  readonly to: number;
}

function splitParts(tokens: readonly Token[], from: number, to: number): Part[] {
  const parts: Part[] = [];
  let start = from;
  for (let i = from; i <= to; i++) {
    if (i === to || tokens[i]!.value === ',' || tokens[i]!.value === '(' || tokens[i]!.value === ')' || (RELATIVE.has(tokens[i]!.norm) && !(i === start + 1 && BARE_HEADS.has(tokens[start]!.norm)))) {
      let s = start;
      let e = i;
      while (s < e && (tokens[s]!.kind === 'punctuation' || tokens[s]!.pos === 'ADP' || tokens[s]!.pos === 'CCONJ')) s++;
      while (e > s && tokens[e - 1]!.kind === 'punctuation' && tokens[e - 1]!.value !== '.') e--;
      if (e > s && tokens.slice(s, e).some((t) => t.kind === 'word')) parts.push({ from: s, to: e });
      start = i < to && RELATIVE.has(tokens[i]!.norm) ? i : i + 1;
    }
  }
  return parts;
}

/** The person a part is about: a person name not inside an "of"/"for" phrase. */
function headPerson(tokens: readonly Token[], part: Part, names: readonly NameMention[]): NameMention | null {
  const inPart = namesNear(names, part.from, part.to).filter((n) => n.cls === 'person' && n.from >= part.from && n.to <= part.to);
  // not inside an "of" phrase, and not a possessor ("Sylvia Jones's office" is the office)
  // "Aides to Mr. Hale": a plural noun heads the part, the name depends on it
  const first = tokens[part.from]!;
  const pluralHead = (first.pos === 'NOUN' || first.pos === 'PROPN') && first.norm.endsWith('s') && ['to', 'of', 'for', 'close', 'from'].includes(tokens[part.from + 1]?.norm ?? '');
  // "a top Trump surrogate": a name modifying a lower-case noun is not the person the part names
  const modifier = (n: NameMention) => n.to < part.to && isLowerStart(tokens[n.to]!.value) && ['NOUN', 'ADJ'].includes(tokens[n.to]!.pos);
  const heads = inPart.filter((n) => !pluralHead && !modifier(n) && !tokens.slice(part.from, n.runFrom).some((t) => NP_ADP.has(t.norm)) && !(tokens[n.to]?.pos === 'PART' && n.to < part.to - 1));
  return heads.at(-1) ?? null;
}

function isAdjunct(tokens: readonly Token[], part: Part): boolean {
  const first = tokens[part.from]!;
  return first.pos === 'ADP' || tokens.slice(part.from, part.to).every((t) => CALENDAR_WORDS.has(t.norm) || t.kind !== 'word' || t.pos === 'NUM' || t.pos === 'DET');
}
