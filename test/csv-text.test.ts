// The report CSV writer (reports/csv-text.ts) writes what csv-stringify writes with the same
// settings (RFC 4180, CRLF, quoted when a field holds , " CR or LF), on fields made of the
// characters that matter.
import fc from 'fast-check';
import { stringify } from 'csv-stringify/sync';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
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
