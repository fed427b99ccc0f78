// Whole-pipeline fuzz (issue 7 row 3): random news-like text — quotes of every kind,
// unbalanced marks, dashes, datelines, speech verbs, zero-width characters, long lines — goes
// through every stage (analyzeText: tokenize, quotes, speakers, terms) and no input makes a
// stage throw; every offset stays inside the text and slices to what the stage reports.
// Fixed seed; a budget of a few seconds (fewer runs on a slow machine, never a failure).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../pipeline/index.js';

const WORDS = [
  'the', 'a', 'camp', 'will', 'close', 'officials', 'said', 'says', 'told', 'reporters', 'according', 'to', 'that', 'he', 'she',
  'they', 'it', 'Minister', 'John', 'Smith', 'Reuters', 'police', 'spokesman', 'cult', 'terrorist', 'terrorists', 'regime',
  'so-called', 'militants', 'claimed', 'added', 'warned', 'not', 'never', 'on', 'Monday', 'in', 'Gaza', 'Kyiv', 'MKO',
  'allegedly', 'reportedly', 'as', 'called', 'what', 'who', 'and', 'but', '2024', '3.5%', 'U.S.', 'e.g.', '😀', 'café',
];
const MARKS = ['"', '“', '”', '‘', '’', "'", '«', '»', '„', '‚', '‹', '›', '``', "''", '「', '」'];
const PUNCT = ['.', ',', ':', ';', '?', '!', '…', '(', ')', '[', ']', '-', '–', '—', '--', '/', '*', '&'];
const DATELINES = ['GAZA CITY (Reuters) - ', 'LONDON — ', 'KYIV, Ukraine (AP) – ', '- ', '— ', 'By John Smith\n', 'WASHINGTON: '];
const INVISIBLE = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD'];
const SPACES = [' ', ' ', ' ', '', '\n', '\n\n', '\t', '\u00A0', '\r\n'];

const fragment = fc.oneof(
  { weight: 10, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 4, arbitrary: fc.constantFrom(...MARKS) },
  { weight: 3, arbitrary: fc.constantFrom(...PUNCT) },
  { weight: 1, arbitrary: fc.constantFrom(...DATELINES) },
  { weight: 1, arbitrary: fc.constantFrom(...INVISIBLE) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...WORDS), fc.integer({ min: 20, max: 400 })).map(([w, n]) => `${w} `.repeat(n)) },
);

const newsText = fc
  .array(fc.tuple(fragment, fc.constantFrom(...SPACES)), { maxLength: 120 })
  .map((parts) => parts.map(([f, s]) => f + s).join(''));

/** Known shapes from the issue, always tried first. */
const SEEDS = [
  '- The camp will close, officials said.',
  '— “The camp will close,” officials said that',
  'GAZA CITY (Reuters) - "',
  '“'.repeat(50),
  'said that said that said that '.repeat(40),
  '\u200B\u200B\u200B',
  ' ',
];

async function checkText(text: string): Promise<void> {
  const doc = await analyzeText(text);
  const inside = (s: { start: number; end: number }) => {
    expect(s.start).toBeGreaterThanOrEqual(0);
    expect(s.end).toBeLessThanOrEqual(text.length);
    expect(s.start).toBeLessThanOrEqual(s.end);
  };
  for (const t of doc.tokens) {
    inside(t);
    expect(text.slice(t.start, t.end)).toBe(t.value);
  }
  for (const q of doc.quotes) inside(q);
  for (const h of doc.hits) {
    inside(h);
    expect(text.slice(h.start, h.end)).toBe(h.text);
  }
}

describe('the whole pipeline on random news-like text (fuzz)', () => {
  it('never throws, and every offset stays inside the text', async () => {
    for (const text of SEEDS) await checkText(text);
    await fc.assert(fc.asyncProperty(newsText, checkText), { seed: 20261201, numRuns: 250, interruptAfterTimeLimit: 5000 });
  }, 60_000);
});
