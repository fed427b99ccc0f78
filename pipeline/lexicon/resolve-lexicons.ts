// Which lexicons a run uses: with no paths, every lexicon in the bundled lexicons/ folder;
// with paths, those, plus the bundled speech-verb lexicon when none of them has
// `use: speech-verbs` (the quotes stage needs speech verbs) and the bundled stop-word list when
// none has `use: stopwords` (distinctive_terms.csv needs one). Problems are values.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { formatProblem, loadLexiconFiles } from '../load-lexicon.js';
import { BUNDLED_LEXICON_DIR } from '../package-root.js';
import type { Lexicon } from '../types.js';

export const BUNDLED_SPEECH_VERBS = join(BUNDLED_LEXICON_DIR, 'speech-verbs.yaml');
export const BUNDLED_STOPWORDS = join(BUNDLED_LEXICON_DIR, 'stopwords.yaml');

/** The bundled lexicon a run falls back on for each use a user's lexicons may lack. */
const FALLBACKS: readonly [Lexicon['use'], string][] = [
  ['speech-verbs', BUNDLED_SPEECH_VERBS],
  ['stopwords', BUNDLED_STOPWORDS],
];

export type ResolvedLexicons =
  | { readonly ok: true; readonly lexicons: readonly Lexicon[] }
  | { readonly ok: false; readonly problems: readonly string[] };

export async function resolveLexicons(paths: readonly string[] = []): Promise<ResolvedLexicons> {
  const chosen = await loadLexiconFiles(paths.length > 0 ? paths : [BUNDLED_LEXICON_DIR]);
  if (chosen.problems.length > 0) return { ok: false, problems: chosen.problems.map(formatProblem) };
  if (paths.length === 0) return { ok: true, lexicons: chosen.lexicons };
  const missing = FALLBACKS.filter(([use, file]) => !chosen.lexicons.some((l) => l.use === use) && existsSync(file)).map(([, file]) => file);
  if (missing.length === 0) return { ok: true, lexicons: chosen.lexicons };
  const extra = await loadLexiconFiles(missing);
  if (extra.problems.length > 0) return { ok: false, problems: extra.problems.map(formatProblem) };
  return { ok: true, lexicons: [...chosen.lexicons, ...extra.lexicons] };
}
