// Lemma counts summed where documents are analysed travel in each thread's own lemma ids and
// are turned into the run's ids as they arrive: whatever thread analysed which batch, the run
// counts what counting every document's lemmas directly gives.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { summarizeDocument } from '../pipeline/analyze-document.js';
import { LemmaCounts, LemmaIdMap, LemmaIds, sumLemmas, THREAD_LEMMAS } from '../pipeline/stats/lemma-counts.js';
import { tokenize } from '../pipeline/tokenize.js';

const doc = fc.record({
  outlet: fc.constantFrom('Herald', 'Gazette'),
  lemmas: fc.uniqueArray(fc.tuple(fc.constantFrom('cult', 'regime', 'say', 'the', 'terror', 'group', '“', 'é'), fc.integer({ min: 1, max: 9 })), { selector: ([l]) => l, maxLength: 6 }),
});

describe('lemma ids between threads', () => {
  it('gives the counts of the documents whatever thread summed which batch', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.array(doc, { maxLength: 5 }), fc.integer({ min: 0, max: 2 })), { maxLength: 12 }), (batches) => {
        const direct = new LemmaCounts();
        const run = new LemmaCounts();
        const threads = [0, 1, 2].map(() => ({ ids: new LemmaIds(), map: new LemmaIdMap((l) => run.idOf(l)) }));
        for (const [docs, t] of batches) {
          for (const d of docs) direct.addPairs(d.outlet, d.lemmas);
          const thread = threads[t]!;
          run.addSums(thread.map.translate(sumLemmas(docs, thread.ids)));
        }
        expect([...run.byOutlet()]).toEqual([...direct.byOutlet()]);
      }),
      { seed: 5, numRuns: 80 },
    );
  });

  it('names only the lemmas new to the thread, and refuses a batch out of order', () => {
    const ids = new LemmaIds();
    const first = sumLemmas([{ outlet: 'A', lemmas: [['cult', 2], ['say', 1]] }], ids);
    const second = sumLemmas([{ outlet: 'A', lemmas: [['cult', 1], ['regime', 4]] }], ids);
    expect([[...first.freshIds], first.fresh]).toEqual([[0, 1], ['cult', 'say']]);
    expect([[...second.freshIds], second.fresh]).toEqual([[2], ['regime']]);
    expect([...second.outlets[0]![1]]).toEqual([0, 1, 2, 4]);
    const counts = new LemmaCounts();
    const map = new LemmaIdMap((l) => counts.idOf(l));
    expect(() => map.translate(second)).toThrow(/out of order/);
  });

  it('names to a receiver only the lemmas it is sent counts of, whatever else the thread met', () => {
    const table = new LemmaIds();
    for (const lemma of ['entry', 'word', 'of', 'a', 'lexicon']) table.idOf(lemma); // met, never counted
    const counts = new LemmaCounts();
    const sent = sumLemmas([{ outlet: 'A', lemmas: [['cult', 2], ['word', 1]] }], new LemmaIds(table));
    expect(sent.fresh).toEqual(['cult', 'word']);
    counts.addSums(new LemmaIdMap((l) => counts.idOf(l)).translate(sent));
    expect(counts.sortedIds().map((id) => counts.lemma(id))).toEqual(['cult', 'word']);
  });

  it('sums documents by the lemma ids their tokens carry as by their lemma strings', () => {
    const texts = ['The cult’s leaders said the cult was not a cult.', 'Regime officials say: “They can’t lead.” Leaders lead.', 'Cults, cults and 3 regimes — said nobody.'];
    const docs = texts.map((text, i) => {
      const doc = summarizeDocument({ ...tokenize({ meta: { docId: `d${i}`, outlet: i % 2 ? 'A' : 'B', date: '', title: '', url: '', author: '', origin: '' }, text }), quoteRegions: [], quotes: [], hits: [], actorMentions: [], labelCandidates: [] });
      return { outlet: doc.meta.outlet, lemmas: doc.lemmas, lemmaIds: doc.lemmaIds };
    });
    expect(docs[0]!.lemmas).toEqual([['the', 2], ['cult', 3], ["'s", 1], ['leader', 1], ['say', 1], ['be', 1], ['not', 1], ['a', 1]]);
    const byIds = new LemmaCounts();
    byIds.addSums(new LemmaIdMap((l) => byIds.idOf(l)).translate(sumLemmas(docs, new LemmaIds(THREAD_LEMMAS))));
    const byStrings = new LemmaCounts();
    for (const d of docs) byStrings.addPairs(d.outlet, d.lemmas);
    expect([...byIds.byOutlet()]).toEqual([...byStrings.byOutlet()]);
  });
});
