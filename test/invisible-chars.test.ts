// Zero-width characters and soft hyphens inside words (issue 7 row 12): folded before
// matching, so the words are found; offsets still slice the raw text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../pipeline/index.js';
import { withoutInvisibles } from '../pipeline/normalize-text.js';

const INVISIBLE = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD'];

async function hitsOf(text: string): Promise<string[]> {
  const doc = await analyzeText(text);
  for (const h of doc.hits) expect(text.slice(h.start, h.end)).toBe(h.text);
  return doc.hits.map((h) => `${h.term}@${h.start}-${h.end}`);
}

describe('invisible characters inside words', () => {
  it('finds ter\\u200Brorist, cu\\u200Dlt and So\\u00ADcalled, with offsets into the raw text', async () => {
    expect(await hitsOf('Police arrested a ter\u200Brorist on Monday.')).toEqual(['terrorist@18-28']);
    expect(await hitsOf('They left the cu\u200Dlt last year.')).toEqual(['cult@14-19']);
    expect(await hitsOf('So\u00ADcalled experts disagreed.')).toEqual(['so-called@0-9']);
    expect(await hitsOf('A \u2060cult\uFEFF and ter\u200Crorists\u00AD.')).toEqual(['cult@3-7', 'terrorist@13-24']);
  });

  it('gives the same hits as the clean text, mapped to the raw offsets (property)', async () => {
    const clean = '“The cult is a terrorist group,” said the so-called minister. Officials called it a regime.';
    const expected = (await analyzeText(clean)).hits.map((h) => [h.term, h.text]);
    expect(expected.length).toBeGreaterThan(3);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat(clean.length), fc.constantFrom(...INVISIBLE)), { maxLength: 12 }), async (inserts) => {
        let text = clean;
        for (const [at, c] of [...inserts].sort((a, b) => b[0] - a[0])) text = text.slice(0, at) + c + text.slice(at);
        const doc = await analyzeText(text);
        for (const h of doc.hits) expect(text.slice(h.start, h.end)).toBe(h.text);
        for (const t of doc.tokens) expect(text.slice(t.start, t.end)).toBe(t.value);
        expect(doc.hits.map((h) => [h.term, withoutInvisibles(h.text).text])).toEqual(expected);
      }),
      { numRuns: 60, seed: 3 },
    );
  });
});
