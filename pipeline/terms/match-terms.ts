// The lexicon matcher. Compiles term lexicons once (cached per lexicon list) and finds the
// matches in a run of units (one paragraph: no match crosses a paragraph boundary).
// Rules: an entry word equals a unit's surface form, or its lemma (write entries in base form
// to match inflections); `*` at the end of a word matches any continuation; `case: sensitive`
// compares the written form exactly; a multi-word entry matches consecutive units as one hit,
// and a hyphenated entry (so-called) also matches its parts written as one word (socalled);
// an `except` phrase overlapping a match cancels it; among overlapping matches the longest
// (in units, then characters) wins and no unit is counted twice — entries matching exactly the
// same words in different categories each keep their hit.
import { foldVariants } from '../normalize-text.js';
import { hasForm, unitsOf, type Unit } from './term-units.js';
import { tokenize } from '../tokenize.js';
import type { Lexicon, LexiconEntry } from '../types.js';

interface WordPattern {
  readonly text: string;
  readonly prefix: boolean;
  readonly caseSensitive: boolean;
}

export interface CompiledEntry {
  readonly lexicon: Lexicon;
  readonly entry: LexiconEntry;
  readonly words: readonly WordPattern[];
  readonly except: readonly (readonly WordPattern[])[];
  /** Position in the lexicon list, for a stable order among equal matches. */
  readonly order: number;
}

export interface Matcher {
  /** Entries whose first word is an exact (non-wildcard) word, by its lower-cased form. */
  readonly byFirstWord: ReadonlyMap<string, readonly CompiledEntry[]>;
  /** Entries whose first word ends in `*`, by the first character code of that word's
   *  lower-cased prefix; each list shortest prefix first. A unit is tested with startsWith
   *  against the few prefixes of its first character: no string is cut per token. */
  readonly byPrefixStart: ReadonlyMap<number, readonly PrefixEntries[]>;
}

interface PrefixEntries {
  readonly prefix: string;
  readonly entries: readonly CompiledEntry[];
}

export interface Match {
  /** Half-open range of units. */
  readonly from: number;
  readonly to: number;
  readonly entry: CompiledEntry;
}

const cache = new WeakMap<readonly Lexicon[], Matcher>();

/** The matcher for the term lexicons of a list (speech-verb lexicons are not tagged). */
export function compileLexicons(lexicons: readonly Lexicon[]): Matcher {
  const cached = cache.get(lexicons);
  if (cached) return cached;
  const byFirstWord = new Map<string, CompiledEntry[]>();
  const byFirstPrefix = new Map<string, CompiledEntry[]>();
  let order = 0;
  for (const lexicon of lexicons) {
    if (lexicon.use !== 'terms') continue;
    for (const entry of lexicon.entries) {
      const words = wordPatterns(entry.term, entry.caseSensitive);
      if (words.length === 0) continue;
      const except = entry.except.map((x) => wordPatterns(x, false)).filter((p) => p.length > 0);
      for (const variant of [words, ...joinedVariant(entry.term, words)]) {
        const compiled: CompiledEntry = { lexicon, entry, words: variant, except, order };
        const index = variant[0]!.prefix ? byFirstPrefix : byFirstWord;
        const key = variant[0]!.text.toLowerCase();
        index.set(key, [...(index.get(key) ?? []), compiled]);
      }
      order++;
    }
  }
  const byPrefixStart = new Map<number, PrefixEntries[]>();
  for (const [prefix, entries] of [...byFirstPrefix].sort((a, b) => a[0].length - b[0].length)) {
    const start = prefix.charCodeAt(0);
    byPrefixStart.set(start, [...(byPrefixStart.get(start) ?? []), { prefix, entries }]);
  }
  const matcher = { byFirstWord, byPrefixStart };
  cache.set(lexicons, matcher);
  return matcher;
}

/** A hyphenated one-word entry (so-called) also matches its parts written as one word
 *  (socalled, or So\u00ADcalled once the soft hyphen is folded away). */
function joinedVariant(term: string, words: readonly WordPattern[]): WordPattern[][] {
  if (words.length < 2 || /\s/.test(term.trim())) return [];
  return [[{ text: words.map((w) => w.text).join(''), prefix: words.at(-1)!.prefix, caseSensitive: words[0]!.caseSensitive }]];
}

/** An entry or except phrase as word patterns, split by the same tokenizer as the text. */
export function wordPatterns(phrase: string, caseSensitive: boolean): WordPattern[] {
  const out: WordPattern[] = [];
  for (const piece of phrase.trim().split(/\s+/)) {
    const prefix = piece.endsWith('*');
    const body = prefix ? piece.slice(0, -1) : piece;
    const doc = tokenize({ meta: PHRASE_META, text: body });
    const units = unitsOf(doc.tokens, 0);
    units.forEach((u, i) => out.push({ text: caseSensitive ? foldVariants(u.value) : u.norm, prefix: prefix && i === units.length - 1, caseSensitive }));
  }
  return out;
}

const PHRASE_META = { docId: '', outlet: '', date: '', title: '', url: '', author: '', origin: 'lexicon entry' };

function wordMatches(w: WordPattern, u: Unit): boolean {
  if (w.caseSensitive) return w.prefix ? foldVariants(u.value).startsWith(w.text) : foldVariants(u.value) === w.text;
  return w.prefix ? u.norm.startsWith(w.text) : hasForm(u, w.text);
}

function phraseAt(words: readonly WordPattern[], units: readonly Unit[], at: number): boolean {
  if (at < 0 || at + words.length > units.length) return false;
  return words.every((w, k) => wordMatches(w, units[at + k]!));
}

/** The matches in one paragraph's units, in text order, after exceptions and overlaps. Most
 *  units start no entry: for them nothing is allocated. */
export function findMatches(matcher: Matcher, units: readonly Unit[]): Match[] {
  const candidates: Match[] = [];
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    let entries = withEntries(null, matcher.byFirstWord.get(u.norm));
    if (u.lemma !== u.norm) entries = withEntries(entries, matcher.byFirstWord.get(u.lemma));
    for (let g = 0; g < u.guesses.length; g++) entries = withEntries(entries, matcher.byFirstWord.get(u.guesses[g]!));
    const prefixes = u.norm.length > 0 ? matcher.byPrefixStart.get(u.norm.charCodeAt(0)) : undefined;
    if (prefixes) for (let p = 0; p < prefixes.length; p++) if (u.norm.startsWith(prefixes[p]!.prefix)) (entries ??= []).push(...prefixes[p]!.entries);
    if (entries === null) continue;
    for (const e of entries) {
      if (phraseAt(e.words, units, i) && !excepted(e, units, i, i + e.words.length)) {
        candidates.push({ from: i, to: i + e.words.length, entry: e });
      }
    }
  }
  return candidates.length === 0 ? candidates : selectLongest(candidates, units);
}

/** `entries` with those of `found` it does not hold yet (a list made only when one is found). */
function withEntries(entries: CompiledEntry[] | null, found: readonly CompiledEntry[] | undefined): CompiledEntry[] | null {
  if (found) for (let k = 0; k < found.length; k++) if (!(entries ??= []).includes(found[k]!)) entries.push(found[k]!);
  return entries;
}

/** An except phrase that shares at least one unit with the match cancels it. */
function excepted(e: CompiledEntry, units: readonly Unit[], from: number, to: number): boolean {
  return e.except.some((x) => {
    for (let s = from - x.length + 1; s < to; s++) if (phraseAt(x, units, s)) return true;
    return false;
  });
}

function selectLongest(candidates: Match[], units: readonly Unit[]): Match[] {
  const chars = (m: Match): number => units[m.to - 1]!.end - units[m.from]!.start;
  // Among equal spans: an entry without wildcard first, then one equal to the words as written
  // (exiled → exiled rather than exile), then lexicon order.
  const wildcard = (m: Match): number => (m.entry.words.some((w) => w.prefix) ? 1 : 0);
  const viaLemma = (m: Match): number => (m.entry.words.some((w, k) => !w.prefix && w.text.toLowerCase() !== units[m.from + k]!.norm) ? 1 : 0);
  const ranked = [...candidates].sort(
    (a, b) =>
      b.to - b.from - (a.to - a.from) || chars(b) - chars(a) || a.from - b.from || wildcard(a) - wildcard(b) || viaLemma(a) - viaLemma(b) || a.entry.order - b.entry.order,
  );
  const taken = new Set<number>();
  const kept: Match[] = [];
  for (const m of ranked) {
    const same = kept.filter((k) => k.from === m.from && k.to === m.to);
    if (same.length > 0) {
      if (same.every((k) => k.entry.entry.category !== m.entry.entry.category)) kept.push(m);
      continue;
    }
    let free = true;
    for (let i = m.from; i < m.to && free; i++) free = !taken.has(i);
    if (!free) continue;
    for (let i = m.from; i < m.to; i++) taken.add(i);
    kept.push(m);
  }
  return kept.sort((a, b) => a.from - b.from || a.entry.order - b.entry.order);
}
