// Which lexicons a run uses: with no paths, every lexicon in the bundled lexicons/ folder;
// with paths, those, plus the bundled speech-verb lexicon when none of them has
// `use: speech-verbs` (the quotes stage needs speech verbs) and the bundled quote-words lexicon
// unless given. Problems are values.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { formatProblem, loadLexiconFiles } from '../load-lexicon.js';
import { BUNDLED_LEXICON_DIR } from '../package-root.js';
import type { Lexicon } from '../types.js';

export const BUNDLED_SPEECH_VERBS = join(BUNDLED_LEXICON_DIR, 'speech-verbs.yaml');
export const BUNDLED_QUOTE_WORDS = join(BUNDLED_LEXICON_DIR, 'quote-words.yaml');

export type ResolvedLexicons =
  | { readonly ok: true; readonly lexicons: readonly Lexicon[] }
  | { readonly ok: false; readonly problems: readonly string[] };

export async function resolveLexicons(paths: readonly string[] = []): Promise<ResolvedLexicons> {
  const chosen = await loadLexiconFiles(paths.length > 0 ? paths : [BUNDLED_LEXICON_DIR]);
  if (chosen.problems.length > 0) return { ok: false, problems: chosen.problems.map(formatProblem) };
  // the quotes stage needs speech verbs, and always reads the bundled quote words (a user's
  // quote-words lexicon adds to them), so the manifest hashes them too
  const hasVerbs = chosen.lexicons.some((l) => l.use === 'speech-verbs');
  const hasWords = chosen.lexicons.some((l) => l.id === 'quote-words');
  const extra = paths.length === 0 ? [] : [...(hasVerbs ? [] : [BUNDLED_SPEECH_VERBS]), ...(hasWords ? [] : [BUNDLED_QUOTE_WORDS])].filter((f) => existsSync(f));
  if (extra.length === 0) return { ok: true, lexicons: chosen.lexicons };
  const added = await loadLexiconFiles(extra);
  if (added.problems.length > 0) return { ok: false, problems: added.problems.map(formatProblem) };
  return { ok: true, lexicons: [...chosen.lexicons, ...added.lexicons] };
}
