// npm run bench [-- MB] [--jobs N] [--repeat R] [--long 0.1,1,10] [--rss MB,MB] [--timeout S]
// Generates a synthetic corpus of about MB megabytes (bench/synthetic-corpus.ts, default 20)
// and prints, from one run: wink tokenize alone, the NLP floor (wink sentence split +
// negation + POS over the same texts), framelens with 1 job and with N jobs (default: the
// machine's cores) — each in its own process, with tokens/s, MB/s, peak RSS — in R rounds
// (default 3), and the ratios of each round with their median (the speed of a shared machine
// moves ±20% within minutes: one round's ratio is not a figure to trust);
// then seconds per MB for one sentence-per-line document of each --long size (MB), timed
// after a warm-up run has loaded the model — the whole run, and the document's analysis alone
// (analyzeText, without the run's fixed costs); then, with --rss, the peak RSS of framelens N
// jobs on corpora of those sizes (flat memory: the same RSS whatever the corpus size); last,
// each target of issue 8 with the figure this run measured and whether it is met.
// Token counts are wink's tokens (punctuation included) over the corpus texts, the same
// number for every row, so rates compare like with like. framelens rows time the whole run:
// reading, analysis and every report written. Wall-clock seconds and CPU seconds (all
// threads) are both shown: on a shared machine the CPU seconds are the steadier figure.
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveLexicons } from '../pipeline/index.js';
import { measure, type Measure } from './measure-child.js';
import { writeCorpus, writeLongDocument } from './synthetic-corpus.js';

/** One target line: the measured figure, the bound, met or not. */
function target(name: string, value: number, bound: number, sense: '≥' | '≤'): string {
  const met = sense === '≥' ? value >= bound : value <= bound;
  return `${name}: ${value.toFixed(2)} — ${met ? 'met' : 'not met'}`;
}

const USAGE = 'usage: npm run bench -- [MB] [--jobs N] [--repeat R] [--long MB,MB,…] [--rss MB,MB,…] [--timeout S]';

const MEASURES = (jobs: number) =>
  [
    ['wink tokenize alone', 'tokenize', 1],
    ['NLP floor (sbd+negation+pos)', 'floor', 1],
    ['framelens stages alone (in memory)', 'stages', 1],
    ['framelens --jobs 1', 'run', 1],
    [`framelens --jobs ${jobs}`, 'run', jobs],
  ] as const;

/** `repeat` rounds of the five measures on the corpus, one after the other: a row per measure
 *  and round, then each ratio per round (the measures of a round ran minutes apart, so the
 *  machine's speed of that hour divides out) and the median of the rounds, which the targets
 *  read. Gives the two speed targets' lines. Two ratios bound the targets' figures: the stages
 *  alone against the floor (a run does the stages and more, on one thread with 1 job), and
 *  1 job's seconds × the cores over N jobs' CPU seconds (N jobs cannot end sooner than their
 *  CPU seconds spread over every core). */
async function measureRatios(corpus: string, inMb: number, jobs: number, repeat: number, timeoutS: number): Promise<string[]> {
  const ratios = { floor: [] as number[], floorCpu: [] as number[], stages: [] as number[], jobs: [] as number[], jobsBound: [] as number[], cores: [] as number[], wink: [] as number[] };
  let tokens = 0;
  for (let round = 1; round <= repeat; round++) {
    const rows: Measure[] = [];
    for (const [label, mode, j] of MEASURES(jobs)) {
      const m = await measure(mode, corpus, j, timeoutS);
      tokens ||= m.tokens;
      rows.push(m);
      const time = m.timedOut ? `>${m.seconds}` : m.seconds.toFixed(1);
      const name = repeat > 1 ? `${label} (${round})` : label;
      console.log(`${name.padEnd(34)} ${time.padStart(8)} ${m.cpuSeconds.toFixed(1).padStart(7)} ${Math.round(tokens / m.seconds).toString().padStart(9)} ${(inMb / m.seconds).toFixed(2).padStart(6)} ${`${m.rssMb.toFixed(0)} MB`.padStart(9)}`);
    }
    const [wink, floor, stages, one, many] = rows as [Measure, Measure, Measure, Measure, Measure];
    ratios.floor.push(floor.seconds / one.seconds);
    ratios.floorCpu.push(floor.cpuSeconds / one.cpuSeconds);
    ratios.stages.push(floor.seconds / stages.seconds);
    ratios.jobs.push(one.seconds / many.seconds);
    ratios.jobsBound.push((one.seconds * availableParallelism()) / many.cpuSeconds);
    ratios.cores.push(one.cpuSeconds / one.seconds);
    ratios.wink.push(wink.seconds / floor.seconds);
  }
  const shown = (xs: number[]) => `${median(xs).toFixed(2)}${xs.length > 1 ? ` (rounds: ${xs.map((x) => x.toFixed(2)).join(', ')})` : ''}`;
  console.log(`ratios${repeat > 1 ? `, median of ${repeat} rounds` : ''}:`);
  console.log(`  framelens 1 job / NLP floor speed = ${shown(ratios.floor)}; cpu ${shown(ratios.floorCpu)}`);
  console.log(`  framelens stages alone (in memory) / NLP floor speed = ${shown(ratios.stages)}: what 1 job could reach with no reading, reports or pool`);
  console.log(`  ${jobs} jobs / 1 job speed = ${shown(ratios.jobs)} (wall only)`);
  console.log(`  at most, on these CPU seconds: ${shown(ratios.jobsBound)} (1 job's seconds × ${availableParallelism()} cores / ${jobs} jobs' CPU s); 1 job keeps ${shown(ratios.cores)} cores busy`);
  console.log(`  NLP floor / tokenize alone speed = ${shown(ratios.wink)}`);
  return [target('1 job ≥ 0.6 × NLP floor (wall, median)', median(ratios.floor), 0.6, '≥'), target(`${jobs} jobs ≥ 1.7 × 1 job (wall, median)`, median(ratios.jobs), 1.7, '≥')];
}

function median(xs: readonly number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

async function main(args: string[]): Promise<void> {
  const mb = Number(args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? 20);
  const jobs = Number(option(args, '--jobs') ?? availableParallelism());
  const longs = (option(args, '--long') ?? '0.1,1,10').split(',').filter((s) => s !== '').map(Number);
  const timeoutS = Number(option(args, '--timeout') ?? 900);
  const rssSizes = (option(args, '--rss') ?? '').split(',').filter((x) => x !== '').map(Number);
  const repeat = Number(option(args, '--repeat') ?? 3);
  if (args.includes('--help') || !(mb > 0) || !(jobs >= 1) || !Number.isInteger(repeat) || !(repeat >= 1) || [...longs, ...rssSizes].some((n) => !(n > 0))) {
    console.log(USAGE);
    if (!args.includes('--help')) process.exitCode = 2;
    return;
  }
  const lexicons = await resolveLexicons([]);
  if (!lexicons.ok) throw new Error(lexicons.problems.join('\n'));
  const terms = lexicons.lexicons.filter((l) => l.use === 'terms').flatMap((l) => l.entries.map((e) => e.term.replace(/\*$/, 'ist')));
  const dir = mkdtempSync(join(tmpdir(), 'framelens-bench-'));
  try {
    const corpus = join(dir, 'corpus.jsonl');
    const written = await writeCorpus(corpus, mb * 1_048_576, terms);
    const inMb = written.bytes / 1_048_576;
    console.log(`synthetic corpus: ${written.records} records, ${inMb.toFixed(1)} MB (JSONL); ${availableParallelism()} cores; load average ${loadavg()[0]!.toFixed(1)}`);
    console.log(`${'measure'.padEnd(34)} ${'seconds'.padStart(8)} ${'cpu s'.padStart(7)} ${'tokens/s'.padStart(9)} ${'MB/s'.padStart(6)} ${'peak RSS'.padStart(9)}`);
    const targets = await measureRatios(corpus, inMb, jobs, repeat, timeoutS);
    const perMb = new Map<number, number>();
    await writeCorpus(join(dir, 'warm-up.jsonl'), 2000, terms, 3);
    for (const size of longs) {
      const file = join(dir, `long-${size}.jsonl`);
      await writeLongDocument(file, size * 1_048_576, terms);
      const m = await measure('long', file, 1, timeoutS).catch((e: Error) => e);
      if (m instanceof Error) {
        console.log(`one ${size} MB document: ${m.message}`);
        continue;
      }
      if (m.analysisSeconds !== undefined) perMb.set(size, m.analysisSeconds / size);
      const analysis = m.analysisSeconds === undefined ? '' : `; its analysis alone ${(m.analysisSeconds / size).toFixed(2)} s/MB`;
      const figures = `whole run ${m.seconds.toFixed(1)} s (${m.cpuSeconds.toFixed(1)} cpu s), ${(m.seconds / size).toFixed(1)} s/MB (${(m.cpuSeconds / size).toFixed(1)} cpu s/MB), peak RSS ${m.rssMb.toFixed(0)} MB${analysis}`;
      console.log(`one ${size} MB document (sentence per line): ${m.timedOut ? `not done after ${timeoutS} s` : figures}`);
    }
    const [small, large] = [Math.min(...longs), Math.max(...longs)];
    if (longs.length > 1 && perMb.has(small) && perMb.has(large)) {
      targets.push(target(`${large} MB document s/MB ≤ 1.5 × ${small} MB's (analysis alone)`, perMb.get(large)! / perMb.get(small)!, 1.5, '≤'));
    }
    const rss = new Map<number, number>();
    for (const size of rssSizes) {
      const file = join(dir, `rss-${size}.jsonl`);
      await writeCorpus(file, size * 1_048_576, terms, 4);
      const m = await measure('run', file, jobs, timeoutS).catch((e: Error) => e);
      if (m instanceof Error) console.log(`framelens --jobs ${jobs} on ${size} MB: ${m.message}`);
      else console.log(`framelens --jobs ${jobs} on ${size} MB: ${m.timedOut ? `not done after ${timeoutS} s` : `${m.seconds.toFixed(0)} s, peak RSS ${m.rssMb.toFixed(0)} MB`}`);
      if (!(m instanceof Error) && !m.timedOut) rss.set(size, m.rssMb);
      rmSync(file, { force: true });
    }
    if (rss.size > 1) {
      const sizes = [...rss.keys()].sort((a, b) => a - b);
      const [first, last] = [sizes[0]!, sizes[sizes.length - 1]!];
      targets.push(target(`peak RSS at ${last} MB ≤ 1.2 × at ${first} MB`, rss.get(last)! / rss.get(first)!, 1.2, '≤'));
      targets.push(target(`peak RSS at ${last} MB ≤ 1024 MB`, rss.get(last)!, 1024, '≤'));
    }
    console.log('targets (issue 8):');
    for (const line of targets) console.log(`  ${line}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
