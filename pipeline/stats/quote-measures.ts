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
  return [...quotesBySpeaker(quotes).values()].sort((a, b) => b - a).slice(0, k).reduce((n, c) => n + c, 0);
}

export function loadedCueQuotes(quotes: readonly QuoteFigure[]): number {
  return quotes.filter((q) => q.cueConnotation === 'loaded').length;
}
