// --dedup sentences: a sentence repeated within an outlet counts once (first occurrence in
// doc_id order); repeated sentences' hits and quotes keep their rows, flagged, and are left out
// of every count and rate; documents.csv says how many sentences each record lost.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeCorpus, writeReports } from '../pipeline/index.js';
import type { RunResult } from '../pipeline/index.js';
import { SentenceDedup } from '../pipeline/stats/sentence-dedup.js';
import { DEFAULT_STATS_OPTIONS } from '../pipeline/stats/stats-options.js';
import { BUNDLED_CORPUS_DIR } from '../pipeline/package-root.js';
import { tempCorpus } from './helpers/temp-corpus.js';

type Row = Record<string, string>;
const sum = (rows: readonly Row[], column: string): number => rows.reduce((n, r) => n + Number(r[column] || 0), 0);

const LINES = [
  // q2 comes first in the file, but q1 is first in doc_id order: q2's copy is the repeat.
  { id: 'q2', outlet: 'Quay', text: 'The cult met today.  A new day began.\n“We are leaving,” she said.' },
  { id: 'q1', outlet: 'Quay', text: 'The CULT met today. Officials called the group a cult.\n“We are leaving,” she said.' },
  { id: 'q3', outlet: 'Quay', text: 'Rain fell. Rain fell.' },
  { id: 'h1', outlet: 'Harbor', text: 'The cult met today.' },
];

let run: RunResult;
const reports = async (dedup: 'none' | 'sentences', of: RunResult = run): Promise<Record<string, Row[]>> => {
  const out = tempCorpus();
  await writeReports(out, of, {}, { ...DEFAULT_STATS_OPTIONS, dedup });
  const read = (name: string) => parse(readFileSync(join(out, `${name}.csv`), 'utf8'), { columns: true }) as Row[];
  return Object.fromEntries(['documents', 'terms', 'quotes', 'outlet_terms', 'outlet_summary'].map((n) => [n, read(n)]));
};

beforeAll(async () => {
  const dir = tempCorpus({ 'news.jsonl': LINES.map((l) => JSON.stringify(l)).join('\n') });
  const outcome = await analyzeCorpus({ inputs: [join(dir, 'news.jsonl')] });
  if (!outcome.ok) throw new Error(outcome.problems.join('\n'));
  run = outcome.run;
});

describe('--dedup sentences', () => {
  it('flags the hits and quotes of repeated sentences and counts lost sentences per record', async () => {
    const r = await reports('sentences');
    expect(r.documents!.map((d) => `${d.doc_id}:${d.duplicate_sentences}`)).toEqual(['h1:0', 'q1:0', 'q2:2', 'q3:1']);
    expect(r.terms!.filter((t) => t.term === 'cult').map((t) => `${t.doc_id}:${t.text}:${t.duplicate_sentence}`)).toEqual([
      'h1:cult:false', 'q1:CULT:false', 'q1:cult:false', 'q2:cult:true',
    ]);
    expect(r.quotes!.map((q) => `${q.doc_id}:${q.sentence}:${q.duplicate_sentence}`)).toEqual(['q1:2:false', 'q2:2:true']);
  });

  it('leaves them out of the counts and rates (tokens of repeated sentences included)', async () => {
    const [plain, dedup] = [await reports('none'), await reports('sentences')];
    const quay = (rows: Row[]) => rows.find((x) => x.outlet === 'Quay' && x.term === 'cult')!;
    expect([quay(plain.outlet_terms!).hits, quay(dedup.outlet_terms!).hits]).toEqual(['3', '2']);
    const summary = (rows: Row[]) => rows.find((x) => x.outlet === 'Quay')!;
    // Lost: "The cult met today." (4 tokens), "We are leaving, she said." (5), "Rain fell." (2).
    expect(Number(summary(plain.outlet_summary!).tokens) - Number(summary(dedup.outlet_summary!).tokens)).toBe(11);
    expect([summary(plain.outlet_summary!).quotes, summary(dedup.outlet_summary!).quotes]).toEqual(['2', '1']);
    expect(summary(dedup.outlet_summary!).duplicate_sentences).toBe('3');
    expect(plain.documents!.every((d) => d.duplicate_sentences === '0')).toBe(true);
    expect(plain.terms!.every((t) => t.duplicate_sentence === 'false')).toBe(true);
  });
});

describe('--dedup sentences on the seed article, whose background paragraphs repeat', () => {
  it('leaves the repeated sentences out: outlet_terms hits drop by exactly the flagged terms.csv rows', async () => {
    const outcome = await analyzeCorpus({ inputs: [join(BUNDLED_CORPUS_DIR, 'seed-outlet')] });
    if (!outcome.ok) throw new Error(outcome.problems.join('\n'));
    for (const doc of outcome.run.processed) expect(doc.sentenceTokens.reduce((a, b) => a + b, 0)).toBe(doc.tokenCount);
    const [plain, dedup] = [await reports('none', outcome.run), await reports('sentences', outcome.run)];
    expect(Number(dedup.documents![0]!.duplicate_sentences)).toBeGreaterThan(20);
    const flagged = dedup.terms!.filter((t) => t.duplicate_sentence === 'true');
    expect(flagged.length).toBeGreaterThan(20);
    const hits = (r: Record<string, Row[]>) => sum(r.outlet_terms!.filter((x) => x.term === ''), 'hits');
    expect(hits(plain) - hits(dedup)).toBe(flagged.length);
    expect(dedup.terms!.length).toBe(plain.terms!.length);
  });
});

describe('SentenceDedup', () => {
  it('keeps the first occurrence per outlet, an earlier sentence of the same document included', () => {
    const d = new SentenceDedup();
    expect(d.mark('A', [1, 2, 1])).toEqual([2]);
    expect(d.mark('A', [3, 2])).toEqual([1]);
    expect(d.mark('B', [1, 2])).toEqual([]);
    const many = Array.from({ length: 5000 }, (_, i) => i * 7919 + 2 ** 40);
    expect(d.mark('C', many)).toEqual([]);
    expect(d.mark('C', many.slice(100, 103))).toEqual([0, 1, 2]);
  });
});
