import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateTerms, formatTermEvaluation, readGoldJsonl, scores } from '../pipeline/eval-terms.js';
import { loadLexiconFiles } from '../pipeline/load-lexicon.js';
import { BUNDLED_LEXICON_DIR, PACKAGE_ROOT } from '../pipeline/package-root.js';
import { babeToGold, parsePythonList } from '../pipeline/eval/read-babe-gold.js';

const { lexicons } = await loadLexiconFiles([BUNDLED_LEXICON_DIR]);
const ctx = { lexicons, kwicWindow: 8 };

function gold(text: string, ...words: string[]): string {
  const spans = words.map((w) => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length }));
  return JSON.stringify({ id: `d${text.length}`, outlet: 'Test', text, spans });
}

describe('eval terms', () => {
  it('scores hits against gold spans at word level (token overlap) and span level (exact)', () => {
    const jsonl = [
      gold('The terror cult met its ringleaders.', 'terror cult', 'ringleaders'), // both hit, exact
      gold('A notorious and bizarre plan.', 'bizarre'), // hit notorious (fp), miss bizarre (fn)
      gold('The cult leader spoke.', 'cult leader'), // hit "cult": word tp, span mismatch
    ].join('\n');
    const { docs, problems } = readGoldJsonl(jsonl, 'gold.jsonl');
    expect(problems).toEqual([]);
    const e = evaluateTerms(docs, ctx);
    expect({ tp: e.word.tp, fp: e.word.fp, fn: e.word.fn }).toEqual({ tp: 4, fp: 1, fn: 2 });
    expect({ tp: e.span.tp, fp: e.span.fp, fn: e.span.fn }).toEqual({ tp: 2, fp: 2, fn: 2 });
    expect(e.word.precision).toBeCloseTo(0.8);
    expect(formatTermEvaluation(e)).toContain('word       0.800  0.667  0.727      4      1      2');
  });

  it('reports bad gold lines with their line number', () => {
    const { problems } = readGoldJsonl('{"id":"a","text":"x","spans":[]}\n{oops\n{"id":"b","text":"ab","spans":[{"start":1,"end":9}]}', 'g.jsonl');
    expect(problems.map((p) => `${p.line}:${p.code}`)).toEqual(['2:GOLD_SYNTAX', '3:GOLD_INVALID']);
  });

  it('computes F1 as the harmonic mean and 0 when nothing is found', () => {
    expect(scores(1, 1, 1).f1).toBeCloseTo(0.5);
    expect(scores(0, 0, 3)).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });
});

describe('BABE conversion', () => {
  it('parses Python-style lists, including quoted words', () => {
    expect(parsePythonList(`['bizarre', '"held"', "don't"]`)).toEqual(['bizarre', '"held"', "don't"]);
  });

  it('turns biased_words into whole-word gold spans, every occurrence, stripping quote marks', () => {
    const csv = '\uFEFFtext;news_link;outlet;topic;type;label_bias;label_opinion;biased_words\n' +
      '"A bizarre, ""held"" claim; bizarre again.";x;Fox News;t;right;Biased;o;"[\'bizarre\', \'""held""\', \'missing\']"\n' +
      'Plain words.;x;Reuters;t;;Non-biased;o;[]\n';
    const g = babeToGold(csv);
    expect(g.docs.map((d) => d.spans.map((s) => d.text.slice(s.start, s.end)))).toEqual([['bizarre', 'held', 'bizarre'], []]);
    expect(g.docs[0]!.outlet).toBe('Fox News');
    expect({ listed: g.listedWords, unmatched: g.unmatchedWords }).toEqual({ listed: 3, unmatched: 1 });
  });

  const BABE = join(PACKAGE_ROOT, '../shared/benchmarks/babe/final_labels_SG2.csv');
  const absent = !existsSync(BABE);
  const why = absent ? ' (skipped: ../shared/benchmarks/babe/final_labels_SG2.csv is absent)' : '';
  it.skipIf(absent)(`scores the bundled lexicons on BABE low, as a lexicon baseline does${why}`, () => {
    const g = babeToGold(readFileSync(BABE, 'utf8'));
    expect(g.docs).toHaveLength(3674);
    const e = evaluateTerms(g.docs, ctx);
    expect(e.word.f1).toBeGreaterThan(0.01);
    expect(e.word.f1).toBeLessThan(0.2);
  });
});
