// Matching units: the words that lexicon matching compares, for the text and for the entries
// alike. Reads tokens; gives units. A unit is a token, or one part of a hyphenated token
// ("anti-Iran" → anti, Iran), so that "anti-Iran", "anti Iran" and "anti–Iran" give the same
// units; tokens that are only a hyphen or dash give none. Each unit carries the forms a
// case-insensitive entry word may equal: the folded surface form first, then wink's lemma,
// then, for words wink does not lemmatise (PROPN, e.g. a sentence-initial "Terrorists"), the
// singular forms an English plural suffix would give.
import { matchForm } from '../normalize-text.js';
import type { Token } from '../types.js';

export interface Unit {
  /** Index of the token in the document (or in the entry's tokens). */
  readonly token: number;
  readonly start: number;
  readonly end: number;
  /** The unit as written (compared, folded, for `case: sensitive`). */
  readonly value: string;
  /** Folded, lower-cased surface form. */
  readonly norm: string;
  /** norm, then lemma and singular guesses. */
  readonly forms: readonly string[];
}

const HYPHEN = /[-\u2010-\u2015\u2212\uFE63\uFF0D]/;
const HYPHEN_PIECES = /[^-\u2010-\u2015\u2212\uFE63\uFF0D]+/g;

/** Units of a run of tokens; `first` is the document index of tokens[0]. */
export function unitsOf(tokens: readonly Token[], first: number): Unit[] {
  const units: Unit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!HYPHEN.test(t.value)) {
      const forms = t.lemma === t.norm ? [t.norm] : [t.norm, t.lemma];
      if (t.lemma === t.norm || t.pos === 'PROPN') forms.push(...singularGuesses(t.norm));
      units.push({ token: first + i, start: t.start, end: t.end, value: t.value, norm: t.norm, forms });
      continue;
    }
    const pieces = [...t.value.matchAll(HYPHEN_PIECES)]; // none for a bare hyphen or dash
    pieces.forEach((p, k) => {
      const norm = matchForm(p[0]);
      const forms = k === pieces.length - 1 ? [norm, ...singularGuesses(norm)] : [norm];
      units.push({ token: first + i, start: t.start + p.index, end: t.start + p.index + p[0].length, value: p[0], norm, forms });
    });
  }
  return units;
}

/** Singular forms an English plural would come from: terrorists → terrorist, mercenaries →
 *  mercenary, bosses → boss, henchmen → henchman. Only used where wink gives no lemma. */
export function singularGuesses(norm: string): string[] {
  if (norm.length >= 5 && norm.endsWith('men')) return [`${norm.slice(0, -3)}man`];
  if (norm.length < 4 || !norm.endsWith('s') || norm.endsWith('ss')) return [];
  const out = [norm.slice(0, -1)];
  if (norm.endsWith('ies')) out.push(`${norm.slice(0, -3)}y`);
  if (/(?:ss|sh|ch|x|z)es$/.test(norm)) out.push(norm.slice(0, -2));
  return out;
}
