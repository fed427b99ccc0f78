// Which lexicons a run uses: with no paths, every lexicon in the bundled lexicons/ folder;
// with paths, those, plus the bundled speech-verb lexicon when none of them has
// `use: speech-verbs` (the quotes stage needs speech verbs). Problems are values.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { formatProblem, loadLexiconFiles } from '../load-lexicon.js';
import { BUNDLED_LEXICON_DIR } from '../package-root.js';
import type { Lexicon } from '../types.js';

export const BUNDLED_SPEECH_VERBS = join(BUNDLED_LEXICON_DIR, 'speech-verbs.yaml');

export type ResolvedLexicons =
  | { readonly ok: true; readonly lexicons: readonly Lexicon[] }
  | { readonly ok: false; readonly problems: readonly string[] };

export async function resolveLexicons(paths: readonly string[] = []): Promise<ResolvedLexicons> {
  const chosen = await loadLexiconFiles(paths.length > 0 ? paths : [BUNDLED_LEXICON_DIR]);
  if (chosen.problems.length > 0) return { ok: false, problems: chosen.problems.map(formatProblem) };
  const hasVerbs = chosen.lexicons.some((l) => l.use === 'speech-verbs');
  if (hasVerbs || paths.length === 0 || !existsSync(BUNDLED_SPEECH_VERBS)) return { ok: true, lexicons: chosen.lexicons };
  const verbs = await loadLexiconFiles([BUNDLED_SPEECH_VERBS]);
  if (verbs.problems.length > 0) return { ok: false, problems: verbs.problems.map(formatProblem) };
  return { ok: true, lexicons: [...chosen.lexicons, ...verbs.lexicons] };
}
