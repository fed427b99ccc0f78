// Evaluating term hits against gold spans (framelens eval terms).
// Reads gold documents (JSONL per interface.md: {"id","outlet","text","spans":[{start,end,
// category?}]}) and an AnalysisContext; runs the full pipeline on each text and gives
// precision, recall and F1 at two levels:
//   word: the words (tokens other than punctuation) covered by a hit vs covered by a gold span
//         (a word counts once, however many hits or spans overlap it);
//   span: a hit whose start and end equal a gold span's (hits on the same words in several
//         categories count once). Categories are not compared.
import { z } from 'zod';
import { analyzeDocument } from './analyze-document.js';
import { GOLD_DOC, readGoldLines } from './eval/read-gold-lines.js';
import { spansOverlap } from './spans.js';
import type { AnalysisContext, Problem, Span } from './types.js';

const goldSchema = GOLD_DOC.extend({
  spans: z.array(z.object({ start: z.number().int().min(0), end: z.number().int().min(0), category: z.string().optional() })).default([]),
});

export type GoldDoc = z.output<typeof goldSchema>;

/** Gold JSONL, one document a line; problems as values with the line number. */
export function readGoldJsonl(text: string, file: string): { docs: GoldDoc[]; problems: Problem[] } {
  return readGoldLines(text, file, goldSchema, (doc) => {
    const bad = doc.spans.find((s) => s.end <= s.start || s.end > doc.text.length);
    return bad ? `span ${bad.start}-${bad.end} is empty or runs past the text (${doc.text.length} chars)` : null;
  });
}

export interface Scores {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export interface TermEvaluation {
  readonly documents: number;
  readonly goldSpans: number;
  readonly hits: number;
  readonly word: Scores;
  readonly span: Scores;
}

export function scores(tp: number, fp: number, fn: number): Scores {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

export function evaluateTerms(docs: readonly GoldDoc[], ctx: AnalysisContext): TermEvaluation {
  const word = { tp: 0, fp: 0, fn: 0 };
  const span = { tp: 0, fp: 0, fn: 0 };
  let hitCount = 0;
  let goldCount = 0;
  for (const gold of docs) {
    const doc = analyzeDocument({ meta: { docId: gold.id, outlet: gold.outlet, date: '', title: '', url: '', author: '', origin: gold.id }, text: gold.text }, ctx);
    const hits = doc.hits as readonly Span[];
    hitCount += hits.length;
    goldCount += gold.spans.length;
    for (const t of doc.tokens) {
      if (t.kind === 'punctuation') continue;
      const predicted = hits.some((h) => spansOverlap(h, t));
      const actual = gold.spans.some((g) => spansOverlap(g, t));
      if (predicted && actual) word.tp++;
      else if (predicted) word.fp++;
      else if (actual) word.fn++;
    }
    const key = (s: Span): string => `${s.start}:${s.end}`;
    const goldKeys = new Set(gold.spans.map(key));
    const hitKeys = new Set(hits.map(key));
    for (const k of hitKeys) if (goldKeys.has(k)) span.tp++; else span.fp++;
    for (const k of goldKeys) if (!hitKeys.has(k)) span.fn++;
  }
  return {
    documents: docs.length,
    goldSpans: goldCount,
    hits: hitCount,
    word: scores(word.tp, word.fp, word.fn),
    span: scores(span.tp, span.fp, span.fn),
  };
}

/** The evaluation as a small plain-text table. */
export function formatTermEvaluation(e: TermEvaluation): string {
  const pct = (x: number): string => x.toFixed(3);
  const row = (level: string, s: Scores): string =>
    `${level.padEnd(6)} ${pct(s.precision).padStart(9)} ${pct(s.recall).padStart(6)} ${pct(s.f1).padStart(6)} ${String(s.tp).padStart(6)} ${String(s.fp).padStart(6)} ${String(s.fn).padStart(6)}`;
  return [
    `${e.documents} documents, ${e.goldSpans} gold spans, ${e.hits} hits`,
    'level  precision recall     f1     tp     fp     fn',
    row('word', e.word),
    row('span', e.span),
  ].join('\n');
}
