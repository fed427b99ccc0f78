// distinctive_terms.csv and lemma_counts.csv on lemma counts whose figures were computed by
// hand (α0 = 1000, αw = 1000 · corpus count / corpus tokens; values rounded to 6 decimals).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { summarizeDocument } from '../pipeline/analyze-document.js';
import { distinctiveTermsReport, lemmaCountsReport } from '../pipeline/reports/distinctive-terms-report.js';
import { RunTotals } from '../pipeline/stats/run-totals.js';
import { TopRows } from '../pipeline/stats/top-rows.js';
import { tokenize } from '../pipeline/tokenize.js';
import type { Lexicon } from '../pipeline/types.js';
import { rowsOf } from './helpers/figures.js';

const STOPWORDS: Lexicon = {
  id: 'stopwords', version: '1', description: '', use: 'stopwords', file: 'stopwords.yaml', sha256: '',
  categories: { stopword: '' },
  entries: [{ term: 'The', category: 'stopword', except: [], caseSensitive: false, note: '', source: '', connotation: '' }],
};

function totals(): RunTotals {
  const t = new RunTotals([STOPWORDS]);
  // A: cult ×3, the ×5, group ×2 (10 words). B: group ×4, the ×5, movement ×1 (10 words).
  for (const [outlet, lemma, n] of [['A', 'cult', 3], ['A', 'the', 5], ['A', 'group', 2], ['B', 'group', 4], ['B', 'the', 5], ['B', 'movement', 1]] as const) t.lemmas.add(outlet, lemma, n);
  return t;
}

describe('distinctive_terms.csv', () => {
  it('ranks each outlet\'s lemmas by z against the other outlets, stop-words out of the rows but in the totals', () => {
    const rows = rowsOf(distinctiveTermsReport, totals()).map((r) => [r.outlet, r.term, r.count, r.other_count, r.log_odds, r.z, r.rank, r.prior]);
    expect(rows).toEqual([
      // "the" (a stop-word, z = 0) and A's "group" (z < 0) get no row.
      ['A', 'cult', 3, 0, 0.023297, 0.202755, 1, 150],
      ['B', 'group', 4, 2, 0.00943, 0.116063, 1, 300],
      ['B', 'movement', 1, 0, 0.020845, 0.104739, 2, 50],
    ]);
  });

  it('has no rows with one outlet', () => {
    const t = new RunTotals([]);
    t.lemmas.add('A', 'cult', 2);
    expect(rowsOf(distinctiveTermsReport, t)).toEqual([]);
  });

  it('counts the lemmas of word tokens of each processed document', () => {
    const text = 'The cults met. Now cults grow, 42 times!';
    const doc = summarizeDocument({ ...tokenize({ meta: { docId: 'd', outlet: 'A', date: '', title: '', url: '', author: '', origin: '' }, text }), quoteRegions: [], quotes: [], hits: [], actorMentions: [], labelCandidates: [] });
    const t = new RunTotals([]);
    t.add({ kind: 'processed', doc });
    expect(rowsOf(lemmaCountsReport, t).map((r) => `${r.lemma}:${r.count}`)).toEqual(['cult:2', 'grow:1', 'meet:1', 'now:1', 'the:1', 'time:1']);
  });
});

describe('the top rows', () => {
  it('are the first k of a sort, whatever order the items come in (ties broken by the name)', () => {
    const item = fc.record({ z: fc.integer({ min: -3, max: 3 }), name: fc.string({ maxLength: 3 }) });
    fc.assert(
      fc.property(fc.uniqueArray(item, { selector: (i) => i.name }), fc.integer({ min: 0, max: 6 }), (items, k) => {
        const order = (a: { z: number; name: string }, b: { z: number; name: string }): number => b.z - a.z || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
        const top = new TopRows(k, order);
        for (const i of items) top.offer(i);
        expect(top.items()).toEqual([...items].sort(order).slice(0, k));
      }),
    );
  });
});
