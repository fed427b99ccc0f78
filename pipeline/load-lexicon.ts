// Loading lexicons: YAML/JSON in the framelens format (terms, speech verbs, actors), LIWC .dic, quanteda YAML dictionaries.
// Reads files and folders (a folder: every .yaml/.yml/.json/.dic file directly inside, sorted
// by name); gives validated lexicons with the sha256 of each file, and every problem found as a
// value (file:line:col, message, code), never an exception. A file with problems gives no lexicon.
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { isActorLexiconData, validateActorLexicon } from './lexicon/actor-schema.js';
import { toEntry, validateLexiconData, type LexiconBody } from './lexicon/lexicon-schema.js';
import { readDicLexicon } from './lexicon/read-dic-lexicon.js';
import { readQuantedaLexicon } from './lexicon/read-quanteda-lexicon.js';
import type { Lexicon, Problem } from './types.js';
import { parseYamlWithPositions } from './lexicon/yaml-positions.js';

export interface LoadedLexicons {
  readonly lexicons: readonly Lexicon[];
  readonly problems: readonly Problem[];
}

const LEXICON_EXTENSIONS = new Set(['.yaml', '.yml', '.json', '.dic']);

/** Loads lexicon files and folders (folders: every lexicon file inside, sorted by name). */
export async function loadLexiconFiles(paths: readonly string[]): Promise<LoadedLexicons> {
  const lexicons: Lexicon[] = [];
  const problems: Problem[] = [];
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (!info) problems.push(fileProblem(path, 'no such file or folder', 'LEXICON_NOT_FOUND'));
    else if (info.isDirectory()) {
      const names = (await readdir(path)).filter((n) => LEXICON_EXTENSIONS.has(extname(n).toLowerCase())).sort();
      if (names.length === 0) problems.push(fileProblem(path, 'folder holds no lexicon files (.yaml, .yml, .json, .dic)', 'LEXICON_NOT_FOUND'));
      files.push(...names.map((n) => join(path, n)));
    } else files.push(path);
  }
  const byId = new Map<string, string>();
  for (const file of files) {
    const result = await loadLexiconFile(file);
    problems.push(...result.problems);
    if (!result.lexicon) continue;
    const previous = byId.get(result.lexicon.id);
    if (previous !== undefined) {
      problems.push(fileProblem(file, `lexicon id "${result.lexicon.id}" is already used by ${previous}`, 'LEXICON_DUPLICATE_ID'));
      continue;
    }
    byId.set(result.lexicon.id, file);
    lexicons.push(result.lexicon);
  }
  return { lexicons, problems };
}

/** Loads one lexicon file, choosing the reader by extension (and, for YAML, by content). */
export async function loadLexiconFile(file: string): Promise<{ lexicon: Lexicon | null; problems: Problem[] }> {
  const ext = extname(file).toLowerCase();
  if (!LEXICON_EXTENSIONS.has(ext)) {
    return { lexicon: null, problems: [fileProblem(file, `unknown lexicon format "${ext}" (expected .yaml, .yml, .json or .dic)`, 'LEXICON_UNKNOWN_FORMAT')] };
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    return { lexicon: null, problems: [fileProblem(file, `cannot read: ${(error as Error).message}`, 'LEXICON_UNREADABLE')] };
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  const stem = basename(file, extname(file));
  const { lexicon, problems } = ext === '.dic' ? readDicLexicon(text, file, stem) : readStructuredLexicon(text, file, stem, ext === '.json');
  return { lexicon: lexicon ? { ...lexicon, file, sha256 } : null, problems };
}

/** YAML or JSON: the framelens format when it has `lexicon` or `entries`, else quanteda. */
function readStructuredLexicon(text: string, file: string, stem: string, json: boolean): { lexicon: LexiconBody | null; problems: Problem[] } {
  const parsed = parseYamlWithPositions(text, file, json);
  if (parsed.problems.length > 0) return { lexicon: null, problems: [...parsed.problems] };
  const raw: unknown = parsed.doc.toJS();
  const isFramelens = typeof raw === 'object' && raw !== null && ('entries' in raw || 'lexicon' in raw);
  if (!isFramelens) return readQuantedaLexicon(parsed, stem);
  if (isActorLexiconData(raw)) {
    const { body, problems } = validateActorLexicon(raw);
    return { lexicon: body, problems: problems.map(parsed.at).sort((a, b) => a.line - b.line || a.col - b.col) };
  }
  const { data, problems } = validateLexiconData(raw);
  const located = problems.map(parsed.at).sort((a, b) => a.line - b.line || a.col - b.col);
  if (!data) return { lexicon: null, problems: located };
  return {
    lexicon: {
      id: data.lexicon,
      version: data.version ?? '',
      description: data.description ?? '',
      use: data.use ?? 'terms',
      categories: data.categories,
      entries: data.entries.map(toEntry),
    },
    problems: located,
  };
}

function fileProblem(file: string, message: string, code: string): Problem {
  return { file, line: 1, col: 1, message, code };
}

/** `lexicons/labels.yaml:8:10: expected a list [LEXICON_INVALID_ENTRY]` */
export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.col}: ${p.message} [${p.code}]`;
}
