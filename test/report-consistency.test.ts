// Whole-run invariants on the bundled corpus (corpus/: the seed file and the sample outlets):
// offsets slice to the text they name, and the reports' counts add up across files.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeCorpus, buildManifest, writeReports } from '../pipeline/index.js';
import type { CorpusAnalysis, RunSettings } from '../pipeline/index.js';
import { BUNDLED_CORPUS_DIR } from '../pipeline/package-root.js';
import { tempCorpus } from './helpers/temp-corpus.js';

const SETTINGS: RunSettings = { split: 'none', dedup: 'none', kwicWindow: 8, maxDocMb: 20, seed: 1, bootstrap: 1000, period: 'month', jobs: 1, actors: null };
type Row = Record<string, string>;

let analysis: CorpusAnalysis;
let reports: Record<string, Row[]>;

beforeAll(async () => {
  const outcome = await analyzeCorpus({ inputs: [BUNDLED_CORPUS_DIR] });
  if (!outcome.ok) throw new Error(outcome.problems.join('\n'));
  analysis = outcome;
  const out = tempCorpus();
  await writeReports(out, outcome.run, buildManifest(outcome, SETTINGS));
  reports = {};
  for (const name of ['documents', 'terms', 'quotes', 'speakers', 'outlet_terms', 'outlet_summary', 'outlet_contrasts', 'outlet_periods', 'distinctive_terms', 'lemma_counts']) {
    reports[name] = parse(readFileSync(join(out, `${name}.csv`), 'utf8'), { columns: true }) as Row[];
  }
});

const sum = (rows: readonly Row[], column: string): number => rows.reduce((n, r) => n + Number(r[column] || 0), 0);
const byOutlet = (rows: readonly Row[], outlet: string): Row[] => rows.filter((r) => r.outlet === outlet);

describe('offsets slice to the text they name', () => {
  it('every term hit, and every quotes.csv row (read back from the file) names its own text', () => {
    expect(analysis.run.processed.length).toBeGreaterThan(10);
    const texts = new Map(analysis.run.processed.map((d) => [d.meta.docId, d.text]));
    for (const doc of analysis.run.processed) for (const hit of doc.hits) expect(doc.text.slice(hit.start, hit.end)).toBe(hit.text);
    expect(reports.quotes!.length).toBeGreaterThan(10);
    for (const row of reports.quotes!) {
      const text = texts.get(row.doc_id!)!;
      expect(text.slice(Number(row.start), Number(row.end))).toBe(row.text);
      expect(row.text!.trim()).not.toBe('');
    }
  });

  it('the segments of one utterance share speaker and cue, and quote ids are unique in a document', () => {
    const seen = new Map<string, Row>();
    const ids = new Set<string>();
    for (const row of reports.quotes!) {
      const id = `${row.doc_id}|${row.quote_id}`;
      expect(ids.has(id)).toBe(false);
      ids.add(id);
      const key = `${row.doc_id}|${row.utterance_id}`;
      const first = seen.get(key);
      if (first) expect([row.speaker, row.cue]).toEqual([first.speaker, first.cue]);
      else seen.set(key, row);
    }
  });
});

describe('counts add up across the reports', () => {
  it('documents.csv term_hits and quotes sum to the rows of terms.csv and quotes.csv', () => {
    expect(sum(reports.documents!, 'term_hits')).toBe(reports.terms!.length);
    expect(sum(reports.documents!, 'quotes')).toBe(reports.quotes!.length);
  });

  it('outlet_summary.csv agrees with documents, terms, quotes and speakers for every outlet', () => {
    for (const row of reports.outlet_summary!) {
      const outlet = row.outlet!;
      const docs = byOutlet(reports.documents!, outlet).filter((d) => d.status === 'processed');
      expect(Number(row.documents)).toBe(docs.length);
      expect(Number(row.tokens)).toBe(sum(docs, 'tokens'));
      expect(Number(row.term_hits)).toBe(byOutlet(reports.terms!, outlet).length);
      expect(Number(row.quotes)).toBe(byOutlet(reports.quotes!, outlet).length);
      expect(sum(byOutlet(reports.speakers!, outlet), 'quotes')).toBe(Number(row.quotes));
    }
  });

  it('speakers.csv shares (rounded to 4 places) sum to 1 within each outlet that quotes anyone', () => {
    const outlets = new Set(reports.speakers!.map((r) => r.outlet!));
    for (const outlet of outlets) expect(sum(byOutlet(reports.speakers!, outlet), 'share_of_quotes')).toBeCloseTo(1, 2);
  });

  it('outlet_terms.csv: hits = own + quoted, category rows = the sum of their term rows = terms.csv', () => {
    for (const row of reports.outlet_terms!) expect(Number(row.hits)).toBe(Number(row.own_voice_hits) + Number(row.quoted_hits));
    const categoryRows = reports.outlet_terms!.filter((r) => r.term === '');
    for (const cat of categoryRows) {
      const terms = reports.outlet_terms!.filter((r) => r.outlet === cat.outlet && r.category === cat.category && r.term !== '');
      expect(sum(terms, 'hits')).toBe(Number(cat.hits));
      const hits = reports.terms!.filter((t) => t.outlet === cat.outlet && t.category === cat.category);
      expect(hits.length).toBe(Number(cat.hits));
      expect(hits.filter((t) => t.voice === 'quoted').length).toBe(Number(cat.quoted_hits));
    }
  });

  it('every interval holds its estimate', () => {
    const pairs: [string, string, string, string][] = [
      ['outlet_terms', 'rate_per_1k', 'ci_low', 'ci_high'],
      ['outlet_terms', 'own_rate_per_1k', 'own_ci_low', 'own_ci_high'],
      ['outlet_terms', 'quoted_rate_per_1k', 'quoted_ci_low', 'quoted_ci_high'],
      ['outlet_summary', 'rate_per_1k', 'ci_low', 'ci_high'],
      ['outlet_periods', 'rate_per_1k', 'ci_low', 'ci_high'],
      ['outlet_contrasts', 'rate_ratio', 'ratio_ci_low', 'ratio_ci_high'],
      ['outlet_contrasts', 'difference', 'diff_ci_low', 'diff_ci_high'],
    ];
    let checked = 0;
    for (const [file, estimate, low, high] of pairs) {
      for (const row of reports[file]!) {
        if (row[low] === '' || row[estimate] === '') continue;
        checked++;
        expect(Number(row[low]), `${file} ${JSON.stringify(row)}`).toBeLessThanOrEqual(Number(row[estimate]) + 1e-9);
        expect(Number(row[high]), `${file} ${JSON.stringify(row)}`).toBeGreaterThanOrEqual(Number(row[estimate]) - 1e-9);
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('outlet_contrasts and outlet_periods add up to outlet_terms; distinctive_terms to lemma_counts', () => {
    const categoryRows = reports.outlet_terms!.filter((r) => r.term === '');
    const allHits = (category: string) => sum(categoryRows.filter((r) => r.category === category), 'hits');
    for (const cat of categoryRows) {
      const contrast = reports.outlet_contrasts!.find((r) => r.outlet === cat.outlet && r.measure === cat.category)!;
      expect([Number(contrast.count), Number(contrast.base)]).toEqual([Number(cat.hits), Number(cat.tokens)]);
      expect(Number(contrast.rest_count)).toBe(allHits(cat.category!) - Number(cat.hits));
      const periods = reports.outlet_periods!.filter((r) => r.outlet === cat.outlet && r.category === cat.category);
      expect([sum(periods, 'hits'), sum(periods, 'tokens')]).toEqual([Number(cat.hits), Number(cat.tokens)]);
    }
    const lemmaCount = (outlet: string, lemma: string) => Number(reports.lemma_counts!.find((r) => r.outlet === outlet && r.lemma === lemma)?.count ?? 0);
    expect(reports.distinctive_terms!.length).toBeGreaterThan(0);
    for (const row of reports.distinctive_terms!) {
      expect(Number(row.count)).toBe(lemmaCount(row.outlet!, row.term!));
      const everywhere = sum(reports.lemma_counts!.filter((r) => r.lemma === row.term), 'count');
      expect(Number(row.other_count)).toBe(everywhere - Number(row.count));
    }
  });
});
