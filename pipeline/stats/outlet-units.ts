// Grouping documents into resampling units: by outlet (natural order), or by outlet × period.
// A unit's documents stay in doc_id order, so its column indices — and with them the
// bootstrap's draws — depend only on the set of documents.
import { compareDocIds } from '../corpus/compare-doc-ids.js';
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

/** [outlet, its documents in doc_id order], outlets in natural order. */
export function docsByOutlet(docs: readonly DocFigures[]): [string, DocFigures[]][] {
  return [...groupBy(docs, (d) => d.outlet).entries()].sort((a, b) => compareDocIds(a[0], b[0]));
}

/** The categories of a run: every category of its term lexicons, and any category met in a hit. */
export function runCategories(lexicons: readonly { readonly use: string; readonly categories: Readonly<Record<string, string>> }[], docs: readonly DocFigures[]): Set<string> {
  const categories = new Set(lexicons.filter((l) => l.use === 'terms').flatMap((l) => Object.keys(l.categories)));
  for (const doc of docs) for (const h of doc.hits) categories.add(h.category);
  return categories;
}
