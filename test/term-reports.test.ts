import { describe, expect, it } from 'vitest';
import { summarizeDocument } from '../pipeline/analyze-document.js';
import { outletTermsReport } from '../pipeline/reports/outlet-terms-report.js';
import type { SummaryReport } from '../pipeline/reports/report-spec.js';
import { totalsOf } from '../pipeline/stats/run-totals.js';
import { termVariantsReport } from '../pipeline/reports/term-variants-report.js';
import { tagTerms } from '../pipeline/tag-terms.js';
import { tokenize } from '../pipeline/tokenize.js';
import type { DocResult, Lexicon, QuoteRegion, RunResult } from '../pipeline/types.js';

const LEXICON: Lexicon = {
  id: 'labels', version: '1', description: '', use: 'terms', file: 'labels.yaml', sha256: '',
  categories: { delegitimizing: 'x', legitimizing: 'y' },
  entries: [
    { term: 'cult', category: 'delegitimizing', except: [], caseSensitive: false, note: '', source: '', connotation: '' },
    { term: 'terror*', category: 'delegitimizing', except: [], caseSensitive: false, note: '', source: '', connotation: '' },
    { term: 'dissident', category: 'legitimizing', except: [], caseSensitive: false, note: '', source: '', connotation: '' },
  ],
};

function doc(docId: string, outlet: string, text: string, speech: string | null = null): DocResult {
  const tokenized = tokenize({ meta: { docId, outlet, date: '', title: '', url: '', author: '', origin: 'inline' }, text });
  const regions: QuoteRegion[] = [];
  if (speech) {
    const start = text.indexOf(speech);
    regions.push({ start, end: start + speech.length, open: { start: start - 1, end: start }, close: null, role: 'speech' });
  }
  return summarizeDocument({ ...tagTerms({ ...tokenized, quoteRegions: regions, quotes: [] }, { lexicons: [LEXICON], kwicWindow: 8 }), actorMentions: [], labelCandidates: [] });
}

/** Rows of a report as `column=value` maps, as the CSV would hold them. */
function table<Row>(spec: SummaryReport<Row>, run: RunResult): Record<string, unknown>[] {
  return [...spec.rows(totalsOf(run))].map((row) => Object.fromEntries(spec.columns.map((c) => [c.name, c.value(row)])));
}

const RUN: RunResult = {
  processed: [
    doc('a1', 'Alpha', 'The cult and its terrorists. A cult again, and terrorism.'),
    doc('a2', 'Alpha', 'He said “the cult lies” to us.', 'the cult lies'),
    doc('b1', 'Beta', 'A dissident spoke today.'),
  ],
  setAside: [],
  lexicons: [LEXICON],
};

describe('outlet_terms.csv', () => {
  it('gives category rows (term empty) for every category and outlet, then term rows, rates as a ratio of sums', () => {
    const rows = table(outletTermsReport, RUN).map((r) => `${r.outlet}|${r.category}|${r.term}|${r.hits}|${r.own_voice_hits}|${r.quoted_hits}|${r.tokens}|${r.rate_per_1k}`);
    const alphaTokens = RUN.processed[0]!.tokenCount + RUN.processed[1]!.tokenCount;
    const betaTokens = RUN.processed[2]!.tokenCount;
    const rate = (n: number, t: number): number => Math.round((1e6 * n) / t) / 1000;
    expect(rows).toEqual([
      `Alpha|delegitimizing||5|4|1|${alphaTokens}|${rate(5, alphaTokens)}`,
      `Alpha|delegitimizing|cult|3|2|1|${alphaTokens}|${rate(3, alphaTokens)}`,
      `Alpha|delegitimizing|terror*|2|2|0|${alphaTokens}|${rate(2, alphaTokens)}`,
      `Alpha|legitimizing||0|0|0|${alphaTokens}|0`,
      `Beta|delegitimizing||0|0|0|${betaTokens}|0`,
      `Beta|legitimizing||1|1|0|${betaTokens}|${rate(1, betaTokens)}`,
      `Beta|legitimizing|dissident|1|1|0|${betaTokens}|${rate(1, betaTokens)}`,
    ]);
    // Beta has one document: no interval; Alpha's two documents give intervals around each rate.
    for (const r of table(outletTermsReport, RUN)) {
      if (r.outlet === 'Beta') expect([r.ci_low, r.ci_high]).toEqual([null, null]);
      else expect(Number(r.ci_low) <= Number(r.rate_per_1k) && Number(r.rate_per_1k) <= Number(r.ci_high), JSON.stringify(r)).toBe(true);
    }
  });
});

describe('term_variants.csv', () => {
  it('shows what each entry, wildcards included, actually matched', () => {
    expect(table(termVariantsReport, RUN).map((r) => `${r.term}|${r.wildcard}|${r.matched_form}|${r.hits}|${r.documents}`)).toEqual([
      'cult|false|cult|3|2',
      'dissident|false|dissident|1|1',
      'terror*|true|terrorism|1|1',
      'terror*|true|terrorists|1|1',
    ]);
  });
});
