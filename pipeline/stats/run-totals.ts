// RunTotals: what the summary reports are computed from — the DocFigures of every processed
// document and the outlet and status of every record set aside, plus the run's lexicons and
// the statistics options (seed, bootstrap B, period, dedup). It holds no text. Documents may
// be added in any order (a worker pool, merged shards); `docs` and `setAside` are read in
// doc_id order, so every summary report is a pure function of the set of records and two runs
// over the same corpus give the same bytes. The documents' figures are kept packed
// (stats/figures-store.ts: a few hundred bytes per document).
// Two things are not kept per document:
//   - sentence hashes and token counts per sentence: they serve --dedup sentences, which is
//     decided before `add` (DocFigures.duplicateSentences, marked in doc_id order by the
//     writer or a merge: stats/sentence-dedup.ts); `docs` holds each document as the
//     statistics count it — hits, quotes and tokens of repeated sentences left out;
//   - lemma frequencies (distinctive_terms.csv) are per-outlet sums (`lemmas`,
//     stats/lemma-counts.ts), added apart from the figures: a batch of documents at a time
//     where they are analysed (`addLemmaSums`), one document at a time from an outcome
//     (`add`), or from the lemma lines of shard folders' figures.jsonl (a merge). Sums do not depend on
//     the order of adding.
import { compareDocIds } from '../corpus/compare-doc-ids.js';
import { figuresOf } from '../figures-of.js';
import type { DocFigures, Lexicon, RecordOutcome, RunResult } from '../types.js';
import { FiguresStore, type FiguresSnapshot } from './figures-store.js';
import { LemmaCounts } from './lemma-counts.js';
import { SentenceDedup } from './sentence-dedup.js';
import { DEFAULT_STATS_OPTIONS, type StatsOptions } from './stats-options.js';

export interface SetAsideFigure {
  readonly docId: string;
  readonly outlet: string;
  readonly status: 'rejected' | 'duplicate';
}

/** RunTotals as a report worker reads them (`snapshot`): without the lemma counts. */
export interface TotalsSnapshot {
  readonly lexicons: readonly Lexicon[];
  readonly options: StatsOptions;
  readonly setAside: readonly SetAsideFigure[];
  readonly hitCategories: readonly string[];
  readonly docs: FiguresSnapshot;
}

export class RunTotals {
  #docs = new FiguresStore();
  readonly #setAside: SetAsideFigure[] = [];
  #sorted = true;
  #lemmas: LemmaCounts | null = new LemmaCounts();
  /** Categories of the hits met (runCategories adds the lexicons' own). */
  readonly hitCategories = new Set<string>();
  /** Results computed from the documents that several reports read (`cached`); cleared when a
   *  record is added. */
  readonly #cache = new Map<symbol, unknown>();

  constructor(
    readonly lexicons: readonly Lexicon[],
    readonly options: StatsOptions = DEFAULT_STATS_OPTIONS,
  ) {}

  /** Adds a document's figures (its duplicateSentences already marked). */
  addFigures(figures: DocFigures): void {
    const doc = counted(figures);
    for (const h of doc.hits) this.hitCategories.add(h.category);
    this.#docs.add(doc);
    this.#cache.clear();
  }

  addSetAside(record: SetAsideFigure): void {
    this.#setAside.push(record);
    this.#sorted = false;
    this.#cache.clear();
  }

  /** `make()`, computed once for these records (several reports read one pass's result). */
  cached<T>(key: symbol, make: () => T): T {
    if (!this.#cache.has(key)) this.#cache.set(key, make());
    return this.#cache.get(key) as T;
  }

  /** Folds one record's outcome in (its repeated sentences already marked, if any). */
  add(outcome: RecordOutcome): void {
    if (outcome.kind === 'processed') {
      this.addFigures(figuresOf(outcome.doc));
      this.lemmas.addPairs(outcome.doc.meta.outlet, outcome.doc.lemmas);
    }
    else this.addSetAside({ docId: outcome.record.meta.docId, outlet: outcome.record.meta.outlet, status: outcome.record.status });
  }

  get lemmas(): LemmaCounts {
    if (!this.#lemmas) throw new Error('run totals: a snapshot holds no lemma counts');
    return this.#lemmas;
  }

  /** The totals as they are now, for the summary reports computed in another worker thread
   *  (reports/summary-worker.ts): documents, records set aside, lexicons and options, but not
   *  the lemma counts nor label candidates' examples. The totals must not be closed while a
   *  snapshot is read (spilled figures are read through their shared descriptor). */
  snapshot(): TotalsSnapshot {
    return { lexicons: this.lexicons, options: this.options, setAside: this.setAside, hitCategories: [...this.hitCategories], docs: this.#docs.snapshot() };
  }

  /** Read-only totals from a snapshot. */
  static fromSnapshot(snapshot: TotalsSnapshot): RunTotals {
    const totals = new RunTotals(snapshot.lexicons, snapshot.options);
    totals.#docs = FiguresStore.fromSnapshot(snapshot.docs);
    for (const record of snapshot.setAside) totals.#setAside.push(record);
    for (const category of snapshot.hitCategories) totals.hitCategories.add(category);
    totals.#lemmas = null;
    return totals;
  }

  /** Processed documents' figures as the statistics count them, in doc_id order: read back
   *  one at a time from the compact store (each use of `docs` reads them again). */
  get docs(): Iterable<DocFigures> {
    return this.#docs.inOrder();
  }

  /** Outlets of the processed documents, in natural order. */
  outlets(): string[] {
    return this.#docs.outlets();
  }

  /** An outlet's processed documents, in doc_id order. */
  docsOf(outlet: string): Iterable<DocFigures> {
    return this.#docs.ofOutlet(outlet);
  }

  /** Frees the figures' spill files and lets go of everything the totals hold, once the
   *  summary reports are written (report.html, drawn next from the files, needs the memory):
   *  the totals are empty afterwards. */
  close(): void {
    this.#cache.clear();
    this.#docs.close();
    this.#docs = new FiguresStore();
    this.#lemmas = new LemmaCounts();
    this.#setAside.length = 0;
    this.hitCategories.clear();
  }

  /** Records set aside (rejected or duplicate), in doc_id order. */
  get setAside(): readonly SetAsideFigure[] {
    this.#sort();
    return this.#setAside;
  }

  #sort(): void {
    if (this.#sorted) return;
    this.#setAside.sort((a, b) => compareDocIds(a.docId, b.docId));
    this.#sorted = true;
  }
}

/** A document as the statistics count it: hits and quotes in repeated sentences and those
 *  sentences' tokens left out; per-sentence arrays dropped (already used). */
function counted(f: DocFigures): DocFigures {
  const base = { ...f, sentenceHashes: [], sentenceTokens: [] };
  if (f.duplicateSentences.length === 0) return base;
  const dup = new Set(f.duplicateSentences);
  const lost = f.duplicateSentences.reduce((n, s) => n + (f.sentenceTokens[s] ?? 0), 0);
  return {
    ...base,
    tokens: f.tokens - lost,
    hits: f.hits.filter((h) => !dup.has(h.sentence)),
    quotes: f.quotes.filter((q) => !dup.has(q.sentence)),
  };
}

/** A run's outcomes in doc_id order (processed and set-aside records interleaved); with
 *  --dedup sentences, each document's repeated sentences marked. */
export function outcomesOf(run: RunResult, options: StatsOptions = DEFAULT_STATS_OPTIONS): RecordOutcome[] {
  const outcomes: RecordOutcome[] = [
    ...run.processed.map((doc): RecordOutcome => ({ kind: 'processed', doc })),
    ...run.setAside.map((record): RecordOutcome => ({ kind: 'set-aside', record })),
  ];
  const id = (o: RecordOutcome): string => (o.kind === 'processed' ? o.doc.meta.docId : o.record.meta.docId);
  outcomes.sort((a, b) => compareDocIds(id(a), id(b)));
  if (options.dedup !== 'sentences') return outcomes;
  const dedup = new SentenceDedup();
  return outcomes.map((o) => dedup.markOutcome(o));
}

/** The totals of a run held in memory. */
export function totalsOf(run: RunResult, options: StatsOptions = DEFAULT_STATS_OPTIONS): RunTotals {
  const totals = new RunTotals(run.lexicons, options);
  for (const outcome of outcomesOf(run, options)) totals.add(outcome);
  return totals;
}
