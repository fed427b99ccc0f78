// The compact store of per-document figures gives back what was put in (but the fields the
// statistics no longer need), in doc_id order whatever the order of adding.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FiguresStore } from '../pipeline/stats/figures-store.js';
import type { DocFigures } from '../pipeline/types.js';

const word = fc.constantFrom('', 'cult', 'terror cult', 'MKO', 'Rajavi', 'said', '“regime”', 'a,b "c"\n=d');
const figure = (docId: string): fc.Arbitrary<DocFigures> =>
  fc.record({
    outlet: fc.constantFrom('Herald', 'Gazette', 'Courier'),
    date: fc.constantFrom('', '2021-03-05'),
    tokens: fc.nat(5000),
    sentences: fc.nat(300),
    hits: fc.array(fc.record({ sentence: fc.nat(300), term: word, category: word, lexicon: word, voice: fc.constantFrom('own' as const, 'quoted' as const), scareQuoted: fc.boolean(), negated: fc.boolean(), form: word, target: word, speaker: word, quoteKind: fc.constantFrom('' as const, 'direct' as const) }), { maxLength: 6 }),
    quotes: fc.array(fc.record({ sentence: fc.nat(300), kind: fc.constantFrom('direct' as const, 'indirect' as const), speaker: word, speakerType: fc.constantFrom('person' as const, 'unresolved' as const), words: fc.nat(80), cueLemma: word, cueConnotation: fc.constantFrom('' as const, 'loaded' as const) }), { maxLength: 4 }),
    duplicateSentences: fc.uniqueArray(fc.nat(300), { maxLength: 3 }),
    actors: fc.array(fc.record({ actor: word, alias: word, own: fc.nat(9), quoted: fc.nat(9) }), { maxLength: 3 }),
  }).map((f) => ({ ...f, docId, dupKey: '', sentenceHashes: [], sentenceTokens: [], candidates: [] }));

describe('FiguresStore', () => {
  it('gives every document back as added, in doc_id order', () => {
    const docs = fc.uniqueArray(fc.integer({ min: 1, max: 999 }), { minLength: 1, maxLength: 25 }).chain((ids) => fc.tuple(...ids.map((n) => figure(`doc-${n}`))));
    fc.assert(
      fc.property(docs, (figures) => {
        const store = new FiguresStore();
        for (const f of figures) store.add(f);
        const byId = [...figures].sort((a, b) => Number(a.docId.slice(4)) - Number(b.docId.slice(4)));
        expect([...store.inOrder()]).toEqual(byId);
        for (const outlet of store.outlets()) expect([...store.ofOutlet(outlet)]).toEqual(byId.filter((f) => f.outlet === outlet));
      }),
      { seed: 7, numRuns: 60 },
    );
  });

  it('gives the same documents back when its chunks and examples go to the spill file', () => {
    const candidate = fc.record({ actor: fc.constantFrom('MKO', 'Rajavi'), word: fc.constantFrom('sect', 'cult', 'group'), count: fc.integer({ min: 1, max: 5 }), example: word });
    const docs = fc.uniqueArray(fc.integer({ min: 1, max: 999 }), { minLength: 1, maxLength: 40 }).chain((ids) =>
      fc.tuple(...ids.map((n) => fc.tuple(figure(`doc-${n}`), fc.array(candidate, { maxLength: 3 })).map(([f, candidates]) => ({ ...f, candidates })))),
    );
    fc.assert(
      fc.property(docs, (figures) => {
        const [kept, spilled] = [new FiguresStore({ spill: false }), new FiguresStore({ chunkInts: 16, exampleFlushChars: 8 })];
        for (const f of figures) [kept, spilled].forEach((store) => store.add(f));
        expect(spilled.spilled || figures.length === 1).toBe(true);
        expect([...spilled.inOrder()]).toEqual([...kept.inOrder()]);
        for (const outlet of kept.outlets()) expect([...spilled.ofOutlet(outlet)]).toEqual([...kept.ofOutlet(outlet)]);
        // A snapshot (what a report worker reads, through the spill file's descriptor) gives the
        // same documents, but label candidates' examples.
        const noExamples = (f: DocFigures): DocFigures => ({ ...f, candidates: f.candidates.map((c) => ({ ...c, example: '' })) });
        const copy = FiguresStore.fromSnapshot(structuredClone(spilled.snapshot()));
        expect([...copy.inOrder()]).toEqual([...kept.inOrder()].map(noExamples));
        expect(copy.outlets()).toEqual(kept.outlets());
        expect(() => copy.add(figures[0]!)).toThrow(/read-only/);
        copy.close();
        expect(spilled.inOrder().next().value).toEqual([...kept.inOrder()][0]); // still open
        spilled.close();
      }),
      { seed: 11, numRuns: 60 },
    );
  });

  it('keeps the example of a label candidate only where it is first met (smallest doc_id)', () => {
    const base = { outlet: 'Herald', date: '', tokens: 10, sentences: 1, dupKey: 'k', hits: [], quotes: [], sentenceHashes: [1], sentenceTokens: [10], duplicateSentences: [], actors: [] };
    const store = new FiguresStore();
    store.add({ ...base, docId: 'b', candidates: [{ actor: 'MKO', word: 'sect', count: 2, example: 'the MKO sect said' }] });
    store.add({ ...base, docId: 'a', candidates: [{ actor: 'MKO', word: 'sect', count: 1, example: 'a sect, the MKO' }] });
    const [a, b] = [...store.inOrder()];
    expect(a!.candidates).toEqual([{ actor: 'MKO', word: 'sect', count: 1, example: 'a sect, the MKO' }]);
    expect(b!.candidates).toEqual([{ actor: 'MKO', word: 'sect', count: 2, example: '' }]);
    // What the statistics have already used is not kept.
    expect([a!.dupKey, a!.sentenceHashes]).toEqual(['', []]);
  });
});
