// Stage: find-actors.
// Reads a TaggedDoc and the actors lexicons (AnalysisContext.lexicons with use `actors`); adds
// actorMentions: every occurrence of an actor's alias, matched by the same rules as loaded
// terms (match-terms.ts: several words as one mention, `*` suffix, hyphen and space variants
// alike, lemma and plural forms, case, longest match wins), within one paragraph. A mention
// covers whole tokens: "MKO" does not occur in "MKOs'" unless an alias says so (MKO*). Each
// mention carries its voice (own, or quoted inside speech marks), as a term hit does.
import { compileLexicons, findMatches } from './terms/match-terms.js';
import { paragraphUnits, type Unit } from './terms/term-units.js';
import { quoteIndexes, voiceOf } from './tag-terms.js';
import type { ActorDoc, ActorMention, AnalysisContext, Lexicon, TaggedDoc } from './types.js';

/** The actors lexicons of a run, seen as term lexicons so the term matcher compiles them. */
const asTerms = new WeakMap<readonly Lexicon[], readonly Lexicon[]>();

function actorLexicons(lexicons: readonly Lexicon[]): readonly Lexicon[] {
  let found = asTerms.get(lexicons);
  if (!found) asTerms.set(lexicons, (found = lexicons.filter((l) => l.use === 'actors').map((l) => ({ ...l, use: 'terms' as const }))));
  return found;
}

export function findActors(doc: TaggedDoc, ctx: AnalysisContext): ActorDoc {
  const lexicons = actorLexicons(ctx.lexicons);
  if (lexicons.length === 0) return { ...doc, actorMentions: [] };
  const matcher = compileLexicons(lexicons);
  const actorMentions: ActorMention[] = [];
  const indexes = quoteIndexes(doc);
  for (const paragraph of doc.paragraphs) {
    const units = paragraphUnits(doc, paragraph);
    for (const match of findMatches(matcher, units)) {
      const first = units[match.from]!;
      const last = units[match.to - 1]!;
      if (!wholeTokens(doc, first, last)) continue;
      const span = { start: first.start, end: last.end };
      actorMentions.push({
        ...span,
        actor: match.entry.entry.category,
        alias: match.entry.entry.term,
        text: doc.text.slice(span.start, span.end),
        sentence: doc.tokens[first.token]!.sentence,
        tokens: { from: first.token, to: last.token + 1 },
        voice: voiceOf(doc, indexes, span).voice,
      });
    }
  }
  return { ...doc, actorMentions };
}

/** The match starts at its first token's start and ends at its last token's end. */
function wholeTokens(doc: TaggedDoc, first: Unit, last: Unit): boolean {
  return doc.tokens[first.token]!.start === first.start && doc.tokens[last.token]!.end === last.end;
}
