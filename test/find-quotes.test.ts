import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pairQuoteMarks } from '../pipeline/quotes/quote-marks.js';
import { spanContains } from '../pipeline/spans.js';
import { quoted, regionsOf } from './helpers/quotes.js';

describe('findQuotes: marks', () => {
  it('pairs every mark style (research notes case 9)', async () => {
    const text = [
      '“Curly double,” she said.',
      '‘Curly single,’ she said.',
      '"Straight double," she said.',
      "''Two apostrophes,'' she said.",
      "``Backticks and apostrophes,'' she said.",
      '«Guillemets», dit Jean.',
      '„Low and high“, sagte Anna.',
    ].join('\n');
    expect((await regionsOf(text)).map(([words]) => words)).toEqual([
      'Curly double,', 'Curly single,', 'Straight double,', 'Two apostrophes,', 'Backticks and apostrophes,', 'Guillemets', 'Low and high',
    ]);
  });

  it('lets apostrophes open nothing: it’s, O’Regan, Kan’ani, the regime’s, students’', async () => {
    const text = 'It’s O’Regan’s turn, Kan’ani wrote; the regime’s critics and the students’ union met. “Fine,” he said.';
    expect(await regionsOf(text)).toEqual([['Fine,', 'speech']]);
  });

  it('keeps the whole straight-quoted span around an apostrophe-like mark (textacy issue 379)', async () => {
    expect(await regionsOf('Bill told me I "shouldn‘t wear those pants" but I will.')).toEqual([['shouldn‘t wear those pants', 'speech']]);
  });

  it('runs a quote over paragraphs that reopen the mark, closing only at the end (case 7, CoreNLP 1139)', async () => {
    const text = '“What we are watching is with what speed can we control the variants,” Dubé said. “We have seen the conventional cases drop but the variants increase.\n\n“Until now, we have been able to stay within the 800 mark, but it’s something we’re following.\n\n“I ask you to follow the rules.”\nThe minister left.';
    const regions = await regionsOf(text);
    expect(regions).toHaveLength(2);
    expect(regions[1]![0]).toMatch(/^We have seen .*follow the rules\.$/s);
    expect(regions[1]![0].split('\n\n')).toHaveLength(3);
  });

  it('bounds a quote that never closes by its paragraph (case 7)', async () => {
    const text = '“We will not close the schools again, he said.\nThe opposition disagreed. “It is reckless,” said Anglade.';
    const doc = await quoted(text);
    expect(doc.quoteRegions.map((r) => [text.slice(r.start, r.end), r.close === null])).toEqual([
      ['We will not close the schools again, he said.', true],
      ['It is reckless,', false],
    ]);
  });
});

describe('findQuotes: speech or scare (case 8)', () => {
  it.each([
    ['Police blamed the outage on "terror and cyberattacks" on Monday.', 'terror and cyberattacks'],
    ['Her favorite book is "One Hundred Years of Solitude".', 'One Hundred Years of Solitude'],
    ['A homeless man who goes by the name "Shorty" waved.', 'Shorty'],
    ['The so-called "peace plan" failed.', 'peace plan'],
    ['Police ended what they called a “security operation” on Sunday.', 'security operation'],
    ['Burton thinks that cats are "cuties".', 'cuties'],
    ['The EU had previously listed the MKO as a “terrorist organization.”', 'terrorist organization.'],
    ['Iran’s top official says the Islamic Republic has brought a “huge” case against them.', 'huge'],
    ['Trolls appeared, obviously attracted by the keyword “Tehran,” heaping attacks.', 'Tehran,'],
    ['The “liberal asylum seeker” was then dubbed a “Takfiri terrorist.”', 'liberal asylum seeker'],
    ['This created a false impression of “all-Iranian” support for the rally.', 'all-Iranian'],
    ['Fernandes posted a photo on Instagram with the caption "Focused."', 'Focused.'],
  ])('%s → scare', async (text, words) => {
    expect(await regionsOf(text)).toContainEqual([words, 'scare']);
  });

  it.each([
    ['Her time has been "life-changing," she said.', 'life-changing,'],
    ['Rama said his country “does not accept anyone who has abused our hospitality.”', 'does not accept anyone who has abused our hospitality.'],
    ['“Yes,” she said.', 'Yes,'],
    ['He added: “We will see.”', 'We will see.'],
  ])('%s → speech', async (text, words) => {
    expect(await regionsOf(text)).toContainEqual([words, 'speech']);
  });
});

describe('findQuotes: never crashes (property)', () => {
  it('gives regions within their paragraphs, sliced to the text, for any marks and text', async () => {
    const ctxDoc = await quoted('warm-up');
    expect(ctxDoc.quoteRegions).toEqual([]);
    const piece = fc.constantFrom(...'ab Z.,:“”‘’"\'«»„`\n'.split(''), "''", '``', 'said', ' he said', 'O’Regan', "it's", '\n\n');
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 50 }), async (parts) => {
        const text = parts.join('');
        const doc = await quoted(text);
        for (const r of doc.quoteRegions) {
          if (!(r.start <= r.end && r.start >= r.open.end && (r.close === null || r.end <= r.close.start))) return false;
          const first = doc.paragraphs.find((p) => spanContains(p, r.open));
          const last = doc.paragraphs.find((p) => p.start <= r.end && r.end <= p.end);
          if (!first || !last) return false;
          if (r.close === null && doc.paragraphs.some((p) => p.start > first.end && p.end <= r.end && !/^["“”«„'`‘]/.test(text.slice(p.start)))) return false;
          // the marks are quotation marks and the content has no white space at its ends
          if (!/^(["“”«»„‘’'`]|''|``)$/.test(text.slice(r.open.start, r.open.end))) return false;
          if (r.close && !/^(["“”«»„‘’'`]|''|``)$/.test(text.slice(r.close.start, r.close.end))) return false;
          if (r.end > r.start && /^\s|\s$/.test(text.slice(r.start, r.end))) return false;
        }
        return true;
      }),
      { numRuns: 300 },
    );
  });

  it('pairs marks over raw paragraphs without throwing on odd counts; only a reopened mark crosses a paragraph', () => {
    const text = '"a "b" c\n“d ‘e” f’\n»g« „h';
    const paras = text.split('\n').reduce<{ start: number; end: number }[]>((acc, line) => {
      const start = acc.length === 0 ? 0 : acc.at(-1)!.end + 1;
      return [...acc, { start, end: start + line.length }];
    }, []);
    const regions = pairQuoteMarks(text, paras);
    expect(regions.length).toBeGreaterThan(0);
    for (const r of regions) {
      for (const p of paras.filter((q) => q.start > r.open.start && q.start < r.end)) expect(text[p.start]).toMatch(/["“«„]/);
    }
  });
});
