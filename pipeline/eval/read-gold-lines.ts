// Gold files for `framelens eval` (interface.md): JSON Lines, one document a line, the text
// carried inside. Reads the file's text with a zod schema for one line (built on GOLD_DOC) and
// an optional check of the parsed line; gives the documents and, as values, a problem per bad
// line (GOLD_SYNTAX: not JSON; GOLD_INVALID: wrong shape or failed check) with its line number.
import { z } from 'zod';
import type { Problem } from '../types.js';

/** The fields every gold document has; eval terms adds `spans`, eval quotes `quotes`. */
export const GOLD_DOC = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  outlet: z.string().default(''),
  text: z.string(),
});

export function readGoldLines<S extends z.ZodType>(
  text: string,
  file: string,
  schema: S,
  check: (doc: z.output<S>) => string | null = () => null,
): { docs: z.output<S>[]; problems: Problem[] } {
  const docs: z.output<S>[] = [];
  const problems: Problem[] = [];
  text.replace(/^\uFEFF/, '').split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    const problem = (message: string, code: string): void => void problems.push({ file, line: i + 1, col: 1, message, code });
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch (error) {
      return problem(`not JSON: ${(error as Error).message}`, 'GOLD_SYNTAX');
    }
    const parsed = schema.safeParse(raw);
    if (!parsed.success) return problem(parsed.error.issues.map((x) => `${x.path.join('.') || '(line)'}: ${x.message}`).join('; '), 'GOLD_INVALID');
    const why = check(parsed.data);
    if (why) return problem(why, 'GOLD_INVALID');
    docs.push(parsed.data);
  });
  return { docs, problems };
}
