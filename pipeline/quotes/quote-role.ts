// Speech or scare quote? Reads one marked region with its context and the speech verbs;
// gives its role. Scare quotes, titles, nicknames and quoted labels are short fragments with
// no speech cue, sitting in a noun slot or after a labelling word ("so-called", "dubbed",
// "known as", "the name", "listed … as a"). A fragment with a cue attached is speech even when
// short (`Her time has been "life-changing," she said`).
import { cueBefore, cueIndexAfter } from './cue-position.js';
import type { RegionContext } from './quote-context.js';
import type { SpeechVerbIndex } from './speech-verbs.js';
import type { Token, TokenizedDoc } from '../types.js';
import { isCapitalized, isLowerStart } from './token-shape.js';

export type QuoteRole = 'speech' | 'scare';

/** Words right before a quote that make it a name, title or label whatever its length. */
const NAMING = new Set(['so-called', 'dubbed', 'nicknamed', 'named', 'titled', 'entitled', 'termed', 'branded', 'labelled', 'labeled', 'name', 'word', 'words', 'term', 'phrase', 'slogan', 'label', 'hashtag', 'keyword', 'motto', 'headline', 'book', 'novel', 'film', 'movie', 'song', 'album', 'show', 'series', 'play', 'poem', 'documentary', 'podcast', 'operation', 'codenamed', 'called', 'caption', 'title', 'subtitle', 'banner', 'placard']);
const NOUN_SLOT = new Set(['DET', 'ADJ', 'ADP', 'NOUN', 'PROPN', 'NUM', 'PART', 'CCONJ']);
const SHORT = 4;
const LABEL_MAX = 6;

export function classifyQuoteRole(doc: TokenizedDoc, c: RegionContext, verbs: SpeechVerbIndex, multiParagraph: boolean): QuoteRole {
  if (multiParagraph) return 'speech';
  const before = c.before;
  const lead = lastNonDeterminer(before);
  if (lead && (isNaming(before, lead) || (lead.token.norm === 'as' && c.words <= LABEL_MAX))) return 'scare';
  if (isTitle(doc, c) && before.length > 0) return 'scare';
  if (cueBefore(before, verbs) || cueIndexAfter(c, verbs) >= 0) return 'speech';
  if (c.words > SHORT) return 'speech';
  if (before.length === 0 && c.words >= 2 && endsSentence(doc, c)) return 'speech';
  const verbBefore = before.some((_, i) => verbs.at(before, i) !== null);
  // reported words in a predicate slot: "said it was ‘disappointed’", "the law “sweeps far too broadly”"
  const first = doc.tokens[c.inside.from];
  const finite = first !== undefined && isLowerStart(first.value) && (first.pos === 'VERB' || first.pos === 'AUX' || (first.norm.endsWith('s') && first.norm !== first.lemma));
  const predicate = finite && !['DET', 'ADP', 'ADJ'].includes(c.prev?.pos ?? '');
  if (verbBefore && (predicate || !(c.prev && NOUN_SLOT.has(c.prev.pos)))) return 'speech';
  return 'scare';
}

function lastNonDeterminer(before: readonly Token[]): { token: Token; index: number } | undefined {
  for (let i = before.length - 1; i >= 0; i--) {
    const t = before[i]!;
    if (t.pos === 'DET' || t.value === '-' || t.value === ',') continue;
    return { token: t, index: i };
  }
  return undefined;
}

function isNaming(before: readonly Token[], lead: { token: Token; index: number }): boolean {
  const norm = lead.token.norm;
  if (NAMING.has(norm)) return true;
  // "so - called" when wink splits the hyphen
  return norm === 'called' && before[lead.index - 2]?.norm === 'so';
}

/** Title case with two or more words: `"One Hundred Years of Solitude"`. */
function isTitle(doc: TokenizedDoc, c: RegionContext): boolean {
  if (c.words < 2) return false;
  const words = doc.tokens.slice(c.inside.from, c.inside.to).filter((t) => t.kind === 'word');
  return words.every((t) => isCapitalized(t.value) || (t.value.length <= 3 && isLowerStart(t.value))) && isCapitalized(words.at(-1)?.value ?? '');
}

function endsSentence(doc: TokenizedDoc, c: RegionContext): boolean {
  const last = doc.tokens[c.inside.to - 1];
  const next = c.after[0];
  return (last !== undefined && /^[.?!…]$/.test(last.value)) || next === undefined || /^[.?!…]$/.test(next.value);
}
