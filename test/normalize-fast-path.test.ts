import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldVariants, matchForm } from '../pipeline/normalize-text.js';

/** The rule spelled out: invisible characters dropped, NFC, then apostrophe, double-quote and
 *  hyphen variants to ASCII. */
function reference(s: string): string {
  return s
    .replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '')
    .normalize('NFC')
    .replace(/[\u2018\u2019\u201B\u02BC\u02BB\u0060\u00B4\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033]/g, '"')
    .replace(/[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE63\uFF0D]/g, '-');
}

describe('foldVariants fast path', () => {
  it('folds curly and ASCII variants alike, and leaves plain ASCII as it is', () => {
    expect(foldVariants('regime’s')).toBe("regime's");
    expect(foldVariants('regime`s')).toBe("regime's");
    expect(foldVariants('anti–Iran')).toBe('anti-Iran');
    expect(matchForm('Cafe\u0301')).toBe('café');
    expect(matchForm('Terrorists')).toBe('terrorists');
  });

  it('gives what the full rule gives, for ASCII and any other text (property)', () => {
    const chars = fc.constantFrom('a', 'Z', '`', "'", '-', ' ', '\u2019', '\u201C', '\u2013', 'e\u0301', 'é', '\u00AB', '\uFF0D', '\u200B', '\u00AD');
    fc.assert(fc.property(fc.string(), (s) => {
      expect(foldVariants(s)).toBe(reference(s));
    }));
    fc.assert(fc.property(fc.array(chars).map((a) => a.join('')), (s) => {
      expect(foldVariants(s)).toBe(reference(s));
    }));
  });
});
