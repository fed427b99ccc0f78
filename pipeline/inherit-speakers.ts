// Speakers for quotes without a cue of their own ("floating" quotes, quote-only paragraphs).
// Reads the drafts of a document's quotes and speech events in any order; gives the quotes in
// text order with speakers filled: the nearest speech before it in the same paragraph, else the
// person a narrative sentence of the paragraph names, else the previous quote's speaker when no
// paragraph in between names another person. Speech events (a speech verb with no reported
// clause) only lend their speaker; they are not quotes.
import type { Cue } from './find-cues.js';
import type { ResolvedSpeaker, SpeakerResolver } from './resolve-speakers.js';
import { tokenIndexAt } from './spans.js';
import type { QuoteKind, Span, TokenizedDoc } from './types.js';

export interface Draft {
  readonly kind: QuoteKind | 'event';
  readonly parts: readonly Span[];
  readonly paragraph: number;
  readonly cue: Cue | null;
  readonly speaker: ResolvedSpeaker;
  /** Position of a speech event (quotes use their first part). */
  readonly at?: number;
}

function position(d: Draft): number {
  return d.parts[0]?.start ?? d.at ?? 0;
}

export function inheritSpeakers(doc: TokenizedDoc, drafts: readonly Draft[], resolver: SpeakerResolver): Draft[] {
  const sorted = [...drafts].sort((a, b) => position(a) - position(b));
  const out: Draft[] = [];
  let lastSpeech: Draft | null = null;
  let lastQuote: Draft | null = null;
  for (let d of sorted) {
    if (d.speaker.type === 'unresolved' && d.cue === null) {
      const at = tokenIndexAt(doc.tokens, position(d));
      const inherited =
        (lastSpeech && lastSpeech.paragraph === d.paragraph ? lastSpeech.speaker : null) ??
        resolver.personInParagraph(at, d.paragraph) ??
        (lastQuote && quietSince(doc, resolver, lastQuote, at) ? lastQuote.speaker : null);
      if (inherited) d = { ...d, speaker: { ...inherited, mention: '' } };
    }
    if (d.speaker.type !== 'unresolved') lastSpeech = d;
    if (d.kind !== 'event') {
      out.push(d);
      if (d.speaker.type !== 'unresolved') lastQuote = d;
    }
  }
  return out;
}

/** No other person is named between the previous quote and token `at`. */
function quietSince(doc: TokenizedDoc, resolver: SpeakerResolver, previous: Draft, at: number): boolean {
  const from = tokenIndexAt(doc.tokens, previous.parts.at(-1)?.end ?? 0);
  return resolver.namedBetween(from, at).every((s) => s === previous.speaker.speaker);
}
