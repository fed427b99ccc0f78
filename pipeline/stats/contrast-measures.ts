// The measures outlet_contrasts.csv compares: each term category's hits per 1,000 tokens, and
// the quote measures — quotes per 1,000 tokens, the share of quotes by each speaker type
// (person, organization, nominal, anonymous, unresolved) and the share introduced by a cue
// verb the speech-verb lexicon marks `loaded`. Every measure is a ratio of sums,
// scale · Σ numerator / Σ denominator over a set of documents, so it can be bootstrapped by
// resampling documents (bootstrap.ts). A document's per-measure figures are its columns.
// The quote counts come from quote-measures.ts, as outlet_summary.csv's shares do.
import type { DocFigures } from '../types.js';
import { ColumnSet } from './bootstrap.js';
import { loadedCueQuotes, quotesBySpeakerType, SPEAKER_TYPES } from './quote-measures.js';

export type Unit = 'per_1k_tokens' | 'share_of_quotes';

export interface Measure {
  readonly name: string;
  readonly unit: Unit;
  /** Column names of the numerator and the denominator. */
  readonly num: string;
  readonly den: 'tokens' | 'quotes';
  readonly scale: number;
}

/** The measures, categories first (in the order given), then the quote measures. */
export function contrastMeasures(categories: readonly string[]): Measure[] {
  return [
    ...categories.map((c): Measure => ({ name: c, unit: 'per_1k_tokens', num: `category\u0000${c}`, den: 'tokens', scale: 1000 })),
    { name: 'quotes_per_1k_tokens', unit: 'per_1k_tokens', num: 'quotes', den: 'tokens', scale: 1000 },
    ...SPEAKER_TYPES.map((t): Measure => ({ name: `quote_share_${t}`, unit: 'share_of_quotes', num: `type\u0000${t}`, den: 'quotes', scale: 1 })),
    { name: 'quote_share_loaded_cue', unit: 'share_of_quotes', num: 'loaded-cue', den: 'quotes', scale: 1 },
  ];
}

/** Every column the measures read, in a fixed order: tokens, quotes, then numerators. */
export function measureColumns(measures: readonly Measure[]): string[] {
  return [...new Set(['tokens', 'quotes', ...measures.map((m) => m.num)])];
}

/** A set of documents as the measures' columns. */
export function contrastColumns(docs: Iterable<DocFigures>): ColumnSet {
  const set = new ColumnSet();
  for (const doc of docs) {
    set.nextDoc();
    set.add('tokens', doc.tokens);
    set.add('quotes', doc.quotes.length);
    for (const h of doc.hits) set.add(`category\u0000${h.category}`, 1);
    const byType = quotesBySpeakerType(doc.quotes);
    for (const t of SPEAKER_TYPES) if (byType[t] > 0) set.add(`type\u0000${t}`, byType[t]);
    const loaded = loadedCueQuotes(doc.quotes);
    if (loaded > 0) set.add('loaded-cue', loaded);
  }
  return set;
}
