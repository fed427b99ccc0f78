// The report CSV writer (reports/csv-text.ts) writes what csv-stringify writes with the same
// settings (RFC 4180, CRLF, quoted when a field holds , " CR or LF), on fields made of the
// characters that matter; its reader (reports/csv-records.ts) reads what csv-parse reads.
import fc from 'fast-check';
import { stringify } from 'csv-stringify/sync';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvRecords, parseRecord, RecordSplitter, recordsOf } from '../pipeline/reports/csv-records.js';
import { csvChunk } from '../pipeline/reports/csv-text.js';

const field = fc.string({ unit: fc.constantFrom('a', 'Z', ',', '"', '\n', '\r', '=', ' ', ';', 'é', '“', '😀', '\t') });
const rows = fc.array(fc.array(field, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 5 });

describe('csvChunk', () => {
  it('quotes a field only when it holds a comma, quote or line break', () => {
    expect(csvChunk([['plain', 'a,b', 'say "no"', 'two\nlines', 'cr\r', '', '=1']])).toBe('plain,"a,b","say ""no""","two\nlines","cr\r",,=1\r\n');
  });

  it('writes the bytes csv-stringify writes (property)', () => {
    fc.assert(
      fc.property(rows, (records) => {
        expect(csvChunk(records)).toBe(stringify(records, { record_delimiter: 'windows', quoted_match: /[\r\n]/ }));
      }),
      { numRuns: 500 },
    );
  });

  it('reads back as the same fields (property)', () => {
    fc.assert(
      fc.property(rows, (records) => {
        expect(parse(csvChunk(records), { relax_column_count: true })).toEqual(records);
      }),
      { numRuns: 300 },
    );
  });
});

describe('reading reports back (csv-records)', () => {
  it('splits records at line ends outside quotes and cuts cells', () => {
    const text = 'a,b\r\n"x,1","say ""no"""\r\n"two\nlines",\r\n';
    expect(recordsOf(text)).toEqual(['a,b\r\n', '"x,1","say ""no"""\r\n', '"two\nlines",\r\n']);
    expect(recordsOf(text).map(parseRecord)).toEqual([['a', 'b'], ['x,1', 'say "no"'], ['two\nlines', '']]);
  });

  it('reads what csv-parse reads, whole, streamed from a file or a byte at a time (property)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'framelens-csv-'));
    await fc.assert(
      fc.asyncProperty(rows, async (records) => {
        const text = csvChunk(records);
        const expected = parse(text, { relax_column_count: true }) as string[][];
        expect(recordsOf(text).map(parseRecord)).toEqual(expected);
        const path = join(dir, 'r.csv');
        writeFileSync(path, text);
        const streamed: string[][] = [];
        for await (const record of csvRecords(path)) streamed.push(parseRecord(record));
        expect(streamed).toEqual(expected);
        const splitter = new RecordSplitter(); // chunk boundaries anywhere: one byte at a time
        const byChar = [...Buffer.from(text)].flatMap((b) => splitter.push(Buffer.from([b])));
        if (splitter.end() !== '') byChar.push(splitter.end());
        expect(byChar.map(parseRecord)).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });

  it('refuses a record that is not one this tool writes, saying so', () => {
    expect(() => parseRecord('"open,b\r\n')).toThrow(/ends inside a quoted cell/);
    expect(() => parseRecord('"a"b,c\r\n')).toThrow(/text after a quoted cell at character 3/);
  });
});
