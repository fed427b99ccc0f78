// npm run bench:stats [-- N [B]]: the statistics step's share of run time. Builds N synthetic
// documents' figures (default 100,000: 20 outlets, 150–1,350 tokens, 0–8 term hits from the
// bundled lexicons' entries, 0–9 quotes, dates over two years, Zipf-distributed lemmas), times
// folding them into RunTotals and computing every summary report (bootstrap with B replicates,
// default 1,000), and compares that with the analysis time the same tokens would take, measured
// here on the bundled corpus (analyzeRecords, one thread). Reading and writing files are not
// timed. A planning figure, not a test.
import { analyzeRecords, readCorpus, resolveLexicons } from '../pipeline/index.js';
import type { DocFigures, Lexicon, ReadResult, RecordOutcome, SourceDoc } from '../pipeline/index.js';
import { BUNDLED_CORPUS_DIR } from '../pipeline/package-root.js';
import { SUMMARY_REPORTS } from '../pipeline/reports/index.js';
import { seededRandom } from '../pipeline/stats/prng.js';
import { RunTotals } from '../pipeline/stats/run-totals.js';
import { DEFAULT_STATS_OPTIONS } from '../pipeline/stats/stats-options.js';
import type { SpeakerType } from '../pipeline/types.js';

const OUTLETS = 20;
const VOCABULARY = 50_000;
const TYPES: readonly SpeakerType[] = ['person', 'organization', 'nominal', 'anonymous', 'unresolved'];

function syntheticDoc(i: number, random: () => number, entries: readonly { term: string; category: string; lexicon: string }[]): { figures: DocFigures; lemmas: [string, number][] } {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const tokens = 150 + Math.floor(random() * 1200);
  const hits = Array.from({ length: Math.floor(random() * 9) }, () => {
    const e = pick(entries);
    return { sentence: 0, term: e.term, category: e.category, lexicon: e.lexicon, voice: random() < 0.3 ? ('quoted' as const) : ('own' as const), scareQuoted: false, negated: false, form: e.term, target: '', speaker: '', quoteKind: '' as const };
  });
  const quotes = Array.from({ length: Math.floor(random() * 10) }, () => ({
    sentence: 0, kind: 'direct' as const, speaker: `speaker ${Math.floor(random() * 500)}`, speakerType: pick(TYPES), words: 12, cueLemma: 'say', cueConnotation: random() < 0.1 ? ('loaded' as const) : ('neutral' as const),
  }));
  const day = Math.floor(random() * 730);
  const date = new Date(Date.UTC(2023, 0, 1 + day)).toISOString().slice(0, 10);
  // Zipf-like lemma ranks: rank = floor(V^u), u uniform.
  const lemmas = Array.from({ length: tokens }, () => `w${Math.floor(VOCABULARY ** random())}`);
  return { figures: { docId: `doc-${i}`, outlet: `outlet ${i % OUTLETS}`, date, tokens, sentences: Math.ceil(tokens / 25), hits, quotes, sentenceHashes: [], sentenceTokens: [], duplicateSentences: [], actors: [], candidates: [], dupKey: '' }, lemmas: [...tally(lemmas)] };
}

/** Each lemma with its count, in order of first occurrence. */
function tally(lemmas: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const lemma of lemmas) counts.set(lemma, (counts.get(lemma) ?? 0) + 1);
  return counts;
}

async function analysisSecondsPerToken(lexicons: readonly Lexicon[]): Promise<number> {
  const read = await readCorpus([BUNDLED_CORPUS_DIR]);
  if (!read.ok) throw new Error('the bundled corpus cannot be read');
  const docs = read.records.flatMap((r) => (r.kind === 'doc' ? [r.doc] : []));
  const records: ReadResult[] = Array.from({ length: 200 }, (_, i) => replica(docs[i % docs.length]!, i));
  let tokens = 0;
  const started = process.hrtime.bigint();
  await analyzeRecords(records, { lexicons, kwicWindow: 8 }, { add: (o: RecordOutcome) => (tokens += o.kind === 'processed' ? o.doc.tokenCount : 0) });
  return Number(process.hrtime.bigint() - started) / 1e9 / tokens;
}

function replica(doc: SourceDoc, i: number): ReadResult {
  return { kind: 'doc', doc: { ...doc, meta: { ...doc.meta, docId: `bench-${i}`, outlet: `${doc.meta.outlet} #${i}` } } };
}

const seconds = (from: bigint): number => Number(process.hrtime.bigint() - from) / 1e9;

async function main(): Promise<void> {
  const n = Number(process.argv[2] ?? 100_000);
  const B = Number(process.argv[3] ?? DEFAULT_STATS_OPTIONS.bootstrap);
  const lexicons = await resolveLexicons([]);
  if (!lexicons.ok) throw new Error('the bundled lexicons cannot be read');
  const entries = lexicons.lexicons.filter((l) => l.use === 'terms').flatMap((l) => l.entries.map((e) => ({ term: e.term, category: e.category, lexicon: l.id })));
  const random = seededRandom(1, 'bench');
  const totals = new RunTotals(lexicons.lexicons, { ...DEFAULT_STATS_OPTIONS, bootstrap: B });
  let tokens = 0;
  let foldSeconds = 0;
  for (let i = 0; i < n; i++) {
    const { figures, lemmas } = syntheticDoc(i, random, entries);
    tokens += figures.tokens;
    const t = process.hrtime.bigint();
    totals.addFigures(figures);
    totals.lemmas.addPairs(figures.outlet, lemmas);
    foldSeconds += seconds(t);
  }
  console.log(`${n} synthetic documents, ${tokens} tokens, ${OUTLETS} outlets, B = ${B}`);
  console.log(`fold into RunTotals (figures and lemma counts): ${foldSeconds.toFixed(2)} s`);
  let statsSeconds = foldSeconds;
  for (const spec of SUMMARY_REPORTS) {
    const t = process.hrtime.bigint();
    let rows = 0;
    for (const row of spec.rows(totals)) {
      for (const c of spec.columns) c.value(row);
      rows++;
    }
    const s = seconds(t);
    statsSeconds += s;
    console.log(`  ${spec.file}: ${rows} rows in ${s.toFixed(2)} s`);
  }
  const perToken = await analysisSecondsPerToken(lexicons.lexicons);
  const analysis = perToken * tokens;
  console.log(`statistics step: ${statsSeconds.toFixed(2)} s; analysis of the same tokens at the measured ${Math.round(1 / perToken)} tokens/s: ${analysis.toFixed(0)} s`);
  console.log(`statistics share of run time: ${((100 * statsSeconds) / (statsSeconds + analysis)).toFixed(2)}%; peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : String(error));
  process.exitCode = 1;
});
