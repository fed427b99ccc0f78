import { describe, expect, it } from 'vitest';
import { metaOf, readCorpus } from '../pipeline/read-corpus.js';
import type { ReadOptions } from '../pipeline/read-corpus.js';
import type { ReadResult } from '../pipeline/types.js';
import { invalidUtf8, tempCorpus } from './helpers/temp-corpus.js';

const OPTIONS: ReadOptions = { split: 'none', maxDocBytes: 20 * 1_048_576 };

async function read(files: Record<string, string | Uint8Array>, options: Partial<ReadOptions> = {}, inputs?: string[]) {
  const dir = tempCorpus(files);
  const result = await readCorpus(inputs?.map((i) => `${dir}/${i}`) ?? [dir], { ...OPTIONS, ...options });
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result;
}

function byId(records: readonly ReadResult[]): Map<string, ReadResult> {
  return new Map(records.map((r) => [metaOf(r).docId, r]));
}

function reasonOf(r: ReadResult | undefined): string {
  if (r?.kind !== 'set-aside') throw new Error(`expected a set-aside record, got ${JSON.stringify(r)}`);
  expect(r.record.status).toBe('rejected');
  return r.record.reason;
}

function textOf(r: ReadResult | undefined): string {
  if (r?.kind !== 'doc') throw new Error(`expected a document, got ${JSON.stringify(r)}`);
  return r.doc.text;
}

describe('reading CSV', () => {
  it('finds fields by alias, case-insensitively, with BOM, CRLF, ; and multi-line quoted fields', async () => {
    const csv = '\uFEFFStories_ID;Media_Name;Publish_Date;Headline;Byline;Body;Link\r\n' +
      '7;Quay Courier;2024-01-02;Ferry;Ann Lee;"Line one;\r\nline “two”";https://x.example/7\r\n' +
      '8;Quay Courier;2024-01-03;Tide;;"He said ""no"".";\r\n';
    const { records } = await read({ 'export.csv': csv });
    expect(records).toHaveLength(2);
    const first = records[0]!;
    if (first.kind !== 'doc') throw new Error('not a doc');
    expect(first.doc.meta).toEqual({
      docId: '7', outlet: 'Quay Courier', date: '2024-01-02', title: 'Ferry', url: 'https://x.example/7', author: 'Ann Lee', origin: 'export.csv:2',
    });
    expect(first.doc.text).toBe('Line one;\r\nline “two”');
    expect(textOf(records[1])).toBe('He said "no".');
  });

  it('falls back to file:row ids (header = row 1) and the file stem as outlet', async () => {
    const { records } = await read({ 'quay.csv': 'text\n"multi\nline"\nsecond\n' });
    expect(records.map((r) => [metaOf(r).docId, metaOf(r).outlet])).toEqual([['quay.csv:2', 'quay'], ['quay.csv:3', 'quay']]);
  });

  it('rejects a malformed row alone, naming file, row and line', async () => {
    const { records } = await read({ 'a.csv': 'id,text\n1,"multi\nline"\n2,"broken "quote""\n3,fine\n' });
    const ids = byId(records);
    expect(textOf(ids.get('1'))).toBe('multi\nline');
    expect(reasonOf(ids.get('a.csv:3'))).toBe('a.csv row 3 (line 4): malformed CSV row: a quotation mark inside a quoted field is not doubled ("")');
    expect(textOf(ids.get('3'))).toBe('fine');
  });

  it('rejects a row with too many or too few fields, but allows empty trailing cells', async () => {
    const { records } = await read({ 'a.csv': 'id,text,title\n1,a,b,c\n2,b\n3,c,t,\n' });
    const ids = byId(records);
    expect(reasonOf(ids.get('1'))).toBe('a.csv row 2: malformed CSV row: 4 fields, the header has 3');
    expect(reasonOf(ids.get('2'))).toBe('a.csv row 3: malformed CSV row: 2 fields, the header has 3');
    expect(textOf(ids.get('3'))).toBe('c');
  });

  it('rejects a row whose quote never closes at its own line and reads on from the next line', async () => {
    // Issue 7 row #2: row 2 opens a quote it never closes; row 3 is whole and valid.
    const csv = 'text,outlet\n"never closed,A\nrow three,B\nrow four,C\nrow five,D\n';
    const { records, files } = await read({ 'a.csv': csv });
    expect(files[0]!.records).toBe(4);
    expect(records.map((r) => metaOf(r).docId)).toEqual(['a.csv:2', 'a.csv:3', 'a.csv:4', 'a.csv:5']);
    expect(reasonOf(records[0])).toBe('a.csv row 2: malformed CSV row: a quoted field is never closed; reading resumed on the next line');
    expect(records.slice(1).map(textOf)).toEqual(['row three', 'row four', 'row five']);
    expect(records.slice(1).map((r) => metaOf(r).outlet)).toEqual(['B', 'C', 'D']);
  });

  it('accounts for every physical row around bad quotes, in CRLF files too (lines named right)', async () => {
    const csv = 'id,text\r\n1,"multi\r\nline"\r\n2,"broken "quote""\r\n3,fine\r\n4,"open\r\n5,after\r\n';
    const { records } = await read({ 'a.csv': csv });
    const ids = byId(records);
    expect(textOf(ids.get('1'))).toBe('multi\r\nline');
    expect(reasonOf(ids.get('a.csv:3'))).toBe('a.csv row 3 (line 4): malformed CSV row: a quotation mark inside a quoted field is not doubled ("")');
    expect(textOf(ids.get('3'))).toBe('fine');
    expect(reasonOf(ids.get('a.csv:5'))).toMatch(/^a\.csv row 5 \(line 6\): malformed CSV row: a quoted field is never closed/);
    expect(textOf(ids.get('5'))).toBe('after');
  });

  it('rejects every row of a file without a text column, keeping ids and titles', async () => {
    const { records } = await read({ 'a.csv': 'id,headline\nn1,One\nn2,Two\n' });
    expect(records.map((r) => metaOf(r).docId)).toEqual(['n1', 'n2']);
    expect(metaOf(records[1]!).title).toBe('Two');
    expect(reasonOf(records[0])).toBe('a.csv row 2: no text column (looked for text, body, content, article_text); the header has: id, headline');
  });

  it('rejects empty and whitespace-only texts', async () => {
    const { records } = await read({ 'a.csv': 'id,text\n1,\n2," \t "\n' });
    expect(reasonOf(records[0])).toBe('a.csv row 2: empty text');
    expect(reasonOf(records[1])).toBe('a.csv row 3: text is only whitespace');
  });

  it('rejects only the row holding invalid UTF-8', async () => {
    const { records } = await read({ 'a.csv': invalidUtf8('id,text\n1,ok\n2,caf', '\n3,fine\n') });
    expect(records.map((r) => r.kind)).toEqual(['doc', 'set-aside', 'doc']);
    expect(reasonOf(records[1])).toBe('a.csv row 3: invalid UTF-8 at line 3: the file is not UTF-8 text (re-save it as UTF-8)');
  });

  it('sets aside an empty file and a binary one with a reason', async () => {
    const { records } = await read({ 'empty.csv': '', 'utf16.csv': Buffer.from('id,text\n1,x\n', 'utf16le') });
    expect(reasonOf(byId(records).get('empty.csv'))).toBe('empty.csv: empty file: no header row');
    expect(reasonOf(byId(records).get('utf16.csv'))).toMatch(/^utf16\.csv: binary file \(it contains NUL bytes\)/);
  });
});

describe('reading JSONL', () => {
  it('reads objects by alias, numbers as strings, and skips blank lines', async () => {
    const { records } = await read({ 'w.jsonl': '{"stories_id":5001,"media_name":"Wire","content":"Hello."}\n\n{"text":"Two."}\n' });
    expect(records.map((r) => [metaOf(r).docId, metaOf(r).outlet, textOf(r)])).toEqual([['5001', 'Wire', 'Hello.'], ['w.jsonl:3', 'w', 'Two.']]);
  });

  it('rejects bad lines alone, naming the line', async () => {
    const lines = ['{"id":"a","text":"fine"}', 'not json', '[1,2]', '{"id":"d","body":{"x":1}}', '{"id":"e","title":"no text"}'];
    const { records } = await read({ 'w.jsonl': `${lines.join('\n')}\n` });
    const ids = byId(records);
    expect(textOf(ids.get('a'))).toBe('fine');
    expect(reasonOf(ids.get('w.jsonl:2'))).toMatch(/^w\.jsonl line 2: not valid JSON \(/);
    expect(reasonOf(ids.get('w.jsonl:3'))).toBe('w.jsonl line 3: not a JSON object');
    expect(reasonOf(ids.get('d'))).toBe('w.jsonl line 4: the text (body) field is not a string');
    expect(reasonOf(ids.get('e'))).toBe('w.jsonl line 5: no text field (looked for text, body, content, article_text)');
  });

  it('rejects a line with invalid UTF-8', async () => {
    const { records } = await read({ 'w.jsonl': invalidUtf8('{"text":"ok"}\n{"text":"caf', '"}\n') });
    expect(textOf(records[0])).toBe('ok');
    expect(reasonOf(records[1])).toBe('w.jsonl line 2: invalid UTF-8 at line 2: the file is not UTF-8 text (re-save it as UTF-8)');
  });
});

describe('reading txt', () => {
  const text = 'First para line.\r\nSame para.\r\n\r\n  \nSecond para.\n';

  it('keeps a whole file as one document, outlet from its folder, text exactly as read', async () => {
    const { records } = await read({ 'quay-courier/story.txt': `\uFEFF${text}` });
    expect(metaOf(records[0]!)).toMatchObject({ docId: 'quay-courier/story.txt', outlet: 'quay-courier', origin: 'quay-courier/story.txt' });
    expect(textOf(records[0])).toBe(text);
  });

  it('splits by lines and by blank lines, with file:line ids', async () => {
    const lines = await read({ 'o/s.txt': text }, { split: 'lines' });
    expect(lines.records.map((r) => [metaOf(r).docId, textOf(r)])).toEqual([
      ['o/s.txt:1', 'First para line.'], ['o/s.txt:2', 'Same para.'], ['o/s.txt:5', 'Second para.'],
    ]);
    const blocks = await read({ 'o/s.txt': text }, { split: 'blank-lines' });
    expect(blocks.records.map((r) => [metaOf(r).docId, textOf(r)])).toEqual([
      ['o/s.txt:1', 'First para line.\r\nSame para.'], ['o/s.txt:5', 'Second para.'],
    ]);
  });

  it('rejects an empty file, invalid UTF-8 and a document over the size limit', async () => {
    const { records } = await read(
      { 'o/empty.txt': ' \n', 'o/bad.txt': invalidUtf8('ok\nline ', '\n'), 'o/big.txt': 'x'.repeat(2000) },
      { maxDocBytes: 1000 },
    );
    const ids = byId(records);
    expect(reasonOf(ids.get('o/empty.txt'))).toBe('o/empty.txt: text is only whitespace');
    expect(reasonOf(ids.get('o/bad.txt'))).toBe('o/bad.txt: invalid UTF-8 at line 2: the file is not UTF-8 text (re-save it as UTF-8)');
    expect(reasonOf(ids.get('o/big.txt'))).toBe('o/big.txt: text is 0.0 MB, over the limit of 0.0 MB per document (--max-doc-mb)');
  });

  it('applies the size limit to each split document', async () => {
    const { records } = await read({ 'o/s.txt': `short\n${'y'.repeat(50)}\n` }, { split: 'lines', maxDocBytes: 20 });
    expect(textOf(records[0])).toBe('short');
    expect(reasonOf(records[1])).toMatch(/^o\/s\.txt line 2: text is .* over the limit/);
  });
});

describe('reading folders', () => {
  it('walks recursively in sorted order, rejects binary files, ignores other text files', async () => {
    const result = await read({
      'b/2.txt': 'two', 'b/10.txt': 'ten', 'a.jsonl': '{"text":"a"}\n', 'b/photo.jpg': Buffer.from([0xff, 0xd8, 0x00, 0x10]),
      'notes.md': '# notes', '.hidden.txt': 'hidden',
    });
    expect(result.files.map((f) => f.file)).toEqual(['a.jsonl', 'b/10.txt', 'b/2.txt', 'b/photo.jpg']);
    expect(result.ignored).toEqual([{ file: 'notes.md', reason: 'not a corpus file (.csv, .jsonl or .txt)' }]);
    expect(reasonOf(byId(result.records).get('b/photo.jpg'))).toMatch(/^b\/photo\.jpg: binary file/);
    expect(result.files[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('does not read a framelens report folder inside an input folder', async () => {
    const result = await read({ 'a.jsonl': '{"text":"a"}\n', 'reports/documents.csv': 'doc_id,title\n', 'reports/manifest.json': '{}', 'reports/codebook.csv': 'file\n' });
    expect(result.files.map((f) => f.file)).toEqual(['a.jsonl']);
    expect(result.ignored).toEqual([{ file: 'reports', reason: 'a framelens report folder: output, not input' }]);
  });

  it('reads large files (150,000 records, some malformed) without running out of stack', async () => {
    const rows = Array.from({ length: 150_000 }, (_, i) => (i % 1000 === 7 ? `${i},"bad "q" row"` : `${i},row ${i}`));
    const { records } = await read({ 'big.csv': `id,text\n${rows.join('\n')}\n` });
    expect(records).toHaveLength(150_000);
    expect(records.filter((r) => r.kind === 'set-aside')).toHaveLength(150);
    expect(textOf(records[149_999])).toBe('row 149999');
  });

  it('names files relative to the common folder of several inputs', async () => {
    const result = await read({ 'x/a.csv': 'text\none\n', 'y/a.csv': 'text\ntwo\n' }, {}, ['x/a.csv', 'y/a.csv']);
    expect(result.records.map((r) => metaOf(r).docId)).toEqual(['x/a.csv:2', 'y/a.csv:2']);
  });

  it('makes a repeated given id unique on every record that gave it', async () => {
    const { records } = await read({ 'a.jsonl': '{"id":"7","text":"x"}\n{"id":"8","text":"y"}\n', 'b.jsonl': '{"id":"7","text":"z"}\n' });
    expect(records.map((r) => metaOf(r).docId)).toEqual(['7@a.jsonl:1', '8', '7@b.jsonl:1']);
  });

  it('stops with a problem for a missing path or an unsupported file', async () => {
    const dir = tempCorpus({ 'x.pdf': 'pdf' });
    const result = await readCorpus([`${dir}/nope.csv`, `${dir}/x.pdf`]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toEqual([`${dir}/nope.csv: no such file or folder`, `${dir}/x.pdf: not a .csv, .jsonl or .txt file, nor a folder`]);
  });
});
