// LIWC-style `.dic` dictionaries, converted on load. Reads the file's text: a header between
// two `%` lines numbering the categories (`1<TAB>posemo`), then one word a line followed by its
// category numbers (`happ*<TAB>1 3`; a phrase may hold spaces when a tab separates it).
// Gives lexicon data (one entry per word × category) or problems with line and column.
import { termProblem, toKebab, type LexiconBody } from './lexicon-schema.js';
import type { LexiconEntry, Problem } from '../types.js';

export function readDicLexicon(text: string, file: string, stem: string): { lexicon: LexiconBody | null; problems: Problem[] } {
  const problems: Problem[] = [];
  const problem = (line: number, col: number, message: string, code: string): void => {
    problems.push({ file, line, col, message, code });
  };
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const byNumber = new Map<string, string>();
  const categories: Record<string, string> = {};
  const entries: LexiconEntry[] = [];
  const seen = new Set<string>();
  let section = 'before' as 'before' | 'header' | 'words';
  lines.forEach((raw, i) => {
    const line = i + 1;
    const content = raw.trim();
    if (content === '') return;
    if (content === '%') {
      section = section === 'before' ? 'header' : 'words';
      return;
    }
    if (section === 'before') return problem(line, 1, 'a .dic file starts with a "%" line, then numbered categories, then "%"', 'LEXICON_DIC_HEADER');
    if (section === 'header') {
      const m = /^(\d+)\s+(.+)$/.exec(content);
      if (!m) return problem(line, 1, `expected "NUMBER<TAB>category name", got "${content}"`, 'LEXICON_DIC_HEADER');
      const category = toKebab(m[2]!);
      byNumber.set(m[1]!, category);
      categories[category] = `LIWC category ${m[1]} (${m[2]!.trim()})`;
      return;
    }
    const tab = raw.indexOf('\t');
    const parts = tab >= 0 ? [raw.slice(0, tab).trim(), ...raw.slice(tab + 1).trim().split(/\s+/)] : content.split(/\s+/);
    const firstNumber = tab >= 0 ? 1 : parts.findIndex((p) => /^\d+$/.test(p));
    const term = tab >= 0 ? parts[0]! : parts.slice(0, firstNumber).join(' ');
    const numbers = firstNumber > 0 ? parts.slice(firstNumber).filter((p) => p !== '') : [];
    if (term === '' || numbers.length === 0) return problem(line, 1, `expected "word<TAB>category numbers", got "${content}"`, 'LEXICON_DIC_LINE');
    const why = termProblem(term);
    if (why) return problem(line, 1, why, 'LEXICON_INVALID_ENTRY');
    for (const n of numbers) {
      const category = byNumber.get(n);
      const col = raw.indexOf(n, raw.indexOf(term) + term.length) + 1;
      if (!category) {
        problem(line, col, `category number ${n} is not declared in the header`, 'LEXICON_UNKNOWN_CATEGORY');
        continue;
      }
      const key = `${category}\u0000${term.toLowerCase()}`;
      if (seen.has(key)) continue; // LIWC files repeat words harmlessly; keep one
      seen.add(key);
      entries.push({ term, category, except: [], caseSensitive: false, note: '', source: '', connotation: '' });
    }
  });
  if (section !== 'words') problem(lines.length, 1, 'the category header is not closed by a "%" line', 'LEXICON_DIC_HEADER');
  else if (entries.length === 0 && problems.length === 0) problem(lines.length, 1, 'no words after the header', 'LEXICON_DIC_LINE');
  if (problems.length > 0) return { lexicon: null, problems };
  return {
    lexicon: { id: toKebab(stem), version: '', description: `LIWC-style dictionary ${stem}.dic, converted on load`, use: 'terms', categories, entries },
    problems,
  };
}
