import { describe, expect, it } from 'vitest';
import { attributed, quotesOf } from './helpers/quotes.js';

const pick = (q: { text: string; speaker: string; type?: string; kind?: string }) => [q.text, q.speaker];

describe('attributeQuotes: the ten cases of research-notes section 1', () => {
  it('1. strips the role: "said Oilers head coach Ken Hitchcock" → Ken Hitchcock', async () => {
    const [q] = await quotesOf('"They owned us," said Oilers head coach Ken Hitchcock.');
    expect(q).toMatchObject({ text: 'They owned us,', speaker: 'Ken Hitchcock', type: 'person', kind: 'direct', cue: 'say' });
  });

  it('2. an unnamed member of the public is an anonymous speaker', async () => {
    const [q] = await quotesOf('Another member of the public, whose name is redacted, wrote: "The plan is a disaster for the valley."');
    expect(q).toMatchObject({ speaker: 'Another member of the public', type: 'anonymous', cue: 'write' });
  });

  it('3. a split quote is two segments of one utterance with one speaker', async () => {
    const doc = await attributed('"When I use a word," Humpty Dumpty said, "it means just what I choose it to mean." "Nonsense," Alice said.');
    expect(doc.quotes.map((q) => [doc.text.slice(q.start, q.end), q.speaker, q.utteranceId, q.rule])).toEqual([
      ['When I use a word,', 'Humpty Dumpty', 'u1', 'marks-cue'],
      ['it means just what I choose it to mean.', 'Humpty Dumpty', 'u1', 'marks-split'],
      ['Nonsense,', 'Alice', 'u2', 'marks-cue'],
    ]);
  });

  it('4. "she said" → the latest person named outside quotation marks, never a name inside a quote', async () => {
    const qs = await quotesOf('Her opponent, state Representative Tom Becker, disagreed. "Maria Alvarez has never read the bill," he said.');
    expect(qs.map(pick)).toEqual([['Maria Alvarez has never read the bill,', 'Tom Becker']]);
  });

  it('5. an unresolvable description stays the description, not the nearest name', async () => {
    const [q] = await quotesOf('“It was a miracle,” said the rookie defenceman, younger brother of Seth Jones.');
    expect(q).toMatchObject({ speaker: 'rookie defenceman', type: 'nominal' });
  });

  it('6. a quote-only paragraph inherits the previous speaker until someone else is introduced', async () => {
    // after a narrative paragraph introducing exactly one person, the quote is that person's
    const qs = await quotesOf('"It was a miracle," said the rookie defenceman, brother of Seth Jones.\n"We just have to be better at home."\nCoach Ana Ruiz arrived late.\n"Nobody told me."');
    expect(qs.map(pick)).toEqual([
      ['It was a miracle,', 'rookie defenceman'],
      ['We just have to be better at home.', 'rookie defenceman'],
      ['Nobody told me.', 'Ana Ruiz'],
    ]);
  });

  it('7. a multi-paragraph quote keeps its speaker; an unclosed quote stops at its paragraph', async () => {
    const text = '“What we are watching is the variants,” Dubé said. “We have seen cases drop.\n\n“Until now, we have stayed within the mark.\n\n“I ask you to follow the rules.”\nHealth Minister Christian Dubé also announced that schools would stay open.';
    const qs = await quotesOf(text);
    expect(qs.map((q) => [q.kind, q.speaker])).toEqual([['direct', 'Christian Dubé'], ['direct', 'Christian Dubé'], ['indirect', 'Christian Dubé']]);
    expect(qs[1]!.text).toContain('follow the rules.');
  });

  it('8. scare quotes, titles and nicknames give no quote; a mixed quote is speech', async () => {
    expect(await quotesOf('The mayor\'s so-called "peace plan" and the book "One Hundred Years of Solitude" were cited. A man who goes by the name "Shorty" waved.')).toEqual([]);
    const [q] = await quotesOf('Volunteer Anna Kowalski has spent a year at the shelter. Her time has been "life-changing," she said.');
    expect(q).toMatchObject({ text: 'Her time has been "life-changing,"', speaker: 'Anna Kowalski', kind: 'partial' });
  });

  it("9. every mark style and apostrophes (O'Regan) attribute alike", async () => {
    const qs = await quotesOf("''We are not going to leave,'' said Maureen O'Regan. ''It's our home.''\n``The council has had years to act,'' O'Regan said.\n«Nous resterons ici», dit Jean Dupont.");
    expect(qs.map(pick)).toEqual([
      ['We are not going to leave,', "Maureen O'Regan"],
      ["It's our home.", "Maureen O'Regan"],
      ['The council has had years to act,', "Maureen O'Regan"],
      ['Nous resterons ici', 'Jean Dupont'],
    ]);
  });

  it('10. according to X, organisations and anonymous sources keep their type', async () => {
    const qs = await quotesOf('According to the Interior Ministry, 37 people were detained.\nThe ministry said the detainees would appear in court.\nOfficials said the arrests had been planned.\nA source told Reuters that talks had stalled.');
    expect(qs.map((q) => [q.text, q.speaker, q.type, q.kind])).toEqual([
      ['37 people were detained', 'Interior Ministry', 'organization', 'indirect'],
      ['the detainees would appear in court', 'Interior Ministry', 'organization', 'indirect'],
      ['the arrests had been planned', 'Officials', 'anonymous', 'indirect'],
      ['talks had stalled', 'source', 'anonymous', 'indirect'],
    ]);
  });
});

describe('attributeQuotes: peer cases (textacy tests, CoreNLP, sayswho issues), rewritten inline', () => {
  it.each([
    ['Burton said, "I love cats!"', [['I love cats!', 'Burton']]],
    ['Burton explained from a podium. "I love cats," he said.', [['I love cats,', 'Burton']]],
    ['"I love cats!" insists Burton. "I absolutely do."', [['I love cats!', 'Burton'], ['I absolutely do.', 'Burton']]],
    ['Burton arrived. "Some people say otherwise," he conceded.', [['Some people say otherwise,', 'Burton']]],
    ['"Me encantan los gatos", dijo Burtón.', [['Me encantan los gatos', 'Burtón']]],
    ['«Me encantan los gatos», afirmó Burtón.', [['Me encantan los gatos', 'Burtón']]],
    ['Bill told me I "shouldn‘t wear those pants" but I will.', [['shouldn‘t wear those pants', 'Bill']]],
    ['“Last night. Some gun violence. Senseless killing,” said a homeless man who goes by the name “Shorty.”', [['Last night. Some gun violence. Senseless killing,', 'homeless man']]],
    ['Alice began talking to Bob. "Lorem ipsum." Bob nodded.', [['Lorem ipsum.', 'Alice']]],
  ])('%s', async (text, expected) => {
    expect((await quotesOf(text)).map(pick)).toEqual(expected);
  });

  it('gives no direct quote for a title or a scare quote (the indirect claim is reported speech)', async () => {
    const qs = await quotesOf('Burton claims that his favorite book is "One Hundred Years of Solitude".\nBurton thinks that cats are "cuties".');
    expect(qs.map((q) => [q.kind, q.speaker])).toEqual([['indirect', 'Burton']]);
  });

  it('makes a reported clause that holds quoted words one partial quote covering the clause (class A)', async () => {
    const qs = await quotesOf('Judge Karen Liu wrote that the law "sweeps far too broadly" and would force adults to show identification.\nThe Ministry of Justice said it was \'disappointed\' by the ruling and was considering an appeal.\nShe said the plan was “dead on arrival” and should go.');
    expect(qs.map((q) => [q.text, q.speaker, q.kind])).toEqual([
      ['the law "sweeps far too broadly" and would force adults to show identification', 'Karen Liu', 'partial'],
      ["it was 'disappointed' by the ruling and was considering an appeal", 'Ministry of Justice', 'partial'],
      ['the plan was “dead on arrival” and should go', 'Karen Liu', 'partial'],
    ]);
  });

  it('ends such a clause where the writer’s own clause begins, and keeps a quote right after the verb alone', async () => {
    const qs = await quotesOf('Bill told me the pants "look terrible" but I wore them anyway. Ann Roe said "we will win" in a speech.');
    expect(qs.map((q) => [q.text, q.speaker, q.kind])).toEqual([
      ['the pants "look terrible"', 'Bill', 'partial'],
      ['we will win', 'Ann Roe', 'partial'],
    ]);
  });

  it('starts the clause after a time adverbial or a tell-verb’s addressee (class C)', async () => {
    const qs = await quotesOf('Officials said Monday the bridge reopens. He told reporters the vote was fair. She assured the committee on Tuesday that the plan was sound.');
    expect(qs.map((q) => [q.text, q.speaker, q.kind])).toEqual([
      ['the bridge reopens', 'Officials', 'indirect'],
      ['the vote was fair', '', 'indirect'],
      ['the plan was sound', '', 'indirect'],
    ]);
  });

  it('names the speaker of a quotation closed by a dash and a name (embedded posts, pull quotes)', async () => {
    const qs = await quotesOf('“Maybe we can build a wall around the stadium.” ― Steve Quinlan\n“We will rebuild.” — Jane Roe, fire chief');
    expect(qs.map((q) => [q.text, q.speaker])).toEqual([['Maybe we can build a wall around the stadium.', 'Steve Quinlan'], ['We will rebuild.', 'Jane Roe']]);
  });

  it('does not take a party-and-state parenthesis for the speaker, across a false sentence break', async () => {
    const qs = await quotesOf('Rep. Elijah Cummings (D-Md.) said the report was false. “It is false,” Gov. Pat McCrory (R) said.');
    expect(qs.map((q) => [q.text, q.speaker])).toEqual([['the report was false', 'Elijah Cummings'], ['It is false,', 'Pat McCrory']]);
  });

  it('gives the issuer, not the document, as the speaker of "issued a statement saying"', async () => {
    const qs = await quotesOf('Ann Roe issued a statement saying the plan was dead. The ministry released a report saying prices rose.');
    expect(qs.map((q) => [q.text, q.speaker])).toEqual([['the plan was dead', 'Ann Roe'], ['prices rose', 'ministry']]);
  });

  it('finds the cue behind a long apposition after the quote', async () => {
    const qs = await quotesOf('“We will win,” Ann Roe, a law professor at Lakeview University who studies elections, said.');
    expect(qs.map((q) => [q.text, q.speaker, q.kind])).toEqual([['We will win,', 'Ann Roe', 'direct']]);
  });

  it('points she past a place abbreviation and page furniture to the person', async () => {
    const qs = await quotesOf('Jane Doe lives in Truro, N.S. “We are worried,” she said.\nAnn Roe spoke first. Story continues below. “It is over,” she said.\nPhoto by Jim Bell. “It is done,” she said.');
    expect(qs.map((q) => [q.text, q.speaker])).toEqual([['We are worried,', 'Jane Doe'], ['It is over,', 'Ann Roe'], ['It is done,', 'Ann Roe']]);
  });

  it('reads a cue inside the clause as two segments of one utterance, an adjunct after it left out (class B)', async () => {
    const doc = await attributed('Ann Roe runs the shop. The figures, she says, were wrong. The new rules, officials said, will take effect in May. Nurses will strike, their union announced, after talks collapsed.');
    expect(doc.quotes.map((q) => [doc.text.slice(q.start, q.end), q.speaker, q.utteranceId, q.rule])).toEqual([
      ['The figures', 'Ann Roe', 'u1', 'clause-around-cue'],
      ['were wrong', 'Ann Roe', 'u1', 'clause-around-cue'],
      ['The new rules', 'officials', 'u2', 'clause-around-cue'],
      ['will take effect in May', 'officials', 'u2', 'clause-around-cue'],
      ['Nurses will strike', expect.any(String), 'u3', 'clause-before-cue'],
    ]);
  });

  it('reads a cue after the clause, even with a participle after it (class B)', async () => {
    const qs = await quotesOf('Fares will rise next year, the mayor said, citing fuel costs.');
    expect(qs.map((q) => [q.text, q.speaker, q.kind])).toEqual([['Fares will rise next year', 'mayor', 'indirect']]);
  });

  it('reads a reported clause whose subject opens with an adverb ("said about 300 residents had …")', async () => {
    const qs = await quotesOf('Officials said about 300 residents had so far refused to leave.');
    expect(qs.map((q) => [q.text, q.speaker, q.type, q.kind])).toEqual([['about 300 residents had so far refused to leave', 'Officials', 'anonymous', 'indirect']]);
  });

  it('gives the cue lemma and connotation from the lexicon', async () => {
    const doc = await attributed('"I love cats!" insists Burton. "Dogs too," Burton said.');
    expect(doc.quotes.map((q) => [q.cue, q.cueLemma, q.cueConnotation])).toEqual([['insists', 'insist', 'loaded'], ['said', 'say', 'neutral']]);
  });
});

describe('quote word lists are lexicon data (use: quote-words)', () => {
  it('lets a user add another country’s titles, stripped from the speaker like the bundled ones', async () => {
    const { writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tempCorpus } = await import('./helpers/temp-corpus.js');
    const { resolveLexicons } = await import('../pipeline/index.js');
    const { analyzeDocument } = await import('../pipeline/analyze-document.js');
    const dir = tempCorpus();
    const file = join(dir, 'ontario-titles.yaml');
    writeFileSync(file, 'lexicon: ontario-titles\nuse: quote-words\ncategories:\n  title: Municipal titles of Ontario\nentries:\n  - {term: reeve, category: title}\n');
    const text = 'Reeve Jane Roe said the vote was fair.';
    const speakerWith = async (paths: string[]) => {
      const r = await resolveLexicons(paths);
      if (!r.ok) throw new Error(r.problems.join('\n'));
      const doc = analyzeDocument({ meta: { docId: 'd', outlet: 'o', date: '', title: '', url: '', author: '', origin: 'd' }, text }, { lexicons: r.lexicons, kwicWindow: 5 });
      return [doc.quotes[0]?.speaker, r.lexicons.map((l) => l.id).sort()];
    };
    expect(await speakerWith([])).toEqual(['Reeve Jane Roe', expect.arrayContaining(['quote-words', 'speech-verbs'])]);
    expect(await speakerWith([file])).toEqual(['Jane Roe', ['actors', 'ontario-titles', 'quote-words', 'speech-verbs', 'stopwords']]);
  });
});
