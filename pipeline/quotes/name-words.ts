// Word lists the quote rules consult, read from lexicons with `use: quote-words` (the bundled
// lexicons/quote-words.yaml, plus any a user adds: their entries join the bundled ones): titles
// and honorifics (stripped from names), organisation and place words, name particles, calendar
// words, anonymous heads, person nouns, document nouns, group words, anonymity phrases and role families
// that let a description ("the Iranian diplomat") find the person named earlier in that role.
// No list lives in code. The stages call useQuoteWords(ctx) first (other readers
// ensureQuoteWords()); the exported lists are live bindings to the lists of the run's lexicons.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { validateLexiconData, toEntry } from '../lexicon/lexicon-schema.js';
import { matchForm } from '../normalize-text.js';
import { BUNDLED_QUOTE_WORDS } from '../lexicon/resolve-lexicons.js';
import type { AnalysisContext, Lexicon, LexiconEntry } from '../types.js';


interface QuoteWords {
  readonly byCategory: ReadonlyMap<string, ReadonlySet<string>>;
  readonly roleFamilies: ReadonlyMap<string, ReadonlySet<string>>;
  readonly anonymity: RegExp;
}

function build(entries: readonly LexiconEntry[]): QuoteWords {
  const byCategory = new Map<string, Set<string>>();
  const roleFamilies = new Map<string, Set<string>>();
  for (const e of entries) {
    if (e.category === 'role-family') {
      const [role, words] = e.term.split(':');
      const family = roleFamilies.get(matchForm(role!.trim())) ?? new Set<string>();
      for (const w of (words ?? '').split(/\s+/).filter(Boolean)) family.add(matchForm(w));
      roleFamilies.set(matchForm(role!.trim()), family);
      continue;
    }
    const set = byCategory.get(e.category) ?? new Set<string>();
    set.add(matchForm(e.term));
    byCategory.set(e.category, set);
  }
  const phrases = [...(byCategory.get('anonymity') ?? [])].map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
  const anonymity = phrases.length > 0 ? new RegExp(`\\b(${phrases.join('|')})\\b`, 'i') : /$^/;
  return { byCategory, roleFamilies, anonymity };
}

function bundledEntries(): LexiconEntry[] {
  const { data, problems } = validateLexiconData(parse(readFileSync(BUNDLED_QUOTE_WORDS, 'utf8')));
  if (!data) throw new Error(`bundled quote-words lexicon is invalid: ${problems.map((p) => p.message).join('; ')}`);
  return data.entries.map(toEntry);
}

// read only when a run's lexicons hold no quote words (a run's resolved lexicons always do):
// parsing the file costs about half a second, not to be paid at every import
let bundledWords: QuoteWords | null = null;
let bundledList: LexiconEntry[] | null = null;
const BUNDLED_ENTRIES = (): LexiconEntry[] => (bundledList ??= bundledEntries());
const BUNDLED = (): QuoteWords => (bundledWords ??= build(BUNDLED_ENTRIES()));
const cache = new WeakMap<readonly Lexicon[], QuoteWords>();
const EMPTY: ReadonlySet<string> = new Set();
const list = (w: QuoteWords, category: string): ReadonlySet<string> => w.byCategory.get(category) ?? EMPTY;

/** Titles, honorifics and role words that precede a name and are not part of it. */
export let TITLE_WORDS: ReadonlySet<string> = EMPTY;
/** Words that make a capitalised run an organisation (or a place used for its government). */
export let ORGANIZATION_WORDS: ReadonlySet<string> = EMPTY;
/** Lower-case particles allowed inside a personal name. */
export let NAME_PARTICLES: ReadonlySet<string> = EMPTY;
export let CALENDAR_WORDS: ReadonlySet<string> = EMPTY;
/** Prepositions after which a capitalised name is a place ("in Tehran", "near Tirana"). */
export let PLACE_PREPOSITIONS: ReadonlySet<string> = EMPTY;
/** Head nouns of descriptions that stand for an unnamed source. */
export let ANONYMOUS_HEADS: ReadonlySet<string> = EMPTY;
/** Common nouns that stand for an organisation ("the ministry said", "police said"). */
export let ORGANIZATION_NOUNS: ReadonlySet<string> = EMPTY;
export let PRONOUNS: ReadonlySet<string> = EMPTY;
/** Countries and capitals often in the news: a speaker so named is its government. */
export let PLACE_NAMES: ReadonlySet<string> = EMPTY;
/** Nouns for people, beyond the role suffixes (PERSON_SUFFIX in token-shape.ts). */
export let PERSON_NOUNS: ReadonlySet<string> = EMPTY;
/** What a body publishes: "according to its latest outlook" is the body speaking. */
export let DOCUMENT_NOUNS: ReadonlySet<string> = EMPTY;
/** Heads that keep their relative clause: "those who have followed the group". */
export let BARE_HEADS: ReadonlySet<string> = EMPTY;
/** Phrases that make a speaker anonymous ("declined to be named"). */
export let ANONYMITY: RegExp = /$^/;
/** Parties, faiths, peoples ("Democrats", "Muslim"): a one-word name of one is no person. */
export let GROUP_WORDS: ReadonlySet<string> = EMPTY;
/** Words before "to" + a speech verb that keep the speech from happening ("declined to say"). */
export let UNREAL_HEADS: ReadonlySet<string> = EMPTY;
/** Words that make a closing parenthesis a photo credit ("(Photo: Sean Kilpatrick/CP)"). */
export let CREDIT_WORDS: ReadonlySet<string> = EMPTY;
/** Page furniture opening a sentence ("story continues below"): its names are no referents. */
export let BOILERPLATE: ReadonlySet<string> = EMPTY;
/** A role a description names → words of titles in that role, for linking "the diplomat". */
export let ROLE_FAMILIES: ReadonlyMap<string, ReadonlySet<string>> = new Map();
let pointed = false;

/** Points the lists at the bundled quote words unless a run already pointed them. */
export function ensureQuoteWords(): void {
  if (!pointed) point(BUNDLED());
}

/** Points the lists above at the run's quote-word lexicons (bundled lists plus user additions). */
export function useQuoteWords(ctx: AnalysisContext): void {
  let w = cache.get(ctx.lexicons);
  if (!w) {
    const added = ctx.lexicons.filter((l) => l.use === 'quote-words');
    // the bundled lists always apply; a user's quote-words lexicon adds to them
    const bundledIn = added.some((l) => l.id === 'quote-words');
    w = added.length === 0 ? BUNDLED() : build([...(bundledIn ? [] : BUNDLED_ENTRIES()), ...added.flatMap((l) => l.entries)]);
    cache.set(ctx.lexicons, w);
  }
  point(w);
}

function point(w: QuoteWords): void {
  pointed = true;
  TITLE_WORDS = list(w, 'title');
  ORGANIZATION_WORDS = list(w, 'organization-word');
  NAME_PARTICLES = list(w, 'name-particle');
  CALENDAR_WORDS = list(w, 'calendar');
  PLACE_PREPOSITIONS = list(w, 'place-preposition');
  ANONYMOUS_HEADS = list(w, 'anonymous-head');
  ORGANIZATION_NOUNS = list(w, 'organization-noun');
  PRONOUNS = list(w, 'pronoun');
  PLACE_NAMES = list(w, 'place-name');
  PERSON_NOUNS = list(w, 'person-noun');
  DOCUMENT_NOUNS = list(w, 'document-noun');
  BARE_HEADS = list(w, 'bare-head');
  BOILERPLATE = list(w, 'boilerplate');
  GROUP_WORDS = list(w, 'group-word');
  UNREAL_HEADS = list(w, 'unreal-head');
  CREDIT_WORDS = list(w, 'credit-word');
  ANONYMITY = w.anonymity;
  ROLE_FAMILIES = w.roleFamilies;
}
