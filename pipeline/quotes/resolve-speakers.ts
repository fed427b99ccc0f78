// Speakers resolved within a document. Reads a speaker mention, where it stands, the
// document's names and the speakers resolved so far; gives the canonical speaker and its type:
// - a name → the fullest form of that name in the document, the earliest when several share
//   the surname ("Gharibabadi" → "Kazem Gharibabadi"); titles already stripped by name-mentions;
// - he/she → the most recent person outside quotation marks: the first non-possessive person of
//   the latest sentence that names one, or an unnamed person described as a sentence subject
//   ("A nurse who …"); it/they → the most recent organisation;
// - a definite description ("the Iranian diplomat") → the person named nearby whose title or
//   apposition shares the role ("Director-General" at the Foreign Ministry is a diplomat; a
//   quarter point lost per paragraph of distance), or named in the next two paragraphs when the
//   role words match strongly; else the description itself (nominal);
// - "the ministry" → the organisation named with that word; "the statement" → the body that
//   last spoke; "its outlook" → its owner; "his office" → "<owner>'s office";
// - organisations and anonymous sources keep their type.
import type { NameMention } from './name-mentions.js';
import { isFurniture, type Furniture } from './page-furniture.js';
import { matchForm } from '../normalize-text.js';
import { ANONYMOUS_HEADS, DOCUMENT_NOUNS, GROUP_WORDS, PERSON_NOUNS, ROLE_FAMILIES, TITLE_WORDS } from './name-words.js';
import { firstAtOrAfter } from './sorted-lookup.js';
import { isCapitalized, isDemonymOf, isLowerStart, PERSON_SUFFIX } from './token-shape.js';
import type { SpeakerMention } from './speaker-phrase.js';
import type { SpeakerType, Token, TokenizedDoc } from '../types.js';

export interface ResolvedSpeaker {
  readonly speaker: string;
  readonly type: SpeakerType;
  readonly mention: string;
}

export const UNRESOLVED: ResolvedSpeaker = { speaker: '', type: 'unresolved', mention: '' };

interface Referent {
  readonly at: number;
  readonly sentence: number;
  readonly speaker: string;
  readonly type: 'person' | 'organization';
  /** What a pronoun pointing here resolves to: a named person, or a description (nominal, anonymous). */
  readonly as: SpeakerType;
  /** A speaker resolved earlier (not just a name in the text). */
  readonly spoke?: boolean;
  /** A possessor ("Okoye's coach"): the sentence is about someone else. */
  readonly possessive?: boolean;
  /** Can be what he/she means: a personal name, or a description headed by a word for a person. */
  readonly personal: boolean;
}


const GENERIC = new Set(['the', 'a', 'an', 'this', 'that', 'top', 'senior', 'also', 'then', 'former', 'its', "'s", 'of', 'for', '-']);

export class SpeakerResolver {
  /** Referents in token order: all, and by type (all of a type, and those that spoke). */
  private readonly referents: Referent[] = [];
  private readonly byType = new Map<string, Referent[]>();
  private readonly roleWords = new Map<NameMention, ReadonlySet<string>>();
  private readonly canonicalNames = new Map<string, string>();
  /** Person names by their last word, for the fullest form of a name. */
  private readonly personsByLast = new Map<string, NameMention[]>();

  /** `furniture`: sentences and paragraphs that are page furniture (page-furniture.ts): their names are no referents. */
  constructor(private readonly doc: TokenizedDoc, private readonly names: readonly NameMention[], furniture: Furniture = { sentences: new Set(), paragraphs: new Set() }) {
    for (const n of names) if (n.cls === 'person') {
      const last = n.words.at(-1) ?? '';
      const list = this.personsByLast.get(last) ?? [];
      list.push(n);
      this.personsByLast.set(last, list);
    }
    for (const n of names) if (!isFurniture(furniture, doc.tokens[n.from]!)) this.insert({ at: n.from, sentence: doc.tokens[n.from]!.sentence, speaker: this.canonical(n), type: n.cls, as: n.cls, possessive: doc.tokens[n.to]?.pos === 'PART', personal: n.cls === 'person' && isPersonalName(doc.tokens, n, this.personsByLast) });
  }

  /** Adds a referent after those at or before its token (binary search; mostly an append). */
  private insert(r: Referent): void {
    const into = (list: Referent[]) => list.splice(firstAtOrAfter(list, (x) => x.at, r.at + 1), 0, r);
    into(this.referents);
    const lists = [`${r.type}|all`, ...(r.spoke ? [`${r.type}|spoke`] : [])];
    for (const key of lists) {
      const list = this.byType.get(key) ?? [];
      this.byType.set(key, list);
      into(list);
    }
  }

  /** Records a resolved speaker at token `at`, so a later "he" can point back to it. */
  note(resolved: ResolvedSpeaker, at: number, spoke = true): void {
    if (resolved.type === 'unresolved') return;
    const sentence = this.doc.tokens[at]?.sentence ?? 0;
    const type = resolved.type === 'organization' ? 'organization' : 'person';
    const personal = type === 'person' && (resolved.type === 'person' || describesPerson(resolved.speaker));
    this.insert({ at, sentence, speaker: resolved.speaker, type, as: resolved.type, spoke, personal });
  }

  resolve(m: SpeakerMention): ResolvedSpeaker {
    const mention = m.text;
    if (m.form === 'name' && m.name) return { speaker: this.canonical(m.name), type: m.name.cls, mention };
    if (m.form === 'pronoun') {
      const want = ['it', 'they', 'them'].includes(matchForm(m.text)) ? 'organization' : ['i', 'we'].includes(matchForm(m.text)) ? null : 'person';
      // he/she means a person: never a plural description ("officials"), a group, a sentence-initial common noun
      const ref = want ? this.latest(m.from, want, false, want === 'person' ? (r) => r.personal && !isPluralDescription(r) : undefined) : null;
      return ref ? { speaker: ref.speaker, type: ref.as, mention } : { speaker: '', type: 'unresolved', mention };
    }
    const bare = mention.replace(/^(the|a|an)\s+/i, '');
    // "according to its latest outlook": whose outlook it is
    const owner = /^(its|their|his|her)\s/i.exec(mention)?.[1]?.toLowerCase();
    if (owner) {
      const ref = this.latest(m.from, owner === 'its' || owner === 'their' ? 'organization' : 'person');
      const body = bare.split(/\s+/).at(-1) ?? '';
      // "his office" is the office of the man; "its latest outlook" is the agency's own word
      if (ref && m.hint === 'organization') return { speaker: `${ref.speaker}'s ${body}`, type: 'organization', mention };
      if (ref && DOCUMENT_NOUNS.has(matchForm(body))) return { speaker: ref.speaker, type: ref.as, mention };
    }
    // "The statement also noted": the body whose statement it is, the organisation last named
    if (m.definite && /^(statement|communiqu[eé]|announcement)$/i.test(bare)) {
      const body = this.latest(m.from, 'organization', true);
      if (body) return { speaker: body.speaker, type: 'organization', mention };
    }
    if (m.hint === 'nominal' && m.definite) {
      const person = this.personInRole(m);
      if (person) return { speaker: this.canonical(person), type: 'person', mention };
    }
    if (m.hint === 'organization' && /^the\s+\S+$/i.test(mention)) {
      // "the ministry said" after "the Interior Ministry": the organisation named with that word
      const head = matchForm(bare.split(/\s+/).at(-1) ?? '');
      const orgs = this.byType.get('organization|all') ?? [];
      const named = orgs.slice(0, firstAtOrAfter(orgs, (r) => r.at, m.from)).reverse().find((r) => matchForm(r.speaker).split(/\s+/).includes(head));
      if (named) return { speaker: named.speaker, type: 'organization', mention };
    }
    return { speaker: bare, type: m.hint, mention };
  }

  /** The fullest person name in the document that contains this one's words. */
  canonical(n: NameMention): string {
    if (n.cls !== 'person') return n.name;
    const key = n.words.join(' ');
    const known = this.canonicalNames.get(key);
    if (known !== undefined) return known;
    const name = this.fullestName(n);
    this.canonicalNames.set(key, name);
    return name;
  }

  private fullestName(n: NameMention): string {
    const last = n.words.at(-1);
    let best: NameMention = n;
    let bestDistance = Infinity;
    for (const c of this.personsByLast.get(last ?? '') ?? []) {
      if (!n.words.every((w) => c.words.includes(w))) continue;
      // the earliest full name: after "Margaret Ellison … her son, David Ellison", "Ellison" is still Margaret
      const distance = c.from <= n.from ? c.from : 1e9 + c.from;
      if (c.words.length > best.words.length || (c.words.length === best.words.length && c.words.length > n.words.length && distance < bestDistance)) {
        best = c;
        bestDistance = distance;
      }
    }
    return best.name;
  }

  /** The person a sentence of `paragraph` names before token `at` (the latest such sentence). */
  personInParagraph(at: number, paragraph: number): ResolvedSpeaker | null {
    const r = this.latest(at, 'person');
    return r && this.doc.tokens[r.at]!.paragraph === paragraph ? { speaker: r.speaker, type: r.as, mention: '' } : null;
  }

  /** Persons named (or resolved) between two token indices, in text order (only those a he/she could mean: not "Democrats"). */
  namedPersonsBetween(from: number, to: number): readonly Pick<Referent, 'at' | 'speaker' | 'as'>[] {
    const persons = this.byType.get('person|all') ?? [];
    const out: Referent[] = [];
    for (let i = firstAtOrAfter(persons, (r) => r.at, from); i < persons.length && persons[i]!.at < to; i++) if (persons[i]!.personal) out.push(persons[i]!);
    return out;
  }

  private latest(at: number, type: 'person' | 'organization', spoke = false, fits?: (r: Referent) => boolean): Referent | null {
    // the latest sentence naming one: its first non-possessive referent, else its first
    const all = this.byType.get(`${type}|${spoke ? 'spoke' : 'all'}`) ?? [];
    let end = firstAtOrAfter(all, (r) => r.at, at);
    if (fits) while (end > 0 && !fits(all[end - 1]!)) end--;
    const list = fits ? all.slice(Math.max(0, end - 64), end).filter(fits) : all;
    if (fits) end = list.length;
    if (end === 0) return null;
    const sentence = list[end - 1]!.sentence;
    let first = end - 1;
    while (first > 0 && list[first - 1]!.sentence === sentence) first--;
    for (let i = first; i < end; i++) if (!list[i]!.possessive) return list[i]!;
    return list[first]!;
  }

  /** The person named in the role a definite description names, or null. */
  private personInRole(m: SpeakerMention): NameMention | null {
    const tokens = this.doc.tokens.slice(m.from, m.to);
    const words = tokens.filter((t) => t.kind === 'word' && !GENERIC.has(t.norm)).map((t) => t.norm);
    const head = [...tokens].reverse().find((t) => t.kind === 'word' && isLowerStart(t.value));
    if (!head) return null;
    const family = ROLE_FAMILIES.get(head.lemma) ?? ROLE_FAMILIES.get(head.norm) ?? new Set([head.norm]);
    const paragraph = this.doc.tokens[m.from]!.paragraph;
    let best: NameMention | null = null;
    let bestScore = -Infinity;
    // a rank falls a quarter point per paragraph and a score is at most 2 + the description's
    // words: names further back than that can never win
    const reach = 4 * (2 + words.length) + 1;
    const first = firstAtOrAfter(this.names, (n) => this.doc.tokens[n.from]!.paragraph, paragraph - reach);
    for (let i = first; i < this.names.length; i++) {
      const n = this.names[i]!;
      if (this.doc.tokens[n.from]!.paragraph > paragraph + 2) break;
      if (n.cls !== 'person' || n.from >= m.from && this.doc.tokens[n.from]!.paragraph > paragraph + 2) continue;
      if (n.from >= m.from && n.from < m.to) continue;
      const role = this.rolesOf(n);
      const headMatch = [...family].some((w) => role.has(w)) || role.has(head.norm);
      const matches = words.filter((w) => w !== head.norm && matchesRole(w, role)).length;
      // without the role itself, a proper modifier may still link ("the Manchester United manager")
      const proper = tokens.some((t) => isCapitalized(t.value) && t.pos === 'PROPN' && matchesRole(t.norm, role));
      if (!headMatch && !proper) continue;
      const score = (headMatch ? 2 : 1.5) + matches;
      const ahead = n.from >= m.from;
      if (ahead && score < 3) continue;
      // the nearer the better: a quarter point per paragraph of distance
      const rank = score - Math.abs(this.doc.tokens[n.from]!.paragraph - paragraph) / 4 - (ahead ? 0.5 : 0);
      if (rank >= 0 && rank > bestScore) {
        best = n;
        bestScore = rank;
      }
    }
    return best;
  }

  /** Words of the titles and appositions around a person's name. */
  private rolesOf(n: NameMention): ReadonlySet<string> {
    const cached = this.roleWords.get(n);
    if (cached) return cached;
    const t = this.doc.tokens;
    const words = new Set<string>();
    const add = (tok: Token, k: number) => {
      words.add(tok.lemma).add(tok.norm);
      if (t[k + 1]?.value === '-' && t[k + 2]) words.add(`${tok.norm}-${t[k + 2]!.norm}`);
    };
    for (let k = n.runFrom - 1, steps = 0; k >= 0 && steps < 8 && t[k]!.paragraph === t[n.from]!.paragraph; k--, steps++) {
      if (['VERB', 'AUX', 'SCONJ'].includes(t[k]!.pos) || t[k]!.value === '.' || t[k]!.value === ',') break;
      add(t[k]!, k);
    }
    for (let k = n.runFrom; k < n.from; k++) add(t[k]!, k);
    if (t[n.to]?.value === ',') {
      for (let k = n.to + 1; k < t.length && k < n.to + 14 && t[k]!.value !== ',' && t[k]!.value !== '.' && t[k]!.pos !== 'VERB'; k++) add(t[k]!, k);
    }
    this.roleWords.set(n, words);
    return words;
  }
}

/**
 * A name a he/she can mean: not one word that is a group ("Democrats", "Muslim"), a plural
 * people word ("Americans", "Europeans"), or a word opening its sentence that the document
 * never uses as a name elsewhere and no singular verb follows ("Sales, she says, fell": "Sales";
 * "Crops are withering"; "Details aside").
 */
function isPersonalName(tokens: readonly Token[], n: NameMention, byLast: ReadonlyMap<string, readonly NameMention[]>): boolean {
  if (n.to - n.from !== 1) return true;
  const t = tokens[n.from]!;
  if (GROUP_WORDS.has(t.norm) || /(ians|eans|cans)$/.test(t.norm)) return false;
  const opens = (k: number) => tokens[k - 1]?.sentence !== tokens[k]!.sentence;
  if (!opens(n.from)) return !(t.pos === 'NOUN' && t.norm.endsWith('s') && t.lemma !== t.norm);
  // opening its sentence: a surname when the document also names it inside a sentence or in
  // full, or when a singular verb follows ("Burton explained", "Okafor, 54, said"; not "Crops are")
  if ((byLast.get(n.words.at(-1) ?? '') ?? []).some((o) => o !== n && (o.to - o.from > 1 || !opens(o.from)))) return true;
  const next = tokens[n.to];
  const verb = !!next && (next.pos === 'VERB' || next.pos === 'AUX') && !PLURAL_VERBS.has(next.norm);
  return verb || (next?.value === ',' && tokens[n.to + 1]?.pos === 'NUM');
}

const PLURAL_VERBS = new Set(['are', 'were', 'have', 'do', "'re"]);

/** A description headed by a word for a person ("one questioner", "a nurse", "the 34-year-old"), not "the opportunity". */
function describesPerson(description: string): boolean {
  return matchForm(description).split(/\s+/).some((w) => {
    const one = w.replace(/s$/, '');
    return PERSON_NOUNS.has(w) || ANONYMOUS_HEADS.has(w) || TITLE_WORDS.has(w) || PERSON_SUFFIX.test(w) || PERSON_SUFFIX.test(one) || /year-old$/.test(w);
  });
}

/** "officials", "residents": a plural description, never what he/she points to. */
function isPluralDescription(r: Referent): boolean {
  if (r.as !== 'nominal' && r.as !== 'anonymous') return false;
  const last = r.speaker.split(/\s+/).at(-1) ?? '';
  return /[^s]s$/i.test(last);
}

/** A description word matches a role word, a demonym its country ("Iranian" ~ "Iran’s"). */
function matchesRole(word: string, role: ReadonlySet<string>): boolean {
  if (role.has(word)) return true;
  for (const r of role) if (isDemonymOf(word, r)) return true;
  return false;
}
