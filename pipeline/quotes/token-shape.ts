// Token-shape predicates the quote rules share (one copy each): capitalisation, role-noun and
// demonym endings, dashes. Reads tokens or words; gives booleans.
import type { Token } from '../types.js';

/** Starts with an upper-case letter ("Roe", "N.S."). */
export function isCapitalized(value: string): boolean {
  const c = value.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90; // ASCII without a regular expression: called per token
  return /^\p{Lu}/u.test(value);
}

/** A word token that starts with an upper-case letter. */
/** The value starts with a lower-case letter. */
export function isLowerStart(value: string): boolean {
  const c = value.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  return /^\p{Ll}/u.test(value);
}

export function isCapitalWord(t: Token): boolean {
  return t.kind === 'word' && isCapitalized(t.value);
}

/** Endings of nouns for people by role: reporter, director, activist, assistant, resident, historian, chairman. */
export const PERSON_SUFFIX = /(er|or|ist|ant|ent|ian|man|woman)$/;

/** Endings of nationality words: Iranian, Chinese, Polish, Israeli. */
const DEMONYM_SUFFIX = /(an|ese|ish|i)$/;

export function hasDemonymEnding(word: string): boolean {
  return DEMONYM_SUFFIX.test(word);
}

/** "iranian" is the demonym of "iran" (the country word plus n, an, ian, ese or i). */
export function isDemonymOf(word: string, root: string): boolean {
  return root.length >= 4 && word.length > root.length && word.startsWith(root) && /^(n|an|ian|ese|i)$/.test(word.slice(root.length));
}

/** A dash token: —, –, ―, -- (a hyphen only when spaced: `spaced`). */
export function isDash(value: string, spaced = false): boolean {
  return /^(—|–|―|--)$/.test(value) || (spaced && value === '-');
}

/** The full stop of an abbreviation glued to a short capitalised word ("(D-Md.)", "R-Ky.,",
 *  "Jr. said", "N.Y."): not a sentence end when a closing parenthesis, a comma, a lower-case word
 *  or a glued capital letter follows. */
export function isAbbreviationDot(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  if (!t || t.value !== '.' || !prev || prev.end !== t.start || !/^\p{Lu}\p{L}{0,3}$/u.test(prev.value)) return false;
  // "N.Y.", "S.C." split as N . Y.: the next letter and its stop are glued on
  const letter = !!next && next.start === t.end && /^\p{Lu}\.?$/u.test(next.value);
  return !next || next.paragraph !== t.paragraph || letter || next.value === ')' || next.value === ',' || isLowerStart(next.value);
}
