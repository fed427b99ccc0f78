// Matching forms. Reports keep offsets into the text as read; these functions only give the
// form that lexicon matching and speaker comparison use, never a new text to offset into.
// Most words are plain ASCII, which NFC and the folds below leave unchanged: they take a
// fast path (one scan of the code units) instead of normalize() and three regex passes.

const APOSTROPHES = /[\u2018\u2019\u201B\u02BC\u02BB\u0060\u00B4\u2032]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033]/g;
const HYPHENS = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE63\uFF0D]/g;
const BACKTICK = 0x60; // folded to an apostrophe, although ASCII

/** True when every code unit is ASCII and none is folded (so foldVariants(s) === s). */
function isPlainAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x7f || c === BACKTICK) return false;
  }
  return true;
}

/** NFC, apostrophe/quote/hyphen variants folded to ASCII; case kept. */
export function foldVariants(s: string): string {
  if (isPlainAscii(s)) return s;
  return s.normalize('NFC').replace(APOSTROPHES, "'").replace(DOUBLE_QUOTES, '"').replace(HYPHENS, '-');
}

/** The case-insensitive matching form of a word or phrase. */
export function matchForm(s: string): string {
  return foldVariants(s).toLowerCase();
}
