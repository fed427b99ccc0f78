// Loading lexicons: YAML/JSON in the framelens format, LIWC .dic, quanteda YAML dictionaries.
// Problems are values (file:line:col, message, code), never exceptions.
import type { Lexicon, Problem } from './types.js';

export interface LoadedLexicons {
  readonly lexicons: readonly Lexicon[];
  readonly problems: readonly Problem[];
}

/** Loads lexicon files and folders (folders: every lexicon file inside, sorted by name). */
export async function loadLexiconFiles(_paths: readonly string[]): Promise<LoadedLexicons> {
  return { lexicons: [], problems: [] }; // TODO(issue 3): placeholder until the loader lands
}

/** `lexicons/labels.yaml:8:10: expected a list [LEXICON_INVALID_ENTRY]` */
export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.col}: ${p.message} [${p.code}]`;
}
