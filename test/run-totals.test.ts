// RunTotals as a merge uses it: DocFigures are plain JSON (figures.jsonl is one
// JSON.stringify line per document), and statistics rebuilt from them — in any order, repeated
// sentences re-marked in doc_id order — are the statistics of the run.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeCorpus } from '../pipeline/index.js';
import { figuresOf } from '../pipeline/figures-of.js';
import { PACKAGE_ROOT } from '../pipeline/package-root.js';
import { addFiguresEntry, lemmaLines, parseFiguresLine } from '../pipeline/reports/figures-sidecar.js';
import { SUMMARY_REPORTS } from '../pipeline/reports/index.js';
import { RunTotals, totalsOf } from '../pipeline/stats/run-totals.js';
import { SentenceDedup } from '../pipeline/stats/sentence-dedup.js';
import { DEFAULT_STATS_OPTIONS } from '../pipeline/stats/stats-options.js';
import { compareDocIds } from '../pipeline/corpus/compare-doc-ids.js';
import type { DocFigures } from '../pipeline/types.js';

const rowsOf = (totals: RunTotals) => SUMMARY_REPORTS.map((spec) => [...spec.rows(totals)].map((row) => spec.columns.map((c) => c.value(row))));

describe('RunTotals from JSON figures', () => {
  it('gives every summary report of the run, with --dedup sentences re-marked across the figures', async () => {
    const outcome = await analyzeCorpus({ inputs: [join(PACKAGE_ROOT, 'corpus')] });
    if (!outcome.ok) throw new Error(outcome.problems.join('\n'));
    const options = { ...DEFAULT_STATS_OPTIONS, dedup: 'sentences' as const, bootstrap: 200 };
    const direct = totalsOf(outcome.run, options);
    // A merge: plain JSON lines (without the dedup marks), read back in reverse, re-marked in doc_id order.
    const lines = outcome.run.processed.map((doc) => JSON.stringify(figuresOf(doc))).reverse();
    const figures = lines.map((l) => JSON.parse(l) as DocFigures).sort((a, b) => compareDocIds(a.docId, b.docId));
    const dedup = new SentenceDedup();
    const rebuilt = new RunTotals(outcome.run.lexicons, options);
    for (const f of figures.map((f) => dedup.markFigures(f)).reverse()) rebuilt.addFigures(f);
    for (const s of direct.setAside) rebuilt.addSetAside(s);
    // Lemma counts travel apart, as the per-outlet lines at the end of figures.jsonl.
    for (const line of [...lemmaLines(direct.lemmas)].reverse()) addFiguresEntry(rebuilt, parseFiguresLine(line));
    expect([...direct.docs].some((d) => d.duplicateSentences.length > 0)).toBe(true);
    expect(rowsOf(rebuilt)).toEqual(rowsOf(direct));
  });

  it('reads every report from one set of totals, then lets go of everything once closed', async () => {
    const outcome = await analyzeCorpus({ inputs: [join(PACKAGE_ROOT, 'corpus')] });
    if (!outcome.ok) throw new Error(outcome.problems.join('\n'));
    const totals = totalsOf(outcome.run, { ...DEFAULT_STATS_OPTIONS, bootstrap: 50 });
    const first = rowsOf(totals);
    expect(rowsOf(totals)).toEqual(first); // actor tallies are shared, not used up
    expect(first.flat().length).toBeGreaterThan(100);
    totals.close();
    expect([...totals.docs]).toEqual([]);
    expect(totals.outlets()).toEqual([]);
    expect(totals.setAside).toEqual([]);
    expect([...lemmaLines(totals.lemmas)]).toEqual([]);
  });
});
