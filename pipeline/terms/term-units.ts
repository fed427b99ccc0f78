// Matching units: the words that lexicon matching compares, for the text and for the entries
// alike. Reads tokens; gives units. A unit is a token, or one part of a hyphenated token
// ("anti-Iran" → anti, Iran), so that "anti-Iran", "anti Iran" and "anti–Iran" give the same
// units; tokens that are only a hyphen or dash give none. Each unit carries the forms a
// case-insensitive entry word may equal: the folded surface form first, then wink's lemma,
// then, for words wink does not lemmatise (PROPN, e.g. a sentence-initial "Terrorists"), the
// singular forms an English plural suffix would give.
import { matchForm } from '../normalize-text.js';
import type { Paragraph, Token, TokenizedDoc } from '../types.js';

export interface Unit {
  /** Index of the token in the document's tokens (or in the entry's). */
  readonly token: number;
  readonly start: number;
  readonly end: number;
  /** The unit as written (compared, folded, for `case: sensitive`). */
  readonly value: string;
  /** Folded, lower-cased surface form. */
  readonly norm: string;
  /** wink's lemma, folded (norm when wink gives none or the same). */
  readonly lemma: string;
  /** Singular forms an English plural suffix would give (none for most units: one shared
   *  empty list). A case-insensitive entry word may equal norm, lemma or one of these. */
  readonly guesses: readonly string[];
}

/** True when a case-insensitive entry word equals one of the unit's forms. */
export function hasForm(unit: Unit, word: string): boolean {
  return unit.norm === word || unit.lemma === word || unit.guesses.includes(word);
}

const NONE: readonly string[] = [];

const HYPHEN = /[-\u2010-\u2015\u2212\uFE63\uFF0D]/;
const HYPHEN_PIECES = /[^-\u2010-\u2015\u2212\uFE63\uFF0D]+/g;

/** Units of tokens[from..to) (by default all): a unit's `token` is its index in `tokens`. */
export function unitsOf(tokens: readonly Token[], from = 0, to = tokens.length): Unit[] {
  const units: Unit[] = [];
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (!HYPHEN.test(t.value)) {
      const guesses = t.lemma === t.norm || t.pos === 'PROPN' ? singularGuesses(t.norm) : NONE;
      units.push({ token: i, start: t.start, end: t.end, value: t.value, norm: t.norm, lemma: t.lemma, guesses });
      continue;
    }
    const pieces = [...t.value.matchAll(HYPHEN_PIECES)]; // none for a bare hyphen or dash
    pieces.forEach((p, k) => {
      const norm = matchForm(p[0]);
      const guesses = k === pieces.length - 1 ? singularGuesses(norm) : NONE;
      units.push({ token: i, start: t.start + p.index, end: t.start + p.index + p[0].length, value: p[0], norm, lemma: norm, guesses });
    });
  }
  return units;
}

/** Units of each paragraph, by paragraph object (shared by a document's layers). */
const byParagraph = new WeakMap<Paragraph, readonly Unit[]>();

/** Documents longer than this (in tokens) do not keep their units: the second stage computes
 *  them again, rather than all of a 10 MB document's units (~200 MB) living until it ends. */
const KEEP_UNITS_UP_TO = 100_000;

/** The units of one paragraph of a document, computed once: terms and actors match on the same. */
export function paragraphUnits(doc: TokenizedDoc, paragraph: Paragraph): readonly Unit[] {
  let units = byParagraph.get(paragraph);
  if (units) return units;
  units = unitsOf(doc.tokens, paragraph.tokens.from, paragraph.tokens.to);
  if (doc.tokens.length <= KEEP_UNITS_UP_TO) byParagraph.set(paragraph, units);
  return units;
}

/** Singular forms an English plural would come from: terrorists → terrorist, mercenaries →
 *  mercenary, bosses → boss, henchmen → henchman. Only used where wink gives no lemma. */
export function singularGuesses(norm: string): readonly string[] {
  if (norm.length >= 5 && norm.endsWith('men')) return [`${norm.slice(0, -3)}man`];
  if (norm.length < 4 || !norm.endsWith('s') || norm.endsWith('ss')) return NONE;
  const out = [norm.slice(0, -1)];
  if (norm.endsWith('ies')) out.push(`${norm.slice(0, -3)}y`);
  if (/(?:ss|sh|ch|x|z)es$/.test(norm)) out.push(norm.slice(0, -2));
  return out;
}
