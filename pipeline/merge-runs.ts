// `framelens merge`: the N shard folders of `analyze --shard I/N` → the folder one run over
// the whole corpus writes, byte for byte. Steps:
//   1. check the shards (merge/check-shards.ts): all N present once, same versions,
//      lexicons, options and inputs; load the lexicons (given, or the bundled ones) and check
//      they are the shards';
//   2. stream every shard's figures.jsonl in doc_id order (merge/stream-records.ts) past the
//      cross-document rules (merge/cross-document.ts: duplicates across shards, ...), keeping
//      of each record only its shard, doc_id and change: memory does not hold the figures;
//   3. join each row report (merge/merge-rows.ts), streaming, rows copied as written;
//   4. stream the figures again into figures.jsonl and RunTotals (lemma counts: the sums of
//      the shards' lemma lines) and end as a run does
//      (writeRunSummary: every summary report, the codebook, the manifest with the counts
//      of the whole run and no shard option).
// A refusal is one line with a code. Everything is written into a temporary folder that
// replaces --out at once at the end (run-folder.ts, as analyze does): a shard file found
// damaged in steps 2-3 stops the merge with --out left as it was.
import { mkdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import type { Problems, RecordCounts } from './analyze-corpus.js';
import { resolveLexicons } from './lexicon/resolve-lexicons.js';
import type { ResolvedLexicons } from './lexicon/resolve-lexicons.js';
import { checkShards, lexiconDifference, lexiconList } from './merge/check-shards.js';
import type { ShardFolder } from './merge/check-shards.js';
import { CROSS_DOCUMENT_RULES } from './merge/cross-document.js';
import { redoSentenceDedup } from './merge/redo-sentence-dedup.js';
import { openRunFolder } from './run-folder.js';
import { DEFAULT_STATS_OPTIONS } from './stats/stats-options.js';
import type { StatsOptions } from './stats/stats-options.js';
import type { CrossDocumentRule, MergeRecord } from './merge/cross-document.js';
import { mergeRowReport, ShardContentError, type MergeRow } from './merge/merge-rows.js';
import { streamRecords } from './merge/stream-records.js';
import { manifestLexicons } from './reports/build-manifest.js';
import { addFiguresEntry, FIGURES_FILE, figuresLine, lemmaLines } from './reports/figures-sidecar.js';
import type { FiguresEntry } from './reports/figures-sidecar.js';
import { ROW_REPORTS } from './reports/index.js';
import { RunTotals } from './stats/run-totals.js';
import type { Lexicon } from './types.js';
import { TempFile } from './reports/write-report-file.js';
import { writeRunSummary } from './write-reports.js';

export interface MergeOptions {
  /** The shard folders, in any order. */
  readonly shardDirs: readonly string[];
  readonly outDir: string;
  /** The lexicon files or folders the shards were run with; none: the bundled ones. */
  readonly lexicons?: readonly string[];
  /** The cross-document rules to run (default: CROSS_DOCUMENT_RULES). */
  readonly rules?: readonly CrossDocumentRule[];
}

export type MergeOutcome = { readonly ok: true; readonly counts: RecordCounts; readonly shards: number; readonly written: readonly string[] } | Problems;

const refuse = (problem: string): Problems => ({ ok: false, problems: [problem] });

export async function mergeRuns(options: MergeOptions): Promise<MergeOutcome> {
  if (options.shardDirs.length === 0) return refuse('no shard folders given [MERGE_SHARDS]');
  const out = resolve(options.outDir);
  const inside = options.shardDirs.find((d) => resolve(d) === out);
  if (inside !== undefined) return refuse(`--out ${options.outDir} is one of the shard folders; write the merge elsewhere [MERGE_OUT]`);
  const checked = await checkShards(options.shardDirs);
  if (!checked.ok) return refuse(checked.problem);
  const lexicons = await shardLexicons(checked.shards[0]!, options.lexicons ?? []);
  if (!lexicons.ok) return lexicons;
  try {
    const stats = statsOptionsOfManifest(checked.shards[0]!.manifest.options);
    const rules = options.rules ?? [...CROSS_DOCUMENT_RULES, ...(stats.dedup === 'sentences' ? [redoSentenceDedup] : [])];
    const open = await openRunFolder(options.outDir);
    if (!open.ok) return refuse(`${open.problem} [${open.code}]`);
    return await open.folder.write((dir) => writeMerge(checked.shards, lexicons.lexicons, stats, dir, rules));
  } catch (error) {
    if (error instanceof ShardContentError) return refuse(error.message);
    throw error;
  }
}

/** The lexicons to recompute with: loaded like analyze does, then checked to be the shards'. */
async function shardLexicons(shard: ShardFolder, paths: readonly string[]): Promise<ResolvedLexicons> {
  const loaded = await resolveLexicons(paths);
  if (!loaded.ok) return loaded;
  const different = lexiconDifference(shard.manifest.lexicons, manifestLexicons(loaded.lexicons));
  if (different === null) return loaded;
  const given = paths.length > 0 ? 'the --lexicon files give' : 'no --lexicon given: the bundled lexicons are';
  return refuse(
    `${join(shard.dir, 'manifest.json')}: the shards were run with lexicons ${lexiconList(different.onlyX)}, but ${given} ${lexiconList(different.onlyY)}; give merge the same --lexicon files as analyze [MERGE_LEXICONS]`,
  );
}

async function writeMerge(shards: readonly ShardFolder[], lexicons: readonly Lexicon[], stats: StatsOptions, outDir: string, rules: readonly CrossDocumentRule[]): Promise<MergeOutcome> {
  const dirs = shards.map((s) => s.dir);
  const totals = new RunTotals(lexicons, stats);
  try {
    // Pass 1: every record in doc_id order past the rules; kept: its shard, doc_id and change.
    const records: MergeRow[] = [];
    const visitors = rules.map((rule) => rule());
    for await (const r of streamRecords(dirs, (line) => addFiguresEntry(totals, line))) {
      for (const visit of visitors) visit(r);
      // Lemma counts come summed per shard: a processed document set aside by a rule could not
      // be taken out of them. Shards of one corpus never need it (each finds duplicates over all of it).
      if (r.entry.kind === 'processed' && r.change?.kind === 'set-aside') {
        throw new ShardContentError(`doc_id ${r.docId} is analysed in its shard but set aside across shards; were the shards made from the same corpus? [MERGE_SHARD_CONTENT]`);
      }
      records.push({ shard: r.shard, docId: r.docId, change: r.change });
    }
    await mkdir(outDir, { recursive: true });
    const written: string[] = [];
    // Pass 2: the row reports, joined.
    for (const spec of ROW_REPORTS) {
      await mergeRowReport(spec, dirs, records, outDir);
      written.push(spec.file);
    }
    // Pass 3: the figures again, changed where a rule said so, into the totals and figures.jsonl.
    const counts = { read: records.length, processed: 0, rejected: 0, duplicate: 0 };
    const figures = await TempFile.open(outDir, FIGURES_FILE);
    let k = 0;
    for await (const r of streamRecords(dirs)) {
      const first = records[k++];
      if (first?.docId !== r.docId) throw new ShardContentError(`${join(dirs[r.shard]!, FIGURES_FILE)}: changed while the merge read it; merge again [MERGE_SHARD_CONTENT]`);
      const entry = finalEntry({ ...r, change: first.change });
      addFiguresEntry(totals, entry);
      if (entry.kind === 'processed') counts.processed++;
      else counts[entry.record.status]++;
      await figures.write(figuresLine(entry));
    }
    for (const line of lemmaLines(totals.lemmas)) await figures.write(line);
    await figures.commit();
    written.push(FIGURES_FILE);
    written.push(...(await writeRunSummary(outDir, totals, mergedManifest(shards[0]!, counts), { threads: availableParallelism() })));
    return { ok: true, counts, shards: shards.length, written };
  } finally {
    totals.close(); // its spill files
  }
}

function finalEntry(r: MergeRecord): FiguresEntry {
  const c = r.change;
  if (c === null) return r.entry;
  if (c.kind === 'processed') return { kind: 'processed', figures: c.figures };
  const outlet = r.entry.kind === 'processed' ? r.entry.figures.outlet : r.entry.record.outlet;
  return { kind: 'set-aside', record: { docId: r.docId, outlet, status: c.status, reason: c.reason } };
}

/** The statistics options the shards were run with (manifest.json `options`). */
function statsOptionsOfManifest(options: Readonly<Record<string, unknown>>): StatsOptions {
  const d = DEFAULT_STATS_OPTIONS;
  const pick = <T>(value: unknown, fallback: T): T => (value === undefined ? fallback : (value as T));
  return { seed: pick(options.seed, d.seed), bootstrap: pick(options.bootstrap, d.bootstrap), period: pick(options.period, d.period), dedup: pick(options.dedup, d.dedup) };
}

/** The shards' manifest as one run writes it: counts of the whole corpus, no shard option. */
function mergedManifest(shard: ShardFolder, counts: RecordCounts): Record<string, unknown> {
  const { shard: _, ...options } = shard.manifest.options;
  const reproduce = shard.manifest.reproduce as { options?: readonly string[] } | undefined;
  if (reproduce?.options === undefined) return { ...shard.manifest, options, counts };
  const args = reproduce.options.filter((arg, i, all) => arg !== '--shard' && all[i - 1] !== '--shard');
  return { ...shard.manifest, options, counts, reproduce: { ...reproduce, options: args } };
}
