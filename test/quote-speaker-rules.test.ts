// Speaker rules of issue 11 (continued), each with invented sentences: abbreviation stops and
// party tags after the quotation, floating-quote inheritance, the person filter on he/she.
import { describe, expect, it } from 'vitest';
import { quotesOf } from './helpers/quotes.js';

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

  it('still ends the sentence at a full stop before a capitalised word', async () => {
    const qs = await quotesOf('The hearing took place in Iowa. “Nobody came,” the clerk said.');
    expect(qs.map(pick)).toEqual([['Nobody came,', 'clerk']]);
  });
});
