import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareDocIds } from '../pipeline/corpus/compare-doc-ids.js';
import { markDuplicates } from '../pipeline/corpus/mark-duplicates.js';
import { analyzeCorpus } from '../pipeline/analyze-corpus.js';
import type { Progress } from '../pipeline/analyze-corpus.js';
import { runAnalysis } from '../pipeline/run-analysis.js';
import { indexCorpus, metaOf, readCorpus } from '../pipeline/read-corpus.js';
import type { RunSettings } from '../pipeline/reports/build-manifest.js';
import { BUNDLED_CORPUS_DIR, PACKAGE_ROOT } from '../pipeline/package-root.js';
import type { ReadResult } from '../pipeline/types.js';
import { invalidUtf8, MIXED_CORPUS, tempCorpus } from './helpers/temp-corpus.js';

const OPTIONS = { split: 'none', maxDocBytes: 1000 } as const;

/** A corpus with every reader's hard cases: CRLF, BOMs, multi-byte text, bad rows and lines. */
const HARD_CORPUS = {
  ...MIXED_CORPUS,
  'more/crlf.csv': '\uFEFFid;outlet;text\r\nr1;Quay;"“Quoted,” he said;\r\nsecond line"\r\n\r\nr2;Quay;"never closed\r\nr3;Quay;après\r\n',
  'more/bom.jsonl': '\uFEFF{"id":"j1","text":"\uFEFFwith a BOM inside"}\r\n{"id":"j2","text":"ünïcödé"}',
  'more/bad.csv': invalidUtf8('id,text\nb1,"caf', '"\nb2,fine\n'),
};

async function streamed(dir: string, split: 'none' | 'lines' | 'blank-lines' = 'none'): Promise<ReadResult[]> {
  const read = await indexCorpus([dir], { ...OPTIONS, split });
  if (!read.ok) throw new Error(read.problems.join('\n'));
  const out: ReadResult[] = [];
  for await (const r of read.index.records()) out.push(r);
  return out;
}

async function inMemory(dir: string, split: 'none' | 'lines' | 'blank-lines' = 'none'): Promise<ReadResult[]> {
  const read = await readCorpus([dir], { ...OPTIONS, split });
  if (!read.ok) throw new Error(read.problems.join('\n'));
  return markDuplicates(read.records).sort((a, b) => compareDocIds(metaOf(a).docId, metaOf(b).docId));
}

describe('the streamed record index', () => {
  it('gives every record, read again from its bytes, as the records read whole (doc_id order, duplicates marked)', async () => {
    const dir = tempCorpus(HARD_CORPUS);
    const records = await streamed(dir);
    expect(records).toEqual(await inMemory(dir));
    expect(records.filter((r) => r.kind === 'doc').map((r) => (r.kind === 'doc' ? r.doc.text : ''))).toContain('“Quoted,” he said;\r\nsecond line');
  });

  it('reads split .txt files again block by block', async () => {
    const dir = tempCorpus({ 'o/s.txt': '\uFEFFFirst para.\r\nSame para.\r\n\r\n  \n\uFEFFSecond para.\nThird\n' });
    for (const split of ['lines', 'blank-lines'] as const) expect(await streamed(dir, split)).toEqual(await inMemory(dir, split));
  });

  it('gives each rejected record a reason code scripts can count', async () => {
    const records = await streamed(tempCorpus(HARD_CORPUS));
    const codes = new Map<string, string>();
    for (const r of records) if (r.kind === 'set-aside') codes.set(r.record.meta.docId, r.record.reasonCode);
    expect(Object.fromEntries(codes)).toEqual({
      a2: 'empty_text',
      a3: 'empty_text',
      'news/articles.csv:5': 'CSV_INVALID_CLOSING_QUOTE',
      a5: 'csv_malformed_row',
      a6: 'duplicate',
      n1: 'no_text_column',
      n2: 'no_text_column',
      w2: 'empty_text',
      'news/wire.jsonl:3': 'not_json',
      w4: 'text_not_string',
      'news/latin1.jsonl:1': 'not_utf8',
      'news/image.png': 'binary_file',
      'news/harbor-daily/empty.txt': 'empty_text',
      'news/harbor-daily/big.txt': 'too_large',
      'more/crlf.csv:3': 'CSV_QUOTE_NOT_CLOSED',
      b1: 'not_utf8',
    });
  });
});

const SETTINGS: RunSettings = { split: 'none', dedup: 'none', kwicWindow: 8, maxDocMb: 20, seed: 1, bootstrap: 1000, period: 'month', jobs: 1, actors: null };

async function reportFolder(inputs: string[], jobs: number, extra: { recycleAfter?: number; crashOnText?: string } = {}): Promise<Map<string, string>> {
  const outDir = join(tempCorpus(), 'out');
  const run = await runAnalysis({ inputs, outDir, settings: { ...SETTINGS, jobs }, jobs, ...extra });
  if (!run.ok) throw new Error(run.problems.join('\n'));
  const files = new Map<string, string>();
  for (const name of readdirSync(outDir).sort()) {
    const text = readFileSync(join(outDir, name), 'utf8');
    files.set(name, name === 'manifest.json' ? text.replace(/"jobs": \d+/, '"jobs": "?"') : text);
  }
  return files;
}

describe('records too large to hold', () => {
  it('rejects a JSONL line too long for any record within --max-doc-mb, without keeping it', async () => {
    const long = 'x'.repeat(70_000);
    const dir = tempCorpus({ 'a.jsonl': `{"id":"ok","text":"fine"}\n{"id":"big","text":"${long}"}\n{"id":"after","text":"fine too"}\n` });
    const read = await readCorpus([dir], { split: 'none', maxDocBytes: 100 });
    if (!read.ok) throw new Error('read failed');
    expect(read.records.map((r) => (r.kind === 'doc' ? r.doc.meta.docId : r.record.reasonCode))).toEqual(['ok', 'too_large', 'after']);
  });

  it('takes a CSV quote still open past the size limit as never closed, and reads on', async () => {
    const filler = Array.from({ length: 30_000 }, (_, i) => `line ${i} of a field that goes on and on`).join('\n');
    const csv = `id,text\n1,"${filler}"\n2,after\n`;
    const read = await readCorpus([tempCorpus({ 'a.csv': csv })], { split: 'none', maxDocBytes: 100 });
    if (!read.ok) throw new Error('read failed');
    const first = read.records[0]!;
    expect(first.kind === 'set-aside' && first.record.reason).toBe('a.csv row 2: malformed CSV row: a quoted field is still open after the size limit (--max-doc-mb); reading resumed on the next line');
    expect(read.records.at(-1)).toMatchObject({ kind: 'doc', doc: { text: 'after', meta: { docId: '2' } } });
  });
});

describe('--jobs N', () => {
  const corpora = { 'the bundled corpus': [BUNDLED_CORPUS_DIR], 'test/fixtures/corpus-small': [join(PACKAGE_ROOT, 'test', 'fixtures', 'corpus-small')] };
  for (const [name, inputs] of Object.entries(corpora)) {
    it(`writes reports byte-identical to --jobs 1 (${name}), workers recycled or not`, async () => {
      const one = await reportFolder(inputs, 1);
      expect(await reportFolder(inputs, 2)).toEqual(one);
      expect(await reportFolder(inputs, 3, { recycleAfter: 2 })).toEqual(one);
    });
  }

  it('starts its workers before indexing: a corpus that cannot be read still stops cleanly, and a corpus of 3 documents uses 2 of 4', async () => {
    const missing = await analyzeCorpus({ inputs: [join(PACKAGE_ROOT, 'no-such-corpus')], jobs: 4 });
    expect(missing.ok).toBe(false);
    const lines = ['a', 'b', 'c'].map((id) => JSON.stringify({ id, outlet: 'Quay', text: `Officials said port ${id} would reopen.` }));
    const dir = tempCorpus({ 'a.jsonl': `${lines.join('\n')}\n` });
    expect(await reportFolder([dir], 4)).toEqual(await reportFolder([dir], 1));
  });

  it('retries the batch of a worker that crashed and rejects only the document that crashes it again', async () => {
    const lines = Array.from({ length: 12 }, (_, i) => JSON.stringify({ id: `d${i}`, outlet: 'Quay', text: i === 5 ? 'This one CRASHES the worker.' : `Officials said the port ${i} would reopen.` }));
    const dir = tempCorpus({ 'a.jsonl': `${lines.join('\n')}\n` });
    const files = await reportFolder([dir], 2, { crashOnText: 'CRASHES' });
    const rows = files.get('documents.csv')!.split('\r\n');
    expect(rows.filter((r) => r.includes(',processed,'))).toHaveLength(11);
    expect(rows.find((r) => r.startsWith('d5,'))).toMatch(/,rejected,internal error: the worker analysing it stopped twice \(exit code 70\),worker_crashed,/);
    expect(JSON.parse(files.get('manifest.json')!).counts).toEqual({ read: 12, processed: 11, rejected: 1, duplicate: 0 });
  });
});

describe('progress', () => {
  it('moves inside a long document, not only when it is done', async () => {
    const text = Array.from({ length: 4000 }, (_, i) => `Line ${i} of a long report, said the minister.`).join('\n');
    const dir = tempCorpus({ 'long.jsonl': `${JSON.stringify({ id: 'long', text })}\n${JSON.stringify({ id: 'short', text: 'Short.' })}\n` });
    const seen: Progress[] = [];
    const run = await analyzeCorpus({ inputs: [dir], onProgress: (p) => seen.push(p) });
    expect(run.ok).toBe(true);
    const inside = seen.filter((p) => p.done === 0 && p.doneBytes > 0);
    expect(inside.length).toBeGreaterThanOrEqual(2);
    expect(inside.map((p) => p.doneBytes)).toEqual([...inside.map((p) => p.doneBytes)].sort((a, b) => a - b));
    expect(seen.at(-1)).toEqual({ done: 2, total: 2, doneBytes: text.length + 6, totalBytes: text.length + 6 });
  });
});
