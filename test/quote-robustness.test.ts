import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attributed } from './helpers/quotes.js';

// News-like pieces: names, titles, speech verbs, pronouns, marks, dashes, datelines, lists.
const PIECES = [
  'The', 'camp', 'will', 'close', 'officials', 'said', 'says', 'told', 'reporters', 'that', 'according', 'to', 'Ann', 'Roe',
  'Mayor', 'Dr.', 'Lakeview', 'University', 'she', 'he', 'they', 'it', 'a', 'law', 'professor', 'at', 'the', 'ministry', 'added',
  'adding', 'described', 'as', 'called', 'would', 'not', 'say', 'whether', 'Monday', 'N.S.', 'READ', 'MORE:', 'Story', 'continues',
  'below', '“', '”', '"', '‘', '’', "'", '«', '»', ',', '.', ':', ';', '-', '—', '–', '--', '(', ')', '?', '!', '…', '\n', '\n\n',
  '’19', 'Jane', 'O’Regan', 'fire-chief', '2024', 'DORNHOLM', '(Quay', 'Wire)', 'who', 'which', 'his', 'her', 'its', 'and', 'but',
];

const words = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 4 })), { maxLength: 25 }).chain((ws) =>
  fc.array(fc.constantFrom(' ', '', '  '), { minLength: ws.length, maxLength: ws.length }).map((gaps) => ws.map((w, i) => `${gaps[i]}${w}`).join('')),
);
// A sentence: an optional lead (dash, mark, dateline), words, an optional trailing attribution.
const sentence = fc.tuple(fc.constantFrom('', '- ', '— ', '“', '"', 'DORNHOLM (Quay Wire) — ', '-'), words, fc.constantFrom('', '.', ', officials said.', '," she said.', ', Ann Roe, a law professor, said.', '…'))
  .map(([lead, body, tail]) => `${lead}${body}${tail}`);
const newsText = fc.array(sentence, { maxLength: 5 }).chain((ss) => fc.constantFrom(' ', '\n', '\n\n').map((sep) => ss.join(sep)));

describe('quote stages on any text', () => {
  it('never throw and give quotes whose parts lie inside the text in order (fixed seed)', async () => {
    await fc.assert(
      fc.asyncProperty(newsText, async (text) => {
        const doc = await attributed(text);
        for (const q of doc.quotes) {
          expect(q.start).toBeGreaterThanOrEqual(0);
          expect(q.end).toBeLessThanOrEqual(text.length);
          expect(q.parts.length).toBeGreaterThan(0);
          for (const p of q.parts) expect(p.start).toBeLessThanOrEqual(p.end);
          expect(q.parts.every((p, i) => i === 0 || q.parts[i - 1]!.end <= p.start)).toBe(true);
        }
      }),
      { seed: 20261201, numRuns: 400 },
    );
  });

  it('processes a text opening with a dash and ending "…, X said" (issue 7 #3)', async () => {
    const doc = await attributed('- The camp will close, officials said.');
    expect(doc.quotes.map((q) => [doc.text.slice(q.start, q.end), q.speaker])).toEqual([['The camp will close', 'officials']]);
  });
});

describe('reported clauses are bounded (issue 7 #6)', () => {
  const runOn = (n: number) => 'Officials said that the camp will close and residents said that the road is open, '.repeat(n);
  const quotedChars = async (text: string) => (await attributed(text)).quotes.reduce((sum, q) => sum + q.end - q.start, 0);

  it('gives quoted text linear in the length of a run-on text without full stops', async () => {
    const small = await quotedChars(runOn(50));
    const large = await quotedChars(runOn(200));
    expect(small).toBeGreaterThan(0);
    // four times the text, about four times the output (not sixteen), and a bounded multiple of the input
    expect(large / small).toBeLessThan(4.5);
    expect(large / runOn(200).length).toBeLessThan(25);
  });

  it('cuts one clause at the token cap, a sentence of sane length', async () => {
    const clause = Array.from({ length: 400 }, (_, i) => `word${i}`).join(' and ');
    const doc = await attributed(`Officials said that ${clause}.`);
    expect(doc.quotes).toHaveLength(1);
    const words = doc.text.slice(doc.quotes[0]!.start, doc.quotes[0]!.end).split(' ').length;
    expect(words).toBeLessThanOrEqual(150);
    expect(words).toBeGreaterThan(100);
  });
});
