// figures.jsonl: the sidecar that makes a run folder mergeable. One JSON line per input
// record, in doc_id order (the order of documents.csv): a processed document's DocFigures
// (figures-of.ts: counts, hits and quotes reduced to what statistics need, no text), or for a
// record set aside its doc_id, outlet, status and reason; then one line per outlet with its
// lemma counts (`{"outlet":…,"lemmaCounts":[[lemma,count],…]}`, outlets in natural order,
// lemmas in code-unit order). RunTotals (stats/run-totals.ts) is exactly the set of these
// lines, so `framelens merge` rebuilds every summary statistic from the shards' sidecars
// (merge-runs.ts). Lines are JSON.stringify of plain data: every field of
// DocFigures must stay plain JSON (no Map, Set or class).
import { figuresOf } from '../figures-of.js';
import type { LemmaCounts } from '../stats/lemma-counts.js';
import type { RunTotals, SetAsideFigure } from '../stats/run-totals.js';
import type { DocFigures, RecordOutcome } from '../types.js';

export const FIGURES_FILE = 'figures.jsonl';

export const FIGURES_MEANING =
  'JSON lines, one per input record in doc_id order (as documents.csv): for a processed document its figures (doc_id, outlet, date, tokens, sentences, a hash of outlet and text for finding duplicates, and its term hits and quotes reduced to what the statistics use); for a record set aside its docId, outlet, status and reason; then one line per outlet with its lemma counts (outlet, lemmaCounts). framelens merge rebuilds every summary report of shard folders from these lines.';

/** A record set aside, as its sidecar line holds it. */
export interface SetAsideLine extends SetAsideFigure {
  readonly reason: string;
}

export type FiguresEntry =
  | { readonly kind: 'processed'; readonly figures: DocFigures }
  | { readonly kind: 'set-aside'; readonly record: SetAsideLine };

export function figuresEntryOf(outcome: RecordOutcome): FiguresEntry {
  if (outcome.kind === 'processed') return { kind: 'processed', figures: figuresOf(outcome.doc) };
  const { meta, status, reason } = outcome.record;
  return { kind: 'set-aside', record: { docId: meta.docId, outlet: meta.outlet, status, reason } };
}

/** The entry's line, newline included. */
export function figuresLine(entry: FiguresEntry): string {
  return `${JSON.stringify(entry.kind === 'processed' ? entry.figures : entry.record)}\n`;
}

/** An outlet's lemma counts, as its line holds them. */
export interface LemmaLine {
  readonly kind: 'lemmas';
  readonly outlet: string;
  readonly counts: readonly (readonly [string, number])[];
}

/** A line back to its entry (a set-aside line is the one with a `status`, a lemma line the
 *  one with `lemmaCounts`). */
export function parseFiguresLine(line: string): FiguresEntry | LemmaLine {
  const value = JSON.parse(line) as DocFigures | SetAsideLine | { outlet: string; lemmaCounts: [string, number][] };
  if ('lemmaCounts' in value) return { kind: 'lemmas', outlet: value.outlet, counts: value.lemmaCounts };
  return 'status' in value ? { kind: 'set-aside', record: value } : { kind: 'processed', figures: value };
}

/** The lemma lines of a run's totals: one per outlet, outlets in natural order, lemmas in
 *  code-unit order. */
export function* lemmaLines(lemmas: LemmaCounts): Generator<string> {
  for (const [outlet, lemmaCounts] of lemmas.byOutlet()) yield `${JSON.stringify({ outlet, lemmaCounts })}\n`;
}

export function docIdOfEntry(entry: FiguresEntry): string {
  return entry.kind === 'processed' ? entry.figures.docId : entry.record.docId;
}

/** Folds an entry into the run's totals. */
export function addFiguresEntry(totals: RunTotals, entry: FiguresEntry | LemmaLine): void {
  if (entry.kind === 'lemmas') totals.lemmas.addPairs(entry.outlet, entry.counts);
  else if (entry.kind === 'processed') totals.addFigures(entry.figures);
  else totals.addSetAside({ docId: entry.record.docId, outlet: entry.record.outlet, status: entry.record.status });
}
