// BABE (Spinde et al. 2021, `final_labels_SG2.csv`) as gold documents for eval terms.
// Reads the benchmark's `;`-separated CSV (UTF-8 with BOM; `biased_words` a Python-style list
// such as ['bizarre', '"held"']); gives one gold document per sentence, every sentence
// included (a non-biased sentence has no gold span, so a hit there is a false positive).
// Each listed word becomes a gold span at every whole-word, case-insensitive occurrence in
// the sentence, after stripping quote marks and punctuation around it; words that cannot be
// found are counted, not guessed.
import { parse } from 'csv-parse/sync';
import type { GoldDoc } from '../eval-terms.js';

export interface BabeGold {
  readonly docs: GoldDoc[];
  /** Listed biased words found nowhere in their sentence. */
  readonly unmatchedWords: number;
  readonly listedWords: number;
}

const LIST_ITEM = /'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"/g;
const EDGE = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/** The strings of a Python-style list literal: `['a', "b's"]` → a, b's. */
export function parsePythonList(literal: string): string[] {
  return [...literal.matchAll(LIST_ITEM)].map((m) => (m[1] ?? m[2] ?? '').replace(/\\(.)/g, '$1'));
}

export function babeToGold(csvText: string): BabeGold {
  const rows = parse(csvText, { delimiter: ';', bom: true, columns: true, skip_empty_lines: true, relax_column_count: true }) as Record<string, string>[];
  let unmatchedWords = 0;
  let listedWords = 0;
  const docs = rows.map((row, i): GoldDoc => {
    const text = row['text'] ?? '';
    const spans: { start: number; end: number }[] = [];
    for (const listed of parsePythonList(row['biased_words'] ?? '[]')) {
      listedWords++;
      const word = listed.replace(EDGE, '');
      const found = word === '' ? [] : wholeWordMatches(text, word);
      if (found.length === 0) unmatchedWords++;
      for (const s of found) if (!spans.some((x) => x.start === s.start && x.end === s.end)) spans.push(s);
    }
    spans.sort((a, b) => a.start - b.start);
    return { id: `babe-${i + 1}`, outlet: row['outlet'] ?? '', text, spans };
  });
  return { docs, unmatchedWords, listedWords };
}

function wholeWordMatches(text: string, word: string): { start: number; end: number }[] {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'giu');
  return [...text.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}
