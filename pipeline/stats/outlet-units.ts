// Grouping documents into resampling units: by outlet (natural order), or by outlet × period.
// A unit's documents stay in doc_id order, so its column indices — and with them the
// bootstrap's draws — depend only on the set of documents.
import { compareCodeUnits } from '../corpus/compare-doc-ids.js';
import type { RunTotals } from './run-totals.js';
import type { DocFigures } from '../types.js';

/** Items grouped by key, each group in the items' order. */
export function groupBy<T, K = string>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** [outlet, its documents in doc_id order], outlets in natural order; each outlet's documents
 *  are read from the totals as they are iterated. */
export function docsByOutlet(totals: RunTotals): [string, Iterable<DocFigures>][] {
  return totals.outlets().map((outlet) => [outlet, totals.docsOf(outlet)]);
}

/** The categories of a run, in code-unit order: every category of its term lexicons, and any
 *  category met in a hit. */
export function runCategories(totals: RunTotals): string[] {
  const categories = new Set(totals.lexicons.filter((l) => l.use === 'terms').flatMap((l) => Object.keys(l.categories)));
  for (const c of totals.hitCategories) categories.add(c);
  return [...categories].sort(compareCodeUnits);
}
