// Which lexicons a run uses: with no paths, every lexicon in the bundled lexicons/ folder;
// with paths, those, plus the bundled speech-verb lexicon when none of them has
// `use: speech-verbs` (the quotes stage needs speech verbs), the bundled quote words (always
// read: a user's quote-words lexicon adds to them), the bundled actors lexicon when
// none has `use: actors`, and the bundled stop-word list when none has `use: stopwords`
// (distinctive_terms.csv needs one). `--actors PATH` replaces every actors lexicon otherwise chosen
// (bundled or given) by the one(s) in PATH, which must have `use: actors`. Problems are values.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { formatProblem, loadLexiconFiles } from '../load-lexicon.js';
import { BUNDLED_LEXICON_DIR } from '../package-root.js';
import type { Lexicon, LexiconUse } from '../types.js';

export const BUNDLED_SPEECH_VERBS = join(BUNDLED_LEXICON_DIR, 'speech-verbs.yaml');
export const BUNDLED_ACTORS = join(BUNDLED_LEXICON_DIR, 'actors.yaml');
export const BUNDLED_STOPWORDS = join(BUNDLED_LEXICON_DIR, 'stopwords.yaml');
export const BUNDLED_QUOTE_WORDS = join(BUNDLED_LEXICON_DIR, 'quote-words.yaml');

export type ResolvedLexicons =
  | { readonly ok: true; readonly lexicons: readonly Lexicon[] }
  | { readonly ok: false; readonly problems: readonly string[] };

export async function resolveLexicons(paths: readonly string[] = [], actorsPath: string | null = null): Promise<ResolvedLexicons> {
  const chosen = await loadLexiconFiles(paths.length > 0 ? paths : [BUNDLED_LEXICON_DIR]);
  if (chosen.problems.length > 0) return { ok: false, problems: chosen.problems.map(formatProblem) };
  let lexicons = chosen.lexicons;
  if (actorsPath !== null) {
    const actors = await loadLexiconFiles([actorsPath]);
    if (actors.problems.length > 0) return { ok: false, problems: actors.problems.map(formatProblem) };
    const wrong = actors.lexicons.filter((l) => l.use !== 'actors');
    if (wrong.length > 0) {
      return { ok: false, problems: wrong.map((l) => `${l.file}:1:1: --actors needs an actors lexicon (use: actors); ${l.id} has use: ${l.use} [ACTORS_NOT_ACTORS]`) };
    }
    lexicons = [...lexicons.filter((l) => l.use !== 'actors'), ...actors.lexicons];
  }
  if (paths.length === 0) return { ok: true, lexicons };
  if (!lexicons.some((l) => l.id === 'quote-words') && existsSync(BUNDLED_QUOTE_WORDS)) {
    const words = await loadLexiconFiles([BUNDLED_QUOTE_WORDS]);
    if (words.problems.length > 0) return { ok: false, problems: words.problems.map(formatProblem) };
    lexicons = [...lexicons, ...words.lexicons];
  }
  for (const [use, file] of [['speech-verbs', BUNDLED_SPEECH_VERBS], ['actors', BUNDLED_ACTORS], ['stopwords', BUNDLED_STOPWORDS]] as const) {
    const added = await withBundled(lexicons, use, file);
    if (!added.ok) return added;
    lexicons = added.lexicons;
  }
  return { ok: true, lexicons };
}

/** The lexicons, plus the bundled one for `use` when none of them has that use. */
async function withBundled(lexicons: readonly Lexicon[], use: LexiconUse, file: string): Promise<ResolvedLexicons> {
  if (lexicons.some((l) => l.use === use) || !existsSync(file)) return { ok: true, lexicons };
  const bundled = await loadLexiconFiles([file]);
  if (bundled.problems.length > 0) return { ok: false, problems: bundled.problems.map(formatProblem) };
  return { ok: true, lexicons: [...lexicons, ...bundled.lexicons] };
}
