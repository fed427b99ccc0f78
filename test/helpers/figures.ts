// Builds DocFigures and RunTotals by hand for statistics tests: a document is its outlet,
// tokens, hits (category, optional term and voice) and quotes (speaker type, loaded cue).
import { RunTotals } from '../../pipeline/stats/run-totals.js';
import { DEFAULT_STATS_OPTIONS, type StatsOptions } from '../../pipeline/stats/stats-options.js';
import type { DocFigures, HitFigure, Lexicon, QuoteFigure, SpeakerType, Voice } from '../../pipeline/types.js';

export interface HitSpec {
  readonly category: string;
  readonly term?: string;
  readonly voice?: Voice;
  readonly sentence?: number;
}

export interface QuoteSpec {
  readonly type: SpeakerType;
  readonly loaded?: boolean;
}

export function hitFigure(h: HitSpec): HitFigure {
  const term = h.term ?? h.category;
  return { sentence: h.sentence ?? 0, term, category: h.category, lexicon: 'test', voice: h.voice ?? 'own', scareQuoted: false, negated: false, form: term, target: '', speaker: '', quoteKind: '' };
}

export function quoteFigure(q: QuoteSpec): QuoteFigure {
  return { sentence: 0, kind: 'direct', speaker: q.type, speakerType: q.type, words: 3, cueLemma: q.loaded ? 'claim' : 'say', cueConnotation: q.loaded ? 'loaded' : 'neutral' };
}

export function docFigures(docId: string, outlet: string, tokens: number, hits: readonly HitSpec[] = [], quotes: readonly QuoteSpec[] = [], date = ''): DocFigures {
  return {
    docId, outlet, date, tokens, sentences: 1,
    hits: hits.map(hitFigure), quotes: quotes.map(quoteFigure),
    sentenceHashes: [], sentenceTokens: [tokens], duplicateSentences: [], actors: [], candidates: [], dupKey: '',
  };
}

/** `n` hits of `category`. */
export const hits = (n: number, category = 'loaded', voice: Voice = 'own'): HitSpec[] => Array.from({ length: n }, () => ({ category, voice }));

export function lexiconOf(categories: readonly string[]): Lexicon {
  return {
    id: 'test', version: '1', description: '', use: 'terms', file: 'test.yaml', sha256: '',
    categories: Object.fromEntries(categories.map((c) => [c, c])), entries: [],
  };
}

export function totalsFrom(docs: readonly DocFigures[], options: Partial<StatsOptions> = {}, categories: readonly string[] = ['loaded']): RunTotals {
  const totals = new RunTotals([lexiconOf(categories)], { ...DEFAULT_STATS_OPTIONS, ...options });
  for (const d of docs) totals.addFigures(d);
  return totals;
}

/** A summary report's rows as column → cell value. */
export function rowsOf<Row>(spec: { rows: (t: RunTotals) => Iterable<Row>; columns: readonly { name: string; value: (r: Row) => unknown }[] }, totals: RunTotals): Record<string, any>[] {
  return [...spec.rows(totals)].map((row) => Object.fromEntries(spec.columns.map((c) => [c.name, c.value(row)])));
}
