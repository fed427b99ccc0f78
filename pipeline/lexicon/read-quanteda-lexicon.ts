// Quanteda-style YAML dictionaries, converted on load: nested keys become one kebab-case
// category (`economy: {positive: [growth]}` → category economy-positive), leaves are terms
// (a string or a list of strings). Reads a parsed YAML document; gives lexicon data or problems.
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { termProblem, toKebab, type LexiconBody } from './lexicon-schema.js';
import type { LexiconEntry, Problem } from '../types.js';
import type { ParsedYaml } from './yaml-positions.js';

export function readQuantedaLexicon(parsed: ParsedYaml, stem: string): { lexicon: LexiconBody | null; problems: Problem[] } {
  const problems: Problem[] = [];
  const entries: LexiconEntry[] = [];
  const categories: Record<string, string> = {};
  const root = parsed.doc.contents;
  if (!isMap(root) || root.items.length === 0) {
    problems.push(parsed.atOffset(0, 'expected a framelens lexicon (lexicon, categories, entries) or a quanteda dictionary (keys with lists of terms)', 'LEXICON_INVALID_HEADER'));
    return { lexicon: null, problems };
  }
  const seen = new Set<string>();
  const addTerm = (node: Node, category: string): void => {
    const offset = node.range?.[0] ?? 0;
    if (!isScalar(node) || (typeof node.value !== 'string' && typeof node.value !== 'number')) {
      problems.push(parsed.atOffset(offset, `category ${category}: expected a term (a string)`, 'LEXICON_INVALID_ENTRY'));
      return;
    }
    const term = String(node.value).trim().replace(/\s+/g, ' ');
    const why = termProblem(term);
    if (why) return void problems.push(parsed.atOffset(offset, why, 'LEXICON_INVALID_ENTRY'));
    const key = `${category}\u0000${term.toLowerCase()}`;
    if (seen.has(key)) return void problems.push(parsed.atOffset(offset, `"${term}" repeats a term of category ${category}`, 'LEXICON_DUPLICATE_TERM'));
    seen.add(key);
    entries.push({ term, category, except: [], caseSensitive: false, note: '', source: '', connotation: '' });
  };
  const walk = (node: unknown, keys: readonly string[], keyOffset: number): void => {
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        walk(pair.value, [...keys, key], (pair.key as Node | null)?.range?.[0] ?? keyOffset);
      }
      return;
    }
    const category = toKebab(keys.join('-'));
    categories[category] = `quanteda key ${keys.join(' > ')}`;
    if (isSeq(node) && node.items.length > 0) for (const item of node.items) addTerm(item as Node, category);
    else if (isScalar(node) && node.value !== null) addTerm(node, category);
    else problems.push(parsed.atOffset(keyOffset, `category ${category} has no terms`, 'LEXICON_INVALID_ENTRY'));
  };
  walk(root, [], 0);
  if (problems.length > 0) return { lexicon: null, problems };
  return {
    lexicon: {
      id: toKebab(stem),
      version: '',
      description: `quanteda-style dictionary ${stem}, converted on load`,
      use: 'terms',
      categories,
      entries,
    },
    problems,
  };
}
