// Speakers for quotes without a cue of their own ("floating" quotes, quote-only paragraphs).
// Reads the drafts of a document's quotes and speech events in any order; gives the quotes in
// text order with speakers filled: the nearest speech before it in the same paragraph, else the
// person a narrative sentence of the paragraph names, else the previous quote's speaker when no
// paragraph in between names another person, else the one person the paragraph right before
// introduced, else nobody. Speech events (a speech verb with no reported clause) only lend
// their speaker; they are not quotes.
import type { Cue } from './find-cues.js';
import type { ResolvedSpeaker, SpeakerResolver } from './resolve-speakers.js';
import { tokenIndexAt } from '../spans.js';
import type { QuoteKind, QuoteRule, Span, TokenizedDoc } from '../types.js';

export interface Draft {
  readonly kind: QuoteKind | 'event';
  readonly parts: readonly Span[];
  readonly paragraph: number;
  readonly cue: Cue | null;
  readonly speaker: ResolvedSpeaker;
  /** Position of a speech event (quotes use their first part). */
  readonly at?: number;
  /** The rule that found it. */
  readonly rule: QuoteRule;
}

export function draftPosition(d: Pick<Draft, 'parts' | 'at'>): number {
  return d.parts[0]?.start ?? d.at ?? 0;
}

export function inheritSpeakers(doc: TokenizedDoc, drafts: readonly Draft[], resolver: SpeakerResolver): Draft[] {
  const sorted = [...drafts].sort((a, b) => draftPosition(a) - draftPosition(b));
  const out: Draft[] = [];
  let lastSpeech: Draft | null = null;
  let lastQuote: Draft | null = null;
  for (let d of sorted) {
    if (d.speaker.type === 'unresolved' && d.cue === null) {
      const at = tokenIndexAt(doc.tokens, draftPosition(d));
      const inherited =
        (lastSpeech && lastSpeech.paragraph === d.paragraph ? lastSpeech.speaker : null) ??
        resolver.personInParagraph(at, d.paragraph) ??
        (lastQuote ? fromPreviousQuote(doc, resolver, lastQuote, at) : null);
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

/**
 * The previous quote's speaker when no other person was named since its paragraph ended; else
 * the one person the paragraph right before the quote's own introduced; else nobody.
 */
function fromPreviousQuote(doc: TokenizedDoc, resolver: SpeakerResolver, previous: Draft, at: number): ResolvedSpeaker | null {
  // from the end of the previous quote's paragraph: its own attribution may name others
  // ("said the rookie defenceman, younger brother of Seth Jones")
  const end = tokenIndexAt(doc.tokens, previous.parts.at(-1)?.end ?? 0);
  const paragraph = doc.paragraphs[doc.tokens[Math.max(0, end - 1)]?.paragraph ?? 0];
  const from = paragraph ? Math.max(end, paragraph.tokens.to) : end;
  const others = resolver.namedPersonsBetween(from, at).filter((r) => r.speaker !== previous.speaker.speaker);
  if (others.length === 0) return previous.speaker;
  const before = doc.paragraphs[(doc.tokens[at]?.paragraph ?? 0) - 1];
  if (!before) return null;
  const introduced = new Set(others.filter((r) => r.at >= before.tokens.from && r.at < before.tokens.to).map((r) => r.speaker));
  if (introduced.size !== 1) return null;
  const only = others.find((r) => introduced.has(r.speaker))!;
  return { speaker: only.speaker, type: only.as, mention: '' };
}
