// Matching units: the words that lexicon matching compares, for the text and for the entries
// alike. Reads tokens; gives units. A unit is a token, or one part of a hyphenated token
// ("anti-Iran" → anti, Iran), so that "anti-Iran", "anti Iran" and "anti–Iran" give the same
// units; tokens that are only a hyphen or dash give none. Each unit carries the forms a
// case-insensitive entry word may equal: the folded surface form first, then wink's lemma,
// then, for words wink does not lemmatise (PROPN, e.g. a sentence-initial "Terrorists"), the
// singular forms an English plural suffix would give.
import { foldVariants, matchForm } from './normalize-text.js';
import type { Token } from './types.js';

export interface Unit {
  /** Index of the token in the document (or in the entry's tokens). */
  readonly token: number;
  readonly start: number;
  readonly end: number;
  /** Folded surface form, case kept (for `case: sensitive`). */
  readonly surface: string;
  /** Folded, lower-cased surface form. */
  readonly norm: string;
  /** norm, then lemma and singular guesses; distinct. */
  readonly forms: readonly string[];
}

const HYPHEN_PIECES = /[^-\u2010-\u2015\u2212\uFE63\uFF0D]+/g;

/** Units of a run of tokens; `first` is the document index of tokens[0]. */
export function unitsOf(tokens: readonly Token[], first: number): Unit[] {
  const units: Unit[] = [];
  tokens.forEach((t, i) => {
    const pieces = [...t.value.matchAll(HYPHEN_PIECES)];
    if (pieces.length === 0) return; // a bare hyphen or dash joins nothing
    if (pieces.length === 1 && pieces[0]![0] === t.value) {
      const guesses = t.lemma === t.norm || t.pos === 'PROPN' ? singularGuesses(t.norm) : [];
      units.push(unit(first + i, t.start, t.end, t.value, [t.lemma, ...guesses]));
      return;
    }
    pieces.forEach((p, k) => {
      const norm = matchForm(p[0]);
      const guesses = k === pieces.length - 1 ? singularGuesses(norm) : [];
      units.push(unit(first + i, t.start + p.index, t.start + p.index + p[0].length, p[0], guesses));
    });
  });
  return units;
}

function unit(token: number, start: number, end: number, value: string, more: readonly string[]): Unit {
  const norm = matchForm(value);
  return { token, start, end, surface: foldVariants(value), norm, forms: [...new Set([norm, ...more])] };
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
