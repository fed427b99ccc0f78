// The lexicon data schema (zod) and the checks every lexicon entry must pass, whatever file
// format it came from. Reads raw parsed data; gives typed data or problems located by a path
// (the readers turn a path into FILE:LINE:COL).
import { z } from 'zod';
import { matchForm } from '../normalize-text.js';
import type { Connotation, Lexicon, LexiconEntry } from '../types.js';

/** What a reader gives for one file: a lexicon without its file name and hash. */
export type LexiconBody = Omit<Lexicon, 'file' | 'sha256'>;

export const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const KEBAB_MESSAGE = 'expected kebab-case: lower-case letters and digits joined by "-"';

/** A problem inside a parsed file, located by its path in the data (e.g. entries.3.term). */
export interface PathProblem {
  readonly path: readonly PropertyKey[];
  /** Point at the key itself rather than its value (unknown or misspelt keys). */
  readonly atKey?: boolean;
  readonly message: string;
  readonly code: string;
}

/** Why a term or except phrase cannot be matched, or null when it can. */
export function termProblem(term: string): string | null {
  const words = term.trim().split(/\s+/).filter((w) => w !== '');
  if (words.length === 0) return 'empty term';
  for (const word of words) {
    if (/^\*+$/.test(word)) return `"${word}": a wildcard needs letters before the "*"`;
    if (word.slice(0, -1).includes('*')) return `"${word}": "*" is allowed only at the end of a word`;
    if (/[?\\[\]]/.test(word)) return `"${word}": only the "*" suffix wildcard is supported (no "?", "[", regex)`;
  }
  return null;
}

export const textSchema = z.union([z.string(), z.number()]).transform(String);
export const termSchema = textSchema.check(
  z.superRefine((t: string, ctx) => {
    const p = termProblem(t);
    if (p) ctx.addIssue({ code: 'custom', message: p });
  }),
);
export const kebabSchema = z.string().regex(KEBAB, KEBAB_MESSAGE);

const entrySchema = z.strictObject({
  term: termSchema,
  category: kebabSchema,
  except: z.array(termSchema).optional(),
  case: z.enum(['sensitive', 'insensitive']).optional(),
  note: z.string().optional(),
  source: z.string().optional(),
  connotation: z.enum(['neutral', 'loaded']).optional(),
});

const lexiconSchema = z.strictObject({
  lexicon: kebabSchema,
  version: textSchema.optional(),
  description: z.string().optional(),
  use: z.enum(['terms', 'speech-verbs', 'actors', 'stopwords', 'quote-words']).optional(), // actors: see actor-schema.ts
  categories: z.record(kebabSchema, z.string()),
  entries: z.array(entrySchema).min(1, 'a lexicon needs at least one entry'),
});

export type LexiconData = z.output<typeof lexiconSchema>;

/** Validates a framelens lexicon (YAML or JSON, already parsed). All problems at once. */
export function validateLexiconData(raw: unknown): { data: LexiconData | null; problems: PathProblem[] } {
  const parsed = lexiconSchema.safeParse(raw, {
    error: (iss) => (iss.input === undefined ? 'required field missing' : undefined),
  });
  const problems: PathProblem[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push(...fromIssue(issue));
  }
  problems.push(...crossCheckEntries(raw));
  return { data: parsed.success && problems.length === 0 ? parsed.data : null, problems };
}

export function fromIssue(issue: z.core.$ZodIssue): PathProblem[] {
  const path = issue.path;
  const code = path[0] === 'entries' ? 'LEXICON_INVALID_ENTRY' : 'LEXICON_INVALID_HEADER';
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({ path: [...path, key], atKey: true, code, message: `${dotted([...path, key])}: unknown field` }));
  }
  if (issue.code === 'invalid_key') {
    const inner = issue.issues.map((i) => i.message).join('; ');
    return [{ path, atKey: true, code, message: `${dotted(path)}: invalid key: ${inner}` }];
  }
  return [{ path, code, message: `${dotted(path)}: ${issue.message}` }];
}

/** `entries[3].term` */
export function dotted(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('') || '(top level)';
}

/** Checks across entries that the schema cannot see: undeclared categories, duplicates. */
function crossCheckEntries(raw: unknown): PathProblem[] {
  if (!isRecord(raw) || !Array.isArray(raw['entries'])) return [];
  const categories = isRecord(raw['categories']) ? raw['categories'] : null;
  const problems: PathProblem[] = [];
  const seen = new Map<string, number>();
  raw['entries'].forEach((entry: unknown, i: number) => {
    if (!isRecord(entry)) return;
    const { category, term } = entry;
    if (categories && typeof category === 'string' && KEBAB.test(category) && !(category in categories)) {
      problems.push({ path: ['entries', i, 'category'], code: 'LEXICON_UNKNOWN_CATEGORY', message: `category "${category}" is not declared under categories` });
    }
    if (typeof term !== 'string' && typeof term !== 'number') return;
    const sensitive = entry['case'] === 'sensitive';
    const key = `${String(category)}\u0000${sensitive ? String(term) : matchForm(String(term))}`;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, i);
    else problems.push({ path: ['entries', i, 'term'], code: 'LEXICON_DUPLICATE_TERM', message: `"${String(term)}" repeats entries[${first}] in the same category` });
  });
  return problems;
}

export function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** A validated entry in the document model's shape. */
export function toEntry(e: LexiconData['entries'][number]): LexiconEntry {
  return {
    term: e.term.trim().replace(/\s+/g, ' '),
    category: e.category,
    except: (e.except ?? []).map((x) => x.trim().replace(/\s+/g, ' ')),
    caseSensitive: e.case === 'sensitive',
    note: e.note ?? '',
    source: e.source ?? '',
    connotation: (e.connotation ?? '') as Connotation,
  };
}

/** A file name stem as a lexicon or category id: `LIWC Affect.dic` → `liwc-affect`. */
export function toKebab(name: string): string {
  return name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'unnamed';
}
