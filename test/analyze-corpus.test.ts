import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { analyzeCorpus } from '../pipeline/analyze-corpus.js';
import type { CorpusAnalysis } from '../pipeline/analyze-corpus.js';
import { compareDocIds } from '../pipeline/corpus/compare-doc-ids.js';
import { REPORTS } from '../pipeline/reports/index.js';
import { reportCsv } from '../pipeline/write-reports.js';
import { analyzeText } from '../pipeline/index.js';
import { MIXED_CORPUS, tempCorpus } from './helpers/temp-corpus.js';

// A document whose text holds BOOM makes the analysis throw, as a bug in a stage would.
vi.mock('../pipeline/analyze-document.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../pipeline/analyze-document.js')>();
  return {
    ...original,
    analyzeDocument: (...args: Parameters<typeof original.analyzeDocument>) => {
      if (args[0].text.includes('BOOM')) throw new Error('stage failed on purpose');
      return original.analyzeDocument(...args);
    },
  };
});

async function analyze(inputs: string[], extra: { maxDocBytes?: number } = {}): Promise<CorpusAnalysis> {
  const outcome = await analyzeCorpus({ inputs, ...extra });
  if (!outcome.ok) throw new Error(outcome.problems.join('\n'));
  return outcome;
}

function allReports(a: CorpusAnalysis): string[] {
  return REPORTS.map((spec) => reportCsv(spec, a.run));
}

describe('analyzeCorpus', () => {
  it('accounts for every record of a corpus mixing all bad inputs: read = processed + rejected + duplicate', async () => {
    const result = await analyze([tempCorpus(MIXED_CORPUS)], { maxDocBytes: 1000 });
    const { counts, run } = result;
    expect(counts).toEqual({ read: 19, processed: 5, rejected: 13, duplicate: 1 });
    expect(counts.read).toBe(counts.processed + counts.rejected + counts.duplicate);
    expect(run.processed.length + run.setAside.length).toBe(counts.read);
    for (const s of run.setAside) expect(s.reason).toMatch(/^(news\/|same outlet and text as )/);
    const duplicate = run.setAside.find((s) => s.status === 'duplicate');
    expect(duplicate).toMatchObject({ meta: { docId: 'a6' }, reason: 'same outlet and text as a1' });
    expect(run.processed.map((d) => d.meta.docId)).toEqual(['a1', 'a7', 'l2', 'news/harbor-daily/one.txt', 'w1']);
    expect(result.ignored).toEqual([{ file: 'news/README.md', reason: 'not a corpus file (.csv, .jsonl or .txt)' }]);
  });

  it('lists documents in natural doc_id order', async () => {
    const lines = ['d10', 'd9', 'd1'].map((id) => JSON.stringify({ id, text: `Text of ${id}.` }));
    const { run } = await analyze([`${tempCorpus({ 'a.jsonl': lines.join('\n') })}/a.jsonl`]);
    expect(run.processed.map((d) => d.meta.docId)).toEqual(['d1', 'd9', 'd10']);
    expect(compareDocIds('a.csv:2', 'a.csv:10')).toBeLessThan(0);
    expect(compareDocIds('x', 'x')).toBe(0);
  });

  it('records a document whose analysis throws as rejected and goes on', async () => {
    const lines = [{ id: 'ok', text: 'Fine text.' }, { id: 'bad', text: 'BOOM goes the stage.' }].map((o) => JSON.stringify(o));
    const { run, counts } = await analyze([tempCorpus({ 'a.jsonl': lines.join('\n') })]);
    expect(counts).toEqual({ read: 2, processed: 1, rejected: 1, duplicate: 0 });
    expect(run.setAside[0]).toMatchObject({ status: 'rejected', reason: 'internal error: stage failed on purpose' });
  });

  it('gives the same reports whatever the order of the input records (property)', async () => {
    // Only where a record was read (origin, and the file:line that starts a rejection reason)
    // may change when its line moves; every other cell and every row order must not.
    const records = [
      { id: 's1', outlet: 'Quay', text: '“We will reopen,” the mayor said.' },
      { id: 's2', outlet: 'Quay', text: 'The terror cult ringleaders met in Tirana.' },
      { id: 's10', outlet: 'Quay', text: 'The terror cult ringleaders met in Tirana.' },
      { id: 's3', outlet: 'Harbor', text: 'The terror cult ringleaders met in Tirana.' },
      { id: 's4', outlet: 'Harbor', text: '   ' },
      { id: 's5', outlet: 'Harbor', text: 'Dissidents reportedly left the so-called “camp”.' },
    ].map((r) => JSON.stringify(r));
    const withoutPlaces = (csv: string): string => csv.replace(/a\.jsonl(:| line )\d+/g, 'a.jsonl$1?');
    const reports = async (lines: string[]) => allReports(await analyze([tempCorpus({ 'a.jsonl': lines.join('\n') })])).map(withoutPlaces);
    const reference = await reports(records);
    expect(reference[0]).toContain('same outlet and text as s2');
    await fc.assert(
      fc.asyncProperty(fc.shuffledSubarray(records, { minLength: records.length }), async (shuffled) => {
        expect(await reports(shuffled)).toEqual(reference);
      }),
      { numRuns: 6 },
    );
  });

  it('gives byte-identical reports whatever the order of the input paths', async () => {
    const dir = tempCorpus({ 'x/a.jsonl': '{"id":"1","text":"One cult."}\n', 'y/b.csv': 'id,text\n2,Two dissidents.\n3,"=cmd"\n' });
    const forward = allReports(await analyze([`${dir}/x`, `${dir}/y/b.csv`]));
    expect(allReports(await analyze([`${dir}/y/b.csv`, `${dir}/x`]))).toEqual(forward);
  });

  it('stops with problems for a missing input', async () => {
    const outcome = await analyzeCorpus({ inputs: ['/nonexistent/framelens/input.csv'] });
    expect(outcome).toEqual({ ok: false, problems: ['/nonexistent/framelens/input.csv: no such file or folder'] });
  });
});

describe('analyzeText', () => {
  it('analyses one text with the bundled lexicons', async () => {
    const doc = await analyzeText('The ringleaders met. “We are ready,” Quint said.', { meta: { outlet: 'Quay' } });
    expect(doc.meta.outlet).toBe('Quay');
    expect(doc.tokens.length).toBeGreaterThan(5);
    expect(doc.sentences).toHaveLength(2);
  });
});
