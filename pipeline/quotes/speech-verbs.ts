// Speech verbs from the lexicons loaded for the run (those with `use: speech-verbs`).
// Reads AnalysisContext.lexicons; gives a lookup from a token to the verb's lemma and
// connotation. No verb list lives in code: the lexicon file is the one source.
import type { AnalysisContext, Connotation, Lexicon, Token } from '../types.js';
import { matchForm } from '../normalize-text.js';

export interface SpeechVerb {
  readonly lemma: string;
  readonly connotation: Connotation;
  /** Tokens the cue covers (2 for "point out"). */
  readonly length: number;
}

export interface SpeechVerbIndex {
  /** The speech verb starting at `tokens[i]`, or null. Nouns and adjectives are not cues. */
  at(tokens: readonly Token[], i: number): SpeechVerb | null;
  readonly size: number;
}

const VERB_TAGS = new Set(['VERB', 'AUX']);
const NOUN_DETERMINERS = new Set(['a', 'an', 'the', 'this', 'these', 'those', 'every', 'each', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'no']);
const cache = new WeakMap<readonly Lexicon[], SpeechVerbIndex>();

export function speechVerbIndex(ctx: AnalysisContext): SpeechVerbIndex {
  const hit = cache.get(ctx.lexicons);
  if (hit) return hit;
  const index = buildIndex(ctx.lexicons.filter((l) => l.use === 'speech-verbs'));
  cache.set(ctx.lexicons, index);
  return index;
}

interface Entry {
  readonly words: readonly string[];
  readonly verb: SpeechVerb;
}

function buildIndex(lexicons: readonly Lexicon[]): SpeechVerbIndex {
  const byFirst = new Map<string, Entry[]>();
  for (const lexicon of lexicons) {
    for (const entry of lexicon.entries) {
      const words = matchForm(entry.term).split(/\s+/).filter(Boolean);
      if (words.length === 0) continue;
      const list = byFirst.get(words[0]!) ?? [];
      list.push({ words, verb: { lemma: words.join(' '), connotation: entry.connotation, length: words.length } });
      byFirst.set(words[0]!, list);
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return {
    size: byFirst.size,
    at(tokens, i) {
      const token = tokens[i];
      if (!token || token.kind !== 'word') return null;
      if (!VERB_TAGS.has(token.pos) && !isMistaggedVerb(tokens, i)) return null;
      if (isNotSpeechUse(tokens, i)) return null;
      const list = byFirst.get(token.lemma) ?? byFirst.get(token.norm);
      if (!list) return null;
      for (const entry of list) {
        if (entry.words.slice(1).every((w, k) => tokens[i + 1 + k]?.norm === w)) return entry.verb;
      }
      return null;
    },
  };
}

/** wink sometimes tags "Burton claims" as a plural noun: accept an -s noun right after a name or pronoun. */
function isMistaggedVerb(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!;
  const prev = tokens[i - 1];
  return token.pos === 'NOUN' && token.norm !== token.lemma && token.norm.endsWith('s') && (prev?.pos === 'PROPN' || prev?.pos === 'PRON');
}

/** Not a speech use: a noun ("the post", "there are reports", "on reports that") or a refusal ("declined to comment"). */
function isNotSpeechUse(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev) return false;
  if (prev.pos === 'DET' && NOUN_DETERMINERS.has(prev.norm)) return true; // "the post" (not "some say")
  if (prev.pos === 'ADP' && prev.norm !== 'to') return true; // "comment on reports that"
  if (prev.norm === 'to' && /^(declin|refus)/.test(tokens[i - 2]?.norm ?? '')) return true; // "declined to comment"
  // "newspaper comment sections": a bare verb form between two nouns (a finite verb after a
  // singular noun would be inflected: "the senator told reporters")
  const t = tokens[i]!;
  if (prev.pos === 'NOUN' && prev.norm === prev.lemma && t.norm === t.lemma && tokens[i + 1]?.pos === 'NOUN') return true;
  return prev.lemma === 'be' && tokens[i]!.norm.endsWith('s');
}
