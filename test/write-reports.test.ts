import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codebookReport } from '../pipeline/reports/codebook-report.js';
import { documentsReport } from '../pipeline/reports/documents-report.js';
import { REPORTS } from '../pipeline/reports/index.js';
import { outletSummaryReport } from '../pipeline/reports/outlet-summary-report.js';
import type { DocResult, RecordMeta, RunResult } from '../pipeline/types.js';
import { escapeFormula, formatCell } from '../pipeline/reports/csv-text.js';
import { reportCsv, writeReports } from '../pipeline/write-reports.js';
import { tempCorpus } from './helpers/temp-corpus.js';

function meta(docId: string, over: Partial<RecordMeta> = {}): RecordMeta {
  return { docId, outlet: 'Quay', date: '', title: '', url: '', author: '', origin: docId, ...over };
}

function doc(docId: string, over: Partial<RecordMeta> = {}, tokenCount = 10): DocResult {
  return { meta: meta(docId, over), text: 'x', tokenCount, sentenceCount: 1, quotes: [], hits: [], sentenceStarts: [0], sentenceHashes: [0], sentenceTokens: [tokenCount], lemmas: [], duplicateSentences: [], actorMentions: [], labelCandidates: [] };
}

function run(processed: DocResult[]): RunResult {
  return { processed, setAside: [], lexicons: [] };
}

const nasty = fc.string({ unit: fc.constantFrom('a', 'Z', ',', '"', '\n', '\r', '=', '+', '-', '@', '\t', ' ', ';', 'é', '“', '😀') });

describe('CSV writing', () => {
  it('round-trips any cell through csv-parse, formula-like cells prefixed with an apostrophe (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(nasty, nasty), { minLength: 1, maxLength: 8 }), (cells) => {
        const docs = cells.map(([title, outlet], i) => doc(`d${i}`, { title, outlet }));
        const rows = parse(reportCsv(documentsReport, run(docs)), { columns: true, bom: false }) as Record<string, string>[];
        expect(rows).toHaveLength(docs.length);
        rows.forEach((row, i) => {
          expect(row.title).toBe(escapeFormula(cells[i]![0]));
          expect(row.outlet).toBe(escapeFormula(cells[i]![1]));
          expect(/^[=+\-@\t\r]/.test(row.title!)).toBe(false);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('escapes formulas in text cells only, never in numbers', () => {
    expect(escapeFormula('=HYPERLINK("x")')).toBe(`'=HYPERLINK("x")`);
    expect(escapeFormula('-5 degrees')).toBe(`'-5 degrees`);
    expect(escapeFormula('@user')).toBe(`'@user`);
    expect(escapeFormula('plain - text')).toBe('plain - text');
    expect(formatCell(-1.5, 'number')).toBe('-1.5');
    expect(formatCell(null, 'integer')).toBe('');
    expect(formatCell(true, 'boolean')).toBe('true');
    expect(formatCell(Number.NaN, 'number')).toBe('');
  });

  it('writes RFC 4180 records separated by CRLF, quoting line breaks', () => {
    const csv = reportCsv(documentsReport, run([doc('d1', { title: 'two\nlines' })]));
    expect(csv.startsWith('doc_id,outlet,date,title,status,reason,reason_code,tokens,sentences,quotes,term_hits')).toBe(true);
    expect(csv).toContain('"two\nlines"');
    expect(csv.endsWith('\r\n')).toBe(true);
  });
});

describe('outlet_summary.csv', () => {
  it('sums processed documents per outlet and counts set-aside records', () => {
    const r: RunResult = {
      processed: [doc('a', { outlet: 'Quay' }, 100), doc('b', { outlet: 'Quay' }, 300), doc('c', { outlet: 'Harbor' }, 50)],
      setAside: [
        { meta: meta('d', { outlet: 'Harbor' }), status: 'duplicate', reason: 'same outlet and text as c', reasonCode: 'duplicate' },
        { meta: meta('e', { outlet: 'Empty' }), status: 'rejected', reason: 'e: empty text', reasonCode: 'empty_text' },
      ],
      lexicons: [],
    };
    expect(reportCsv(outletSummaryReport, r).split('\r\n')).toEqual([
      'outlet,documents,tokens,quotes,unique_speakers,person_quote_share,organization_quote_share,nominal_quote_share,anonymous_quote_share,unresolved_quote_share,top5_speaker_share,loaded_cue_share,term_hits,rate_per_1k,ci_low,ci_high,rejected,duplicates,duplicate_sentences',
      'Empty,0,0,0,0,,,,,,,,0,,,,1,0,0',
      'Harbor,1,50,0,0,,,,,,,,0,0,,,0,1,0',
      'Quay,2,400,0,0,,,,,,,,0,0,0,0,0,0,0',
      '',
    ]);
  });
});

describe('codebook.csv', () => {
  it('documents every column of every report, from the declarations', () => {
    const rows = parse(reportCsv(codebookReport, run([])), { columns: true }) as Record<string, string>[];
    for (const spec of [...REPORTS, codebookReport]) {
      const documented = rows.filter((r) => r.file === spec.file && r.column !== '').map((r) => r.column);
      expect(documented).toEqual(spec.columns.map((c) => c.name));
    }
    expect(rows.some((r) => r.file === 'manifest.json')).toBe(true);
    expect(rows.every((r) => r.meaning !== '')).toBe(true);
  });
});

describe('writeReports', () => {
  it('writes every report, the codebook, figures.jsonl, the manifest and report.html, leaving no temporary file, byte-identical twice', async () => {
    const r = run([doc('d2', { title: '=1+1' }), doc('d10')]);
    const a = tempCorpus();
    const b = tempCorpus();
    await writeReports(a, r, { run: 1 });
    await writeReports(b, r, { run: 1 });
    const names = readdirSync(a).sort();
    expect(names).toEqual([...REPORTS.map((s) => s.file), 'codebook.csv', 'figures.jsonl', 'manifest.json', 'report.html'].sort());
    for (const name of names) expect(readFileSync(`${a}/${name}`)).toEqual(readFileSync(`${b}/${name}`));
    expect(readFileSync(`${a}/documents.csv`, 'utf8')).toContain(`'=1+1`);
  });
});
