// The actors lexicon (`use: actors`): who the labels may be applied to. Reads raw parsed data;
// gives a lexicon body or problems located by a path (the reader turns a path into
// FILE:LINE:COL). Each entry is an actor:
//   - id: mko                          # kebab-case; the `target` of terms.csv, `actor` of reports
//     aliases: [MKO, MEK, Mujahed* e Khalq, {alias: Hypocrites, case: sensitive}]
//     case: sensitive | insensitive    # default for its aliases (default insensitive)
//     note: free text
//     source: a citation or URL
// Aliases follow the term rules of the other lexicons (several words matched as one mention,
// `*` at the end of a word, hyphen and space variants alike). In the document model an actors
// lexicon is a lexicon whose entries are its aliases, each with the actor's id as category.
import { z } from 'zod';
import { matchForm } from '../normalize-text.js';
import type { LexiconEntry } from '../types.js';
import { fromIssue, isRecord, kebabSchema, termSchema, textSchema, type LexiconBody, type PathProblem } from './lexicon-schema.js';

const caseSchema = z.enum(['sensitive', 'insensitive']);

/** An alias is a phrase, or `{alias: phrase, case: …}`; phrases are read as the object form
 *  (asObjects) so a problem names the field at fault. */
const aliasSchema = z.strictObject({ alias: termSchema, case: caseSchema.optional() });

const actorSchema = z.strictObject({
  id: kebabSchema,
  aliases: z.array(aliasSchema).min(1, 'an actor needs at least one alias'),
  case: caseSchema.optional(),
  note: z.string().optional(),
  source: z.string().optional(),
});

const actorLexiconSchema = z.strictObject({
  lexicon: kebabSchema,
  version: textSchema.optional(),
  description: z.string().optional(),
  use: z.literal('actors'),
  entries: z.array(actorSchema).min(1, 'an actors lexicon needs at least one actor'),
});

type ActorLexiconData = z.output<typeof actorLexiconSchema>;
type AliasData = z.output<typeof aliasSchema>;

/** Whether parsed data declares itself an actors lexicon. */
export function isActorLexiconData(raw: unknown): boolean {
  return isRecord(raw) && raw['use'] === 'actors';
}

/** Validates an actors lexicon; all problems at once. */
export function validateActorLexicon(raw: unknown): { body: LexiconBody | null; problems: PathProblem[] } {
  const parsed = actorLexiconSchema.safeParse(asObjects(raw), {
    error: (iss) => (iss.input === undefined ? 'required field missing' : undefined),
  });
  const problems: PathProblem[] = parsed.success ? [] : parsed.error.issues.flatMap(fromIssue);
  problems.push(...crossCheckActors(raw));
  if (!parsed.success || problems.length > 0) return { body: null, problems };
  return { body: toBody(parsed.data), problems };
}

/** The data with every plain alias written as `{alias: phrase}`. */
function asObjects(raw: unknown): unknown {
  if (!isRecord(raw) || !Array.isArray(raw['entries'])) return raw;
  const entries = raw['entries'].map((actor: unknown) => {
    if (!isRecord(actor) || !Array.isArray(actor['aliases'])) return actor;
    return { ...actor, aliases: actor['aliases'].map((a: unknown) => (typeof a === 'string' || typeof a === 'number' ? { alias: a } : a)) };
  });
  return { ...raw, entries };
}

/** The same id twice, or one alias for two actors (or twice for one), cannot be told apart. */
function crossCheckActors(raw: unknown): PathProblem[] {
  if (!isRecord(raw) || !Array.isArray(raw['entries'])) return [];
  const problems: PathProblem[] = [];
  const ids = new Map<string, number>();
  const aliases = new Map<string, string>();
  raw['entries'].forEach((actor: unknown, i: number) => {
    if (!isRecord(actor)) return;
    if (typeof actor['id'] === 'string') {
      const first = ids.get(actor['id']);
      if (first === undefined) ids.set(actor['id'], i);
      else problems.push({ path: ['entries', i, 'id'], code: 'LEXICON_DUPLICATE_ACTOR', message: `actor id "${actor['id']}" repeats entries[${first}]` });
    }
    if (!Array.isArray(actor['aliases'])) return;
    actor['aliases'].forEach((a: unknown, k: number) => {
      const written = typeof a === 'string' || typeof a === 'number' ? String(a) : isRecord(a) && typeof a['alias'] === 'string' ? a['alias'] : null;
      if (written === null || written.trim() === '') return;
      const sensitive = (isRecord(a) ? a['case'] : actor['case']) === 'sensitive';
      const key = sensitive ? written.trim() : matchForm(written.trim());
      const first = aliases.get(key);
      const here = `entries[${i}].aliases[${k}]`;
      if (first === undefined) aliases.set(key, here);
      else problems.push({ path: ['entries', i, 'aliases', k], code: 'LEXICON_DUPLICATE_ALIAS', message: `alias "${written}" repeats ${first}` });
    });
  });
  return problems;
}

function toBody(data: ActorLexiconData): LexiconBody {
  const entries: LexiconEntry[] = data.entries.flatMap((actor) =>
    actor.aliases.map((a: AliasData) => {
      return {
        term: a.alias.trim().replace(/\s+/g, ' '),
        category: actor.id,
        except: [],
        caseSensitive: (a.case ?? actor.case) === 'sensitive',
        note: actor.note ?? '',
        source: actor.source ?? '',
        connotation: '',
      };
    }),
  );
  return {
    id: data.lexicon,
    version: data.version ?? '',
    description: data.description ?? '',
    use: 'actors',
    categories: Object.fromEntries(data.entries.map((a) => [a.id, a.note ?? ''])),
    entries,
  };
}
