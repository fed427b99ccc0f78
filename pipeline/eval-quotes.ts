// Evaluating quotes and speakers against hand-annotated gold (framelens eval quotes).
// Reads gold documents (JSONL, interface.md: {"id","outlet","text","quotes":[{start,end,speaker,
// kind,mention?,parts?}]}) and an AnalysisContext; runs the pipeline on each text once and
// scores the found quotes (the segments of one utterance together) at each threshold, in the
// lenient and the strict scoring (pipeline/eval/match-quotes.ts defines both), with figures by
// gold kind and by the rule and kind of the found quote.
import { z } from 'zod';
import { analyzeDocument } from './analyze-document.js';
import { scores, type Scores } from './eval-terms.js';
import { matchDocument, type Scoring } from './eval/match-quotes.js';
import { GOLD_DOC, readGoldLines } from './eval/read-gold-lines.js';
import type { AnalysisContext, Problem, Quote } from './types.js';

export { sameSpeaker, strictSameSpeaker, type Scoring } from './eval/match-quotes.js';

const goldQuote = z.object({
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  speaker: z.string().nullable().default(null),
  kind: z.enum(['direct', 'partial', 'indirect', 'scare']),
  mention: z.string().optional(),
  /** A split quote's parts (`“A,” she said, “B.”`); start/end then cover them all. */
  parts: z.array(z.object({ start: z.number().int().min(0), end: z.number().int().min(0) })).optional(),
});
const goldDoc = GOLD_DOC.extend({ quotes: z.array(goldQuote).default([]) });

export type GoldQuote = z.output<typeof goldQuote>;
export type GoldQuoteDoc = z.output<typeof goldDoc>;

export function readGoldQuotes(text: string, file: string): { docs: GoldQuoteDoc[]; problems: Problem[] } {
  return readGoldLines(text, file, goldDoc, (doc) => {
    const bad = doc.quotes.find((q) => q.end <= q.start || q.end > doc.text.length);
    return bad ? `quote ${bad.start}-${bad.end} is empty or runs past the text` : null;
  });
}

export type MatchStatus = 'match' | 'miss' | 'false_positive' | 'scare_found' | 'scare_ok' | 'piece';

export interface QuoteMatch {
  readonly doc: GoldQuoteDoc;
  readonly status: MatchStatus;
  readonly gold: GoldQuote | null;
  readonly found: Quote | null;
  readonly overlap: number;
  /** null when not judged (no match, or no gold speaker given). */
  readonly speakerOk: boolean | null;
}

/** Found quotes of one rule or kind: how many, how many matched a gold quote, speakers right. */
export interface FoundTally {
  found: number;
  matched: number;
  speakerJudged: number;
  speakerCorrect: number;
}

export interface QuoteEvaluation {
  readonly scoring: Scoring;
  readonly threshold: number;
  readonly detection: Scores;
  readonly scareItems: number;
  readonly scareFound: number;
  /** False positives lying wholly inside a gold quote another found quote matched (lenient
   *  scoring; counted in fp too): pieces of a gold item framelens splits in several quotes. */
  readonly pieces: number;
  readonly speaker: { readonly judged: number; readonly correct: number; readonly accuracy: number };
  readonly byKind: Readonly<Record<string, { gold: number; matched: number; speakerJudged: number; speakerCorrect: number }>>;
  /** By the rule that made the found quote, and by its kind: precision per rule. */
  readonly byRule: Readonly<Record<string, FoundTally>>;
  readonly byFoundKind: Readonly<Record<string, FoundTally>>;
  readonly matches: readonly QuoteMatch[];
}

export function evaluateQuotes(docs: readonly GoldQuoteDoc[], ctx: AnalysisContext, thresholds: readonly number[] = [0.3, 0.8], scorings: readonly Scoring[] = ['lenient']): QuoteEvaluation[] {
  const analysed = docs.map((gold) => {
    const doc = analyzeDocument({ meta: { docId: gold.id, outlet: gold.outlet, date: '', title: '', url: '', author: '', origin: gold.id }, text: gold.text }, ctx);
    return { gold, tokens: doc.tokens.filter((t) => t.kind !== 'punctuation'), quotes: utterances(doc.quotes) };
  });
  return scorings.flatMap((scoring) => thresholds.map((threshold) => {
    const matches = analysed.flatMap((a) => matchDocument(a.gold, a.tokens, a.quotes, threshold, scoring));
    return summarize(scoring, threshold, matches);
  }));
}

/** The segments of one utterance as one found quote of several parts (gold marks a split quote
 *  as one item). */
export function utterances(quotes: readonly Quote[]): Quote[] {
  const byId = new Map<string, Quote>();
  for (const q of quotes) {
    const seen = byId.get(q.utteranceId);
    byId.set(q.utteranceId, seen ? { ...seen, parts: [...seen.parts, ...q.parts], end: q.end } : q);
  }
  return [...byId.values()];
}

function summarize(scoring: Scoring, threshold: number, matches: readonly QuoteMatch[]): QuoteEvaluation {
  const count = (s: MatchStatus) => matches.filter((m) => m.status === s).length;
  const tp = count('match');
  const scareFound = count('scare_found');
  const detection = scores(tp, count('false_positive') + count('piece') + scareFound, count('miss'));
  const judged = matches.filter((m) => m.speakerOk !== null);
  const correct = judged.filter((m) => m.speakerOk).length;
  const byKind: Record<string, { gold: number; matched: number; speakerJudged: number; speakerCorrect: number }> = {};
  for (const m of matches) {
    if (!m.gold || m.gold.kind === 'scare') continue;
    const k = (byKind[m.gold.kind] ??= { gold: 0, matched: 0, speakerJudged: 0, speakerCorrect: 0 });
    k.gold++;
    if (m.status === 'match') k.matched++;
    if (m.speakerOk !== null) k.speakerJudged++;
    if (m.speakerOk) k.speakerCorrect++;
  }
  const byRule: Record<string, FoundTally> = {};
  const byFoundKind: Record<string, FoundTally> = {};
  for (const m of matches) {
    if (!m.found) continue;
    for (const t of [(byRule[m.found.rule] ??= { found: 0, matched: 0, speakerJudged: 0, speakerCorrect: 0 }), (byFoundKind[m.found.kind] ??= { found: 0, matched: 0, speakerJudged: 0, speakerCorrect: 0 })]) {
      t.found++;
      if (m.status === 'match') t.matched++;
      if (m.speakerOk !== null) t.speakerJudged++;
      if (m.speakerOk) t.speakerCorrect++;
    }
  }
  return {
    scoring,
    threshold,
    detection,
    scareItems: scareFound + count('scare_ok'),
    scareFound,
    pieces: count('piece'),
    speaker: { judged: judged.length, correct, accuracy: judged.length === 0 ? 0 : correct / judged.length },
    byKind,
    byRule,
    byFoundKind,
    matches,
  };
}
