// Stage: attribute-quotes.
// Reads a QuotedDoc and the speech-verb lexicons; adds quotes: direct and partial quotes from
// the speech regions (a split quote `“…,” X said, “…”` is one quote of two parts) and indirect
// quotes from reported clauses, each with its canonical speaker, the words the text uses for
// the speaker, the speaker type and the cue verb (lemma, connotation). A quote with no cue of
// its own (a "floating" quote-only paragraph) takes the speaker of the nearest speech before it
// in its paragraph, else the person a narrative sentence of its paragraph names, else the
// previous quote's speaker unless a paragraph in between names someone else (then the one person
// the paragraph right before introduced, else nobody). Speakers are read
// in text order, so a pronoun can point back to a description resolved just before it.
import { cueOfRegion, sentenceSubject, type Cue } from './quotes/find-cues.js';
import { findIndirectQuotes } from './quotes/find-indirect-quotes.js';
import { findPullQuotes } from './quotes/find-pull-quotes.js';
import { collectDocWords, findNameMentions, type NameMention } from './quotes/name-mentions.js';
import { regionContext, regionMembership, type RegionContext } from './quotes/quote-context.js';
import { cueBefore } from './quotes/cue-position.js';
import { firstAtOrAfter } from './quotes/sorted-lookup.js';
import { SpeakerResolver, UNRESOLVED, type ResolvedSpeaker } from './quotes/resolve-speakers.js';
import { PERSON_NOUNS, useQuoteWords } from './quotes/name-words.js';
import { isCapitalized, isDash, PERSON_SUFFIX } from './quotes/token-shape.js';
import { headOf, readSpeakerPhrase } from './quotes/speaker-phrase.js';
import { speechVerbIndex } from './quotes/speech-verbs.js';
import { draftPosition, inheritSpeakers, type Draft } from './quotes/inherit-speakers.js';
import { findFurniture, isFurniture } from './quotes/page-furniture.js';
import { tokenIndexAt } from './spans.js';
import type { AnalysisContext, AttributedDoc, IndexRange, QuotedDoc, Quote, QuoteKind, Span } from './types.js';

export function attributeQuotes(doc: QuotedDoc, ctx: AnalysisContext): AttributedDoc {
  useQuoteWords(ctx);
  const { tokens, quoteRegions: regions } = doc;
  const verbs = speechVerbIndex(ctx);
  const owner = regionMembership(tokens, regions);
  const names = findNameMentions(doc, (i) => owner[i]! >= 0, collectDocWords(tokens));
  // headlines, bylines, captions, "READ MORE:" lines are no speech and name no referent
  const furniture = findFurniture(doc);
  const resolver = new SpeakerResolver(doc, names, furniture);
  const speak = (phrase: IndexRange | null, beforeVerb = true): ResolvedSpeaker => {
    if (!phrase || phrase.to <= phrase.from) return UNRESOLVED;
    const m = readSpeakerPhrase(tokens, doc.text, phrase.from, phrase.to, names, beforeVerb);
    if (!m) return UNRESOLVED;
    const r = resolver.resolve(m);
    if (m.form === 'description') resolver.note(r, m.from);
    return r;
  };
  noteDescribedPeople(doc, owner, names, resolver);
  const drafts: Pending[] = [];
  const usedCues = new Set<number>();
  let previous: { draft: Pending; context: RegionContext } | null = null;
  const partialRegions = new Set<number>();
  regions.forEach((region, k) => {
    if (region.role !== 'speech') return;
    const context = regionContext(doc, regions, owner, k);
    const cue = cueOfRegion(tokens, context, verbs);
    if (cue?.attached) usedCues.add(cue.verb);
    const part: Span = { start: region.start, end: region.end };
    const paragraph = tokens[context.inside.from]?.paragraph ?? tokens[context.beforeRange.to]?.paragraph ?? 0;
    if (previous && isSecondPart(previous.context, context, cue)) {
      const merged: Pending = { ...previous.draft, kind: 'direct', parts: [...previous.draft.parts, part] };
      drafts[drafts.length - 1] = merged;
      previous = { draft: merged, context };
      return;
    }
    const kind = regionKind(context, verbs, spansParagraphs(doc, region));
    if (kind === 'partial') partialRegions.add(k);
    // A partial quote with no speech verb ("Tehran criticized …, describing it as a “…”"): its sentence's subject.
    const dash = cue ? null : dashByline(tokens, context);
    const phrase = cue ? cue.phrase : dash ?? (kind === 'partial' ? sentenceSubject(tokens, context.beforeRange.from, context.beforeRange.to) : null);
    const rule = cue ? 'marks-cue' : dash ? 'marks-dash' : phrase ? 'marks-subject' : 'marks-floating';
    const draft: Pending = { kind, parts: [part], paragraph, cue, phrase, beforeVerb: dash ? false : !cue || cue.phrase.from < cue.verb, rule };
    drafts.push(draft);
    previous = { draft, context };
  });
  // `We will rebuild. Jane Roe, fire chief`: unmarked words closed by their speaker's name
  for (const pull of findPullQuotes(doc, owner, names)) drafts.push({ kind: 'direct', parts: [pull.part], paragraph: pull.paragraph, cue: null, phrase: pull.phrase, beforeVerb: false, rule: 'pull-quote' });
  const clauses: Span[] = [];
  for (const indirect of findIndirectQuotes(doc, owner, (r) => regions[r]!.role === 'speech', usedCues, verbs, (r) => partialRegions.has(r))) {
    const paragraph = tokens[indirect.cue.verb]!.paragraph;
    const { cue, clause, rule, rest } = indirect;
    // a reported clause holding quoted words is one partial quote covering the clause
    if (clause && rule === 'marks-clause') clauses.push(clause);
    drafts.push({ kind: clause ? (rule === 'marks-clause' ? 'partial' : 'indirect') : 'event', parts: clause ? [clause, ...(rest ? [rest] : [])] : [], paragraph, cue, phrase: cue.phrase, beforeVerb: cue.phrase.from < cue.verb, at: tokens[cue.verb]!.start, rule: clause ? rule : 'speech-event' });
  }
  // the quotations such a clause holds are part of it, not quotes of their own
  // (clauses in text order; a binary search finds the last clause starting at or before p)
  clauses.sort((a, b) => a.start - b.start);
  const inClause = (p: Span) => {
    const i = firstAtOrAfter(clauses, (c) => c.start, p.start + 1) - 1;
    for (let k = i; k >= 0 && k > i - 4; k--) if (p.start < clauses[k]!.end) return true;
    return false;
  };
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i]!;
    if (d.rule === 'marks-clause' || d.kind === 'event' || !d.parts.some(inClause)) continue;
    const parts = d.parts.filter((p) => !inClause(p));
    if (parts.length === 0) drafts.splice(i, 1);
    else drafts[i] = { ...d, parts };
  }
  for (let i = drafts.length - 1; i >= 0; i--) {
    const at = tokenIndexAt(tokens, draftPosition(drafts[i]!));
    if (tokens[at] && isFurniture(furniture, tokens[at]!)) drafts.splice(i, 1);
  }
  // Speakers in text order, so that "she" can point back to "the senator" resolved just before.
  const resolved = drafts.sort((a, b) => draftPosition(a) - draftPosition(b)).map(({ phrase, beforeVerb, ...d }): Draft => ({ ...d, speaker: speak(phrase, beforeVerb) }));
  // one row per segment; the segments of a split quote share their utterance
  const quotes = inheritSpeakers(doc, resolved, resolver)
    .flatMap((d, u) => d.parts.map((part, k) => ({ d, part, utterance: u, second: k > 0 })))
    .map(({ d, part, utterance, second }, i) => toQuote(doc, d, part, i, utterance, second));
  return { ...doc, quotes };
}

/** "A nurse who has worked here … described shifts": an unnamed person a later "she" may mean. */
function noteDescribedPeople(doc: QuotedDoc, owner: Int32Array, names: readonly NameMention[], resolver: SpeakerResolver): void {
  const { tokens } = doc;
  for (const s of doc.sentences) {
    const phrase = sentenceSubject(tokens, s.tokens.from, s.tokens.to);
    if (!phrase || phrase.to <= phrase.from || owner[phrase.from]! >= 0 || owner[phrase.to]! >= 0) continue;
    // The mention read below lies inside the phrase and must open with one of these: most
    // subjects hold none, and are not read at all.
    if (!holdsIndefinite(tokens, phrase)) continue;
    const m = readSpeakerPhrase(tokens, doc.text, phrase.from, phrase.to, names);
    const head = m && headOf(tokens, m);
    if (!m || !head || m.form !== 'description' || m.definite || m.hint === 'organization' || head.norm !== head.lemma) continue;
    if (!INDEFINITES.has(tokens[m.from]!.norm) || !isPersonNoun(head.norm)) continue;
    resolver.note({ speaker: m.text.replace(/^(a|an)\s+/i, ''), type: m.hint, mention: m.text }, m.from, false);
  }
}

/** The words that open a described person: "a nurse", "one resident", "another official". */
const INDEFINITES = new Set(['a', 'an', 'one', 'another']);

function holdsIndefinite(tokens: QuotedDoc['tokens'], range: IndexRange): boolean {
  for (let k = range.from; k < range.to; k++) if (INDEFINITES.has(tokens[k]!.norm)) return true;
  return false;
}

function isPersonNoun(noun: string): boolean {
  return PERSON_NOUNS.has(noun) || PERSON_SUFFIX.test(noun);
}

/** `“…” ― Jane Roe, fire chief`: a name after a dash closing the quotation's paragraph. */
function dashByline(tokens: QuotedDoc['tokens'], c: RegionContext): IndexRange | null {
  const { from, to } = c.afterRange;
  if (to - from < 2 || !isDash(tokens[from]!.value, true)) return null;
  let end = to;
  while (end > from + 1 && tokens[end - 1]!.kind === 'punctuation') end--;
  const name = tokens.slice(from + 1, end);
  if (name.length === 0 || name.length > 10 || !isCapitalized(name[0]!.value) || name.some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return null;
  return { from: from + 1, to: end };
}

/** A draft before its speaker is read: the speaker phrase, and whether it precedes its verb. */
type Pending = Omit<Draft, 'speaker'> & { readonly phrase: IndexRange | null; readonly beforeVerb: boolean };

/** `“A,” she said, “B.”`: the second quotation follows the attribution after a comma or colon. */
function isSecondPart(first: RegionContext, second: RegionContext, cue: Cue | null): boolean {
  const between = first.afterRange;
  const joined = [',', ':'].includes(second.before.at(-1)?.value ?? '');
  return cue !== null && joined && second.before.length > 0 && second.beforeRange.from === between.from && cue.verb >= between.from && cue.verb < between.to;
}

function regionKind(c: RegionContext, verbs: ReturnType<typeof speechVerbIndex>, multiParagraph: boolean): QuoteKind {
  if (multiParagraph || c.before.length === 0 || cueBefore(c.before, verbs)) return 'direct';
  return 'partial';
}

function spansParagraphs(doc: QuotedDoc, s: Span): boolean {
  return doc.text.slice(s.start, s.end).includes('\n');
}

function toQuote(doc: QuotedDoc, d: Draft, part: Span, i: number, utterance: number, second: boolean): Quote {
  const cueToken = d.cue ? doc.tokens[d.cue.verb] : undefined;
  const cueWords = d.cue && cueToken ? doc.tokens.slice(d.cue.verb, d.cue.verb + d.cue.info.length).map((t) => t.value).join(' ') : '';
  return {
    quoteId: `q${i + 1}`,
    kind: d.kind as QuoteKind,
    parts: [part],
    start: part.start,
    end: part.end,
    speaker: d.speaker.speaker,
    speakerMention: d.speaker.mention,
    speakerType: d.speaker.type,
    cue: cueWords,
    cueLemma: d.cue?.info.lemma ?? '',
    cueConnotation: d.cue?.info.connotation ?? '',
    utteranceId: `u${utterance + 1}`,
    rule: second && d.rule.startsWith('marks') ? 'marks-split' : d.rule,
  };
}
