// Stage: tag-terms.
// Reads an AttributedDoc and the term lexicons (AnalysisContext.lexicons with use `terms`);
// adds hits: loaded-term matches (rules in match-terms.ts), each with its voice and speaker,
// scare-quote mark, negation, sentence, offsets and KWIC context.
//   voice `quoted`: the hit lies inside quotation marks used for speech (a direct or partial
//   quote, or marks the quotes stage took for speech); otherwise `own`. Reported speech without
//   marks (an indirect quote) is the outlet's paraphrase, so its words stay in the outlet's own
//   voice; speaker and quoteKind still say whose statement it reports.
//   scareQuoted: the hit lies inside marks that are not speech. The words are still the
//   outlet's own choice (voice own), but marked, so a scholar can filter on scare_quoted.
// The regions and quotes a hit lies in are found through span indexes (terms/span-index.ts),
// so tagging stays linear in document length however many quotes a document holds.
import { compileLexicons, findMatches, type Match } from './terms/match-terms.js';
import { SpanIndex } from './terms/span-index.js';
import { paragraphUnits, type Unit } from './terms/term-units.js';
import type { AnalysisContext, AttributedDoc, QuoteRegion, Span, TaggedDoc, TermHit, Token, Voice } from './types.js';

/** Where hits look up their voice: speech regions, scare regions, quotes by their parts. */
export interface QuoteIndexes {
  readonly speech: SpanIndex;
  readonly scare: SpanIndex;
  readonly quotes: SpanIndex;
}

export function tagTerms(doc: AttributedDoc, ctx: AnalysisContext): TaggedDoc {
  const matcher = compileLexicons(ctx.lexicons);
  const hits: TermHit[] = [];
  let indexes: QuoteIndexes | null = null;
  for (const paragraph of doc.paragraphs) {
    const units = paragraphUnits(doc, paragraph);
    for (const match of findMatches(matcher, units)) {
      indexes ??= quoteIndexes(doc);
      hits.push(toHit(doc, indexes, units, match, ctx.kwicWindow));
    }
  }
  return { ...doc, hits };
}

export function quoteIndexes(doc: AttributedDoc): QuoteIndexes {
  const regions = (role: QuoteRegion['role']): SpanIndex => {
    const of = doc.quoteRegions.filter((r) => r.role === role);
    return new SpanIndex(of, (i) => [of[i]!]);
  };
  return { speech: regions('speech'), scare: regions('scare'), quotes: new SpanIndex(doc.quotes, (i) => doc.quotes[i]!.parts) };
}

function toHit(doc: AttributedDoc, indexes: QuoteIndexes, units: readonly Unit[], match: Match, window: number): TermHit {
  const first = units[match.from]!;
  const last = units[match.to - 1]!;
  const span: Span = { start: first.start, end: last.end };
  const tokens = { from: first.token, to: last.token + 1 };
  const { voice, speaker, quoteKind } = voiceOf(doc, indexes, span);
  const { entry, lexicon } = match.entry;
  const context = kwic(doc, tokens, span, window);
  // Every field written out: spreading an object and adding fields is a slow path in V8.
  return {
    start: span.start,
    end: span.end,
    sentence: doc.tokens[first.token]!.sentence,
    tokens,
    text: doc.text.slice(span.start, span.end),
    term: entry.term,
    category: entry.category,
    lexicon: lexicon.id,
    voice,
    speaker,
    quoteKind,
    scareQuoted: indexes.scare.firstOverlapping(span) >= 0,
    negated: doc.tokens.slice(tokens.from, tokens.to).some((t) => t.negated),
    target: '',
    left: context.left,
    right: context.right,
  };
}

export function voiceOf(doc: AttributedDoc, indexes: QuoteIndexes, span: Span): Pick<TermHit, 'voice' | 'speaker' | 'quoteKind'> {
  const inSpeech = indexes.speech.firstOverlapping(span) >= 0;
  const quote = doc.quotes[indexes.quotes.firstOverlapping(span)];
  const voice: Voice = inSpeech || (quote !== undefined && quote.kind !== 'indirect') ? 'quoted' : 'own';
  return { voice, speaker: quote?.speaker ?? '', quoteKind: quote?.kind ?? '' };
}

/** Up to `window` words each side, within the hit's paragraph, as written. */
function kwic(doc: AttributedDoc, tokens: { from: number; to: number }, span: Span, window: number): { left: string; right: string } {
  const paragraph = doc.paragraphs[doc.tokens[tokens.from]!.paragraph]!;
  const isWord = (t: Token): boolean => t.kind !== 'punctuation' && !/^['’]/.test(t.value); // ’s is no word
  let leftStart = doc.tokens[tokens.from]!.start;
  for (let i = tokens.from - 1, n = 0; i >= paragraph.tokens.from && n < window; i--) {
    if (isWord(doc.tokens[i]!)) n++;
    leftStart = doc.tokens[i]!.start;
  }
  let rightEnd = doc.tokens[tokens.to - 1]!.end;
  for (let i = tokens.to, n = 0; i < paragraph.tokens.to && n < window; i++) {
    if (isWord(doc.tokens[i]!)) n++;
    rightEnd = doc.tokens[i]!.end;
  }
  return {
    left: window > 0 ? doc.text.slice(Math.min(leftStart, span.start), span.start).trim() : '',
    right: window > 0 ? doc.text.slice(span.end, Math.max(rightEnd, span.end)).trim() : '',
  };
}
