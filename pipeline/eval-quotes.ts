// Evaluating quotes and speakers against hand-annotated gold (framelens eval quotes).
// Reads gold documents (JSONL, interface.md: {"id","outlet","text","quotes":[{start,end,speaker,
// kind,mention?}]}) and an AnalysisContext; runs the pipeline on each text and matches found
// quotes to gold quotes one-to-one.
//   overlap(gold, found) = |G ∩ F| / |G|, where G and F are the word tokens (punctuation
//   excluded) lying inside the gold span and inside the found quote's parts. A pair matches at
//   threshold t when overlap ≥ t; pairs are taken greedily by overlap, each quote at most once.
//   Unmatched found quotes are false positives; a found quote lying on a gold scare item
//   (overlap ≥ t) is a false positive too, counted apart as `scare_found`.
//   Speaker accuracy (on matched pairs): the resolved speaker compared with the gold speaker
//   after folding case, punctuation, leading articles; a shorter form of the same name counts
//   ("Gharibabadi" for "Kazem Gharibabadi": same last word, its words a subset). An unresolved
//   pronoun is never right.
import { z } from 'zod';
import { analyzeDocument } from './analyze-document.js';
import { scores, type Scores } from './eval-terms.js';
import { matchForm } from './normalize-text.js';
import { GOLD_DOC, readGoldLines } from './eval/read-gold-lines.js';
import type { AnalysisContext, Problem, Quote, Token } from './types.js';

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

export type MatchStatus = 'match' | 'miss' | 'false_positive' | 'scare_found' | 'scare_ok';

export interface QuoteMatch {
  readonly doc: GoldQuoteDoc;
  readonly status: MatchStatus;
  readonly gold: GoldQuote | null;
  readonly found: Quote | null;
  readonly overlap: number;
  /** null when not judged (no match, or no gold speaker given). */
  readonly speakerOk: boolean | null;
}

export interface QuoteEvaluation {
  readonly threshold: number;
  readonly detection: Scores;
  readonly scareItems: number;
  readonly scareFound: number;
  readonly speaker: { readonly judged: number; readonly correct: number; readonly accuracy: number };
  readonly byKind: Readonly<Record<string, { gold: number; matched: number; speakerJudged: number; speakerCorrect: number }>>;
  readonly matches: readonly QuoteMatch[];
}

export function evaluateQuotes(docs: readonly GoldQuoteDoc[], ctx: AnalysisContext, thresholds: readonly number[] = [0.3, 0.8]): QuoteEvaluation[] {
  const analysed = docs.map((gold) => {
    const doc = analyzeDocument({ meta: { docId: gold.id, outlet: gold.outlet, date: '', title: '', url: '', author: '', origin: gold.id }, text: gold.text }, ctx);
    return { gold, tokens: doc.tokens.filter((t) => t.kind !== 'punctuation'), quotes: doc.quotes };
  });
  return thresholds.map((threshold) => {
    const matches = analysed.flatMap((a) => matchDocument(a.gold, a.tokens, a.quotes, threshold));
    return summarize(threshold, matches);
  });
}

function wordSet(tokens: readonly Token[], spans: readonly { start: number; end: number }[]): Set<number> {
  const set = new Set<number>();
  tokens.forEach((t, i) => {
    if (spans.some((s) => t.start >= s.start && t.end <= s.end)) set.add(i);
  });
  return set;
}

function matchDocument(doc: GoldQuoteDoc, tokens: readonly Token[], found: readonly Quote[], threshold: number): QuoteMatch[] {
  const goldSets = doc.quotes.map((g) => wordSet(tokens, g.parts ?? [g]));
  const foundSets = found.map((f) => wordSet(tokens, f.parts));
  const pairs: { g: number; f: number; overlap: number }[] = [];
  goldSets.forEach((G, g) => foundSets.forEach((F, f) => {
    const shared = [...G].filter((i) => F.has(i)).length;
    const overlap = G.size === 0 ? 0 : shared / G.size;
    if (overlap >= threshold && shared > 0) pairs.push({ g, f, overlap });
  }));
  // Real quotes first, then scare items with the found quotes left: a quote holding a scare
  // word ("has brought a “huge” case") is matched to its quote, not to the scare item.
  const scare = (g: number) => (doc.quotes[g]!.kind === 'scare' ? 1 : 0);
  pairs.sort((a, b) => scare(a.g) - scare(b.g) || b.overlap - a.overlap || a.g - b.g || a.f - b.f);
  const goldUsed = new Map<number, { f: number; overlap: number }>();
  const foundUsed = new Set<number>();
  for (const p of pairs) {
    if (goldUsed.has(p.g) || foundUsed.has(p.f)) continue;
    goldUsed.set(p.g, p);
    foundUsed.add(p.f);
  }
  const out: QuoteMatch[] = doc.quotes.map((gold, g) => {
    const m = goldUsed.get(g);
    const f = m ? found[m.f]! : null;
    if (gold.kind === 'scare') return { doc, status: f ? 'scare_found' : 'scare_ok', gold, found: f, overlap: m?.overlap ?? 0, speakerOk: null };
    const speakerOk = f && gold.speaker !== null ? sameSpeaker(gold.speaker, f.speaker) : null;
    return { doc, status: f ? 'match' : 'miss', gold, found: f, overlap: m?.overlap ?? 0, speakerOk };
  });
  found.forEach((f, i) => {
    if (!foundUsed.has(i)) out.push({ doc, status: 'false_positive', gold: null, found: f, overlap: 0, speakerOk: null });
  });
  return out;
}

function nameWords(s: string): string[] {
  return matchForm(s).replace(/[^\p{L}\p{N}\s-]/gu, ' ').split(/\s+/).filter(Boolean).filter((w, i) => !(i === 0 && ['the', 'a', 'an'].includes(w)));
}

/** Same speaker: equal after folding, or a shorter form of the same name. */
export function sameSpeaker(gold: string, found: string): boolean {
  const g = nameWords(gold);
  const f = nameWords(found);
  if (f.length === 0 || g.length === 0) return f.length === g.length;
  if (g.join(' ') === f.join(' ')) return true;
  const [short, long] = g.length <= f.length ? [g, f] : [f, g];
  return short.at(-1) === long.at(-1) && short.every((w) => long.includes(w));
}

function summarize(threshold: number, matches: readonly QuoteMatch[]): QuoteEvaluation {
  const count = (s: MatchStatus) => matches.filter((m) => m.status === s).length;
  const tp = count('match');
  const scareFound = count('scare_found');
  const detection = scores(tp, count('false_positive') + scareFound, count('miss'));
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
  return {
    threshold,
    detection,
    scareItems: scareFound + count('scare_ok'),
    scareFound,
    speaker: { judged: judged.length, correct, accuracy: judged.length === 0 ? 0 : correct / judged.length },
    byKind,
    matches,
  };
}
