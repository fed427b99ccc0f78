// Speaker rules of issue 11 (continued), each with invented sentences: abbreviation stops and
// party tags after the quotation, floating-quote inheritance, the person filter on he/she.
import { describe, expect, it } from 'vitest';
import { attributed, quotesOf } from './helpers/quotes.js';

const pick = (q: { text: string; speaker: string }) => [q.text, q.speaker];

describe('the cue after a quotation is found past an abbreviation’s full stop', () => {
  it('reads "Rep. Ann Roe (D-Wis.) said Friday" as the cue of the quotation before it', async () => {
    const qs = await quotesOf('“The bridge is safe,” Rep. Ann Roe (D-Wis.) said Friday. “We checked it twice.”');
    expect(qs.map(pick)).toEqual([['The bridge is safe,', 'Ann Roe'], ['We checked it twice.', 'Ann Roe']]);
    expect(qs[0]).toMatchObject({ cue: 'say' });
  });

  it('takes the name, not the party tag, from "Sen. Tom Ladd, R-Ore., said"', async () => {
    const [q] = await quotesOf('“The vote will hold,” Senate Majority Leader Tom Ladd, R-Ore., said Tuesday.');
    expect(q).toMatchObject({ speaker: 'Tom Ladd', type: 'person', cue: 'say' });
  });

  it('reads past a state’s letters the tagger splits as a sentence break ("(D-N.Y.)", "R-S.C.,")', async () => {
    const qs = await quotesOf('Rep. Ann Roe (D-N.Y.) said the program was sound. Rep. Tom Ladd, R-S.C., said the panel would act.\n“We will act,” Rep. Tom Ladd (R-S.C.) said.');
    expect(qs.map(pick)).toEqual([['the program was sound', 'Ann Roe'], ['the panel would act', 'Tom Ladd'], ['We will act,', 'Tom Ladd']]);
  });

  it('reads past a first name the tagger takes for a verb ("Josh", "Bill", "Will")', async () => {
    const qs = await quotesOf('“The fund is empty,” county press secretary Josh Abney said at a briefing. “We told them in May.”');
    expect(qs.map(pick)).toEqual([['The fund is empty,', 'Josh Abney'], ['We told them in May.', 'Josh Abney']]);
  });

  it('does not take a name that modifies a noun in the apposition ("a top Ladd adviser")', async () => {
    const [q] = await quotesOf('“He is right about the dam,” Ortega, a top Ladd adviser, said Thursday.');
    expect(q).toMatchObject({ speaker: 'Ortega', cue: 'say' });
  });

  it('still ends the sentence at a full stop before a capitalised word', async () => {
    const qs = await quotesOf('The hearing took place in Iowa. “Nobody came,” the clerk said.');
    expect(qs.map(pick)).toEqual([['Nobody came,', 'clerk']]);
  });
});

describe('a quote-only paragraph after another person was named', () => {
  const first = '“The ferry will run all winter,” said harbour master Lena Ortiz.\n';

  it('inherits the previous quote’s speaker when nobody else was named in between', async () => {
    const qs = await quotesOf(`${first}The crossing takes forty minutes.\n“We have two spare engines.”`);
    expect(qs.map(pick)).toEqual([['The ferry will run all winter,', 'Lena Ortiz'], ['We have two spare engines.', 'Lena Ortiz']]);
  });

  it('goes to the one person the paragraph before introduced', async () => {
    const qs = await quotesOf(`${first}The plan was drawn up by engineer Paul Mendes.\n“It took us two years.”`);
    expect(qs.map(pick)).toEqual([['The ferry will run all winter,', 'Lena Ortiz'], ['It took us two years.', 'Paul Mendes']]);
  });

  it('stays unresolved when the paragraph before introduced two people', async () => {
    const qs = await quotesOf(`${first}Paul Mendes and Rita Sousa drew up the plan.\n“It took us two years.”`);
    expect(qs.map(pick)).toEqual([['The ferry will run all winter,', 'Lena Ortiz'], ['It took us two years.', '']]);
  });

  it('counts only persons: a group word named in between neither breaks the inheritance nor is chosen', async () => {
    const qs = await quotesOf(`${first}Lena Ortiz was more careful than fellow Democrats on the board.\n“The crossing is safe.”`);
    expect(qs.map(pick)).toEqual([['The ferry will run all winter,', 'Lena Ortiz'], ['The crossing is safe.', 'Lena Ortiz']]);
  });

  it('stays unresolved when the person was introduced earlier, not in the paragraph right before', async () => {
    const qs = await quotesOf(`${first}The plan was drawn up by engineer Paul Mendes.\nThe crossing takes forty minutes.\n“It took us two years.”`);
    expect(qs.map(pick)).toEqual([['The ferry will run all winter,', 'Lena Ortiz'], ['It took us two years.', '']]);
  });
});

describe('he/she resolves to a person', () => {
  it('never to a common noun opening its sentence ("Sales, she says, fell")', async () => {
    const qs = await quotesOf('Store owner Mina Park opened in May.\n\nSales, she says, fell by half in June.');
    expect(qs.map((q) => q.speaker)).toEqual(['Mina Park', 'Mina Park']);
  });

  it('never to a group word or a plural people word ("Democrats", "Europeans")', async () => {
    const qs = await quotesOf('Council member Dara Lind spoke after the vote.\n\nDemocrats walked out. Europeans watched.\n\n“It was a stunt,” she said.');
    expect(qs.map(pick)).toEqual([['It was a stunt,', 'Dara Lind']]);
  });

  it('never to a description without a word for a person ("the opportunity")', async () => {
    const qs = await quotesOf('Farmer Joe Pratt sold the land.\n\nThe opportunity said everything about the market.\n\n“I had no choice,” he said.');
    expect(qs.at(-1)).toMatchObject({ text: 'I had no choice,', speaker: 'Joe Pratt' });
  });

  it('still to a surname opening its sentence when the document named the person in full', async () => {
    const qs = await quotesOf('The fund is run by Leah Wimes.\n\nWimes believes the campaign failed.\n\n“We were ignored,” she said.');
    expect(qs.at(-1)).toMatchObject({ text: 'We were ignored,', speaker: 'Leah Wimes' });
  });
});

describe('unmarked pull quotes and embedded posts (rule pull-quote)', () => {
  it('takes first-person words closed by a name and role as the named person’s quote', async () => {
    const doc = await attributed('The fire destroyed the hall.\n\nWe will rebuild. We owe it to the town. Jane Roe, fire chief');
    expect(doc.quotes.map((q) => [doc.text.slice(q.start, q.end), q.speaker, q.kind, q.rule])).toEqual([['We will rebuild. We owe it to the town.', 'Jane Roe', 'direct', 'pull-quote']]);
  });

  it('takes the paragraph before a name line of its own (a letter’s or post’s signature)', async () => {
    const doc = await attributed('The fire destroyed the hall.\n\nI never saw anything like it.\n— Tom Baker, resident');
    expect(doc.quotes.map((q) => [doc.text.slice(q.start, q.end), q.speaker, q.rule])).toEqual([['I never saw anything like it.', 'Tom Baker', 'pull-quote']]);
  });

  it('gives nothing for narrative words before a name (no first person) or a name line with a verb', async () => {
    expect(await quotesOf('The hall opened in 1920. Jane Roe, fire chief')).toEqual([]);
    expect(await quotesOf('We will rebuild the hall. Jane Roe, who leads the crew, arrived.')).toEqual([]);
  });
});
