// What is not speech, with invented sentences: negated, hypothetical or ordered speech, the
// writer's questions, speech verbs without a reported clause, and page furniture (headlines,
// "READ MORE:" lines, captions, photo credits, bylines).
import { describe, expect, it } from 'vitest';
import { quotesOf } from './helpers/quotes.js';

const texts = async (text: string) => (await quotesOf(text)).map((q) => q.text);

describe('negated, hypothetical and ordered speech gives no quote', () => {
  it('"He would not say whether …" and "did not tell"', async () => {
    expect(await texts('The mayor would not say whether the bridge will reopen.')).toEqual([]);
    expect(await texts('Officials did not tell residents that the water was unsafe.')).toEqual([]);
    expect(await texts('The coach could argue that the referee was wrong.')).toEqual([]);
  });

  it('"declined to say", "has yet to explain"', async () => {
    expect(await texts('The company declined to say how many workers would lose their jobs.')).toEqual([]);
    expect(await texts('The minister has yet to explain why the report was delayed.')).toEqual([]);
  });

  it('still reports speech that happened: "went on to say", "took to the radio to accuse"', async () => {
    expect(await texts('The mayor went on to say the bridge will reopen in May.')).toEqual(['the bridge will reopen in May']);
    expect(await texts('Theresa Cole, the council leader, said this week that the pool would close.')).toEqual(['the pool would close']);
  });

  it('an order to the reader is no quote ("Now tell us …", "Please ask yourself …")', async () => {
    expect(await texts('Now tell us this is not a witch hunt.')).toEqual([]);
    expect(await texts('Please ask yourself whether the plan adds up.')).toEqual([]);
  });

  it('the writer’s question is no quote', async () => {
    expect(await texts('Did the minister say the plan was dead?')).toEqual([]);
    expect(await texts('The minister said the plan was dead.')).toEqual(['the plan was dead']);
  });

  it('a speech verb without a reported clause gives no quote ("Rovers added a second goal")', async () => {
    expect(await texts('Rovers added a second goal in the 80th minute.')).toEqual([]);
    expect(await texts('The striker admitted defeat after the match.')).toEqual([]);
  });
});

describe('page furniture is not speech', () => {
  it('a headline or section heading in title case gives no quote', async () => {
    expect(await texts('Mayor Says Harbour Plan Will ‘Save the Town’\n\nThe council met on Monday.')).toEqual([]);
    expect(await texts('The council met on Monday.\n\n‘Nobody Listens Anymore.’\n\nThe vote was close.')).toEqual([]);
  });

  it('a sentence-case paragraph with the same words is still speech', async () => {
    expect(await texts('The mayor says the harbour plan will save the town.')).toEqual(['the harbour plan will save the town']);
  });

  it('a "READ MORE:" line and a photo line give no quote', async () => {
    expect(await texts('READ MORE: Mayor says “the plan is dead,” council told\n\nThe council met on Monday.')).toEqual([]);
    expect(await texts('Photo: Ann Roe said the ferry “will run all winter”\n\nThe council met on Monday.')).toEqual([]);
  });

  it('a caption ending in a photo credit gives no quote', async () => {
    expect(await texts('Ann Roe tells the crowd the ferry will run all winter. (Photo: Sam Lee/Harbour Press)\n\nThe council met on Monday.')).toEqual([]);
  });

  it('a byline is no speaker and no quote', async () => {
    const qs = await quotesOf('By Ann Roe, Staff Reporter\n\n“The ferry will run all winter,” she said.');
    expect(qs.map((q) => [q.text, q.speaker])).toEqual([['The ferry will run all winter,', '']]);
  });
});
