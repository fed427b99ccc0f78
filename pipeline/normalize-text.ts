// Matching forms. Reports keep offsets into the text as read; these functions only give the
// form that lexicon matching and speaker comparison use, never a new text to offset into.
// Invisible characters — zero-width space, non-joiner and joiner (U+200B–U+200D), word joiner
// (U+2060), a BOM inside the text (U+FEFF) and the soft hyphen (U+00AD) — are folded away, so
// that `ter\u200Brorist` matches "terrorist"; withoutInvisibles gives the text without them
// plus the map back to raw offsets, for the tokenizer.
// Most words are plain ASCII, which NFC and the folds below leave unchanged: they take a
// fast path (one scan of the code units) instead of normalize() and three regex passes.

const APOSTROPHES = /[\u2018\u2019\u201B\u02BC\u02BB\u0060\u00B4\u2032]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033]/g;
const HYPHENS = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE63\uFF0D]/g;
const INVISIBLES = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
const HAS_INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/;
const BACKTICK = 0x60; // folded to an apostrophe, although ASCII

/** True when every code unit is ASCII and none is folded (so foldVariants(s) === s). */
function isPlainAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x7f || c === BACKTICK) return false;
  }
  return true;
}

/** NFC, invisible characters dropped, apostrophe/quote/hyphen variants folded to ASCII; case kept. */
export function foldVariants(s: string): string {
  if (isPlainAscii(s)) return s;
  return s.replace(INVISIBLES, '').normalize('NFC').replace(APOSTROPHES, "'").replace(DOUBLE_QUOTES, '"').replace(HYPHENS, '-');
}

/** The case-insensitive matching form of a word or phrase. */
export function matchForm(s: string): string {
  return foldVariants(s).toLowerCase();
}

export interface VisibleText {
  /** The text without invisible characters. */
  readonly text: string;
  /** Offset in `text` → offset in the raw text; null when nothing was dropped (the same). */
  readonly rawOffset: ((offset: number) => number) | null;
}

/** A text without its invisible characters, and the way back to raw offsets. */
export function withoutInvisibles(raw: string): VisibleText {
  if (!HAS_INVISIBLE.test(raw)) return { text: raw, rawOffset: null };
  const kept: number[] = [];
  let text = '';
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    if (HAS_INVISIBLE.test(c)) continue;
    kept.push(i);
    text += c;
  }
  kept.push(raw.length);
  return { text, rawOffset: (offset) => kept[offset]! };
}
