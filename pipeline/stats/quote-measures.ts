// Quote measures of a set of quotes (an outlet's, or a bootstrap resample of its documents'):
// pure functions of QuoteFigure lists, shared by outlet_summary.csv and the outlet contrasts.
// Every share is over all the quotes given (direct, partial and indirect; unresolved included).
//   - speaker type share: quotes whose speaker_type is the type / all quotes;
//   - unique speakers: distinct non-empty canonical speaker names (one name in two documents
//     counts once);
//   - top-5 share: quotes of the five speakers with most quotes / all quotes (unresolved quotes,
//     with no speaker, are never a top speaker; ties do not change the sum);
//   - loaded-cue share: quotes introduced by a verb the speech-verb lexicon marks `loaded`
//     ("claimed", "admitted") / all quotes.
import type { QuoteFigure, SpeakerType } from '../types.js';

export const SPEAKER_TYPES: readonly SpeakerType[] = ['person', 'organization', 'nominal', 'anonymous', 'unresolved'];
export const TOP_SPEAKERS = 5;

/** Quotes of each speaker type. */
export function quotesBySpeakerType(quotes: readonly QuoteFigure[]): Record<SpeakerType, number> {
  const counts: Record<SpeakerType, number> = { person: 0, organization: 0, nominal: 0, anonymous: 0, unresolved: 0 };
  for (const q of quotes) counts[q.speakerType]++;
  return counts;
}

/** Quotes per non-empty speaker name. */
export function quotesBySpeaker(quotes: readonly QuoteFigure[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const q of quotes) if (q.speaker !== '') counts.set(q.speaker, (counts.get(q.speaker) ?? 0) + 1);
  return counts;
}

export function uniqueSpeakers(quotes: readonly QuoteFigure[]): number {
  return quotesBySpeaker(quotes).size;
}

/** Quotes of the `k` speakers quoted most often. */
export function topSpeakerQuotes(quotes: readonly QuoteFigure[], k: number = TOP_SPEAKERS): number {
  return topCounts(quotesBySpeaker(quotes), k);
}

/** Σ of the `k` largest counts. */
function topCounts(bySpeaker: ReadonlyMap<string, number>, k: number): number {
  return [...bySpeaker.values()].sort((a, b) => b - a).slice(0, k).reduce((n, c) => n + c, 0);
}

export function loadedCueQuotes(quotes: readonly QuoteFigure[]): number {
  return quotes.filter((q) => q.cueConnotation === 'loaded').length;
}

/** The quote measures of many documents' quotes, added document by document (so an outlet's
 *  quotes need not be held at once): the same figures as the functions above on all of them. */
export class QuoteTally {
  quotes = 0;
  loaded = 0;
  readonly byType: Record<SpeakerType, number> = { person: 0, organization: 0, nominal: 0, anonymous: 0, unresolved: 0 };
  readonly #bySpeaker = new Map<string, number>();

  add(quotes: readonly QuoteFigure[]): void {
    this.quotes += quotes.length;
    this.loaded += loadedCueQuotes(quotes);
    const types = quotesBySpeakerType(quotes);
    for (const t of SPEAKER_TYPES) this.byType[t] += types[t];
    for (const [speaker, n] of quotesBySpeaker(quotes)) this.#bySpeaker.set(speaker, (this.#bySpeaker.get(speaker) ?? 0) + n);
  }

  get uniqueSpeakers(): number {
    return this.#bySpeaker.size;
  }

  topSpeakerQuotes(k: number = TOP_SPEAKERS): number {
    return topCounts(this.#bySpeaker, k);
  }
}
