// npm run bench [-- MB] [--jobs N] [--long 0.1,1,10] [--timeout S]
// Generates a synthetic corpus of about MB megabytes (bench/synthetic-corpus.ts, default 20)
// and prints, from one run: wink tokenize alone, the NLP floor (wink sentence split +
// negation + POS over the same texts), framelens with 1 job and with N jobs (default: the
// machine's cores) — each in its own process, with tokens/s, MB/s, peak RSS — and the ratios;
// then seconds per MB for one sentence-per-line document of each --long size (MB).
// Token counts are wink's tokens (punctuation included) over the corpus texts, the same
// number for every row, so rates compare like with like. framelens rows time the whole run:
// reading, analysis and every report written. Figures depend on the machine and its load.
import { spawn } from 'node:child_process';
import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { resolveLexicons, runAnalysis } from '../pipeline/index.js';
import { writeCorpus, writeLongDocument } from './synthetic-corpus.js';

interface Measure {
  readonly seconds: number;
  readonly rssMb: number;
  readonly tokens: number;
  readonly timedOut?: boolean;
}

const SELF = fileURLToPath(import.meta.url);

async function* texts(path: string): AsyncGenerator<string> {
  for await (const line of createInterface({ input: createReadStream(path), crlfDelay: Infinity })) {
    if (line.trim() !== '') yield (JSON.parse(line) as { text: string }).text;
  }
}

/** One measurement, run inside a child process: prints a Measure as JSON. */
async function child(mode: string, corpus: string, jobs: number): Promise<Measure> {
  const started = process.hrtime.bigint();
  let tokens = 0;
  if (mode === 'tokenize' || mode === 'floor') {
    const nlp = winkNLP(model, mode === 'floor' ? ['sbd', 'negation', 'pos'] : []);
    for await (const text of texts(corpus)) {
      const doc = nlp.readDoc(text);
      tokens += (doc.tokens().out(mode === 'floor' ? nlp.its.pos : nlp.its.value) as string[]).length;
    }
  } else {
    const outDir = mkdtempSync(join(tmpdir(), 'framelens-bench-out-'));
    const settings = { split: 'none', dedup: 'none', kwicWindow: 8, maxDocMb: 20, seed: null, jobs, actors: null } as const;
    const run = await runAnalysis({ inputs: [corpus], outDir, settings, jobs });
    rmSync(outDir, { recursive: true, force: true });
    if (!run.ok) throw new Error(run.problems.join('\n'));
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { seconds, rssMb: process.resourceUsage().maxRSS / 1024, tokens };
}

function measure(mode: string, corpus: string, jobs: number, timeoutS: number): Promise<Measure> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [SELF, '--child', mode, corpus, String(jobs)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    proc.stdout.on('data', (d: Buffer) => (out += d.toString()));
    const timer = setTimeout(() => proc.kill('SIGKILL'), timeoutS * 1000);
    proc.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(JSON.parse(out) as Measure);
      else if (code === null) resolve({ seconds: timeoutS, rssMb: NaN, tokens: 0, timedOut: true });
      else reject(new Error(`bench child ${mode} exited with ${code}`));
    });
  });
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

async function main(args: string[]): Promise<void> {
  if (args[0] === '--child') {
    process.stdout.write(JSON.stringify(await child(args[1]!, args[2]!, Number(args[3]))));
    return;
  }
  const mb = Number(args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? 20);
  const jobs = Number(option(args, '--jobs') ?? availableParallelism());
  const longs = (option(args, '--long') ?? '0.1,1,10').split(',').filter((s) => s !== '').map(Number);
  const timeoutS = Number(option(args, '--timeout') ?? 900);
  if (!(mb > 0) || !(jobs >= 1) || longs.some((n) => !(n > 0))) throw new Error('usage: run-bench [MB] [--jobs N] [--long MB,MB,…] [--timeout S]');
  const lexicons = await resolveLexicons([]);
  if (!lexicons.ok) throw new Error(lexicons.problems.join('\n'));
  const terms = lexicons.lexicons.filter((l) => l.use === 'terms').flatMap((l) => l.entries.map((e) => e.term.replace(/\*$/, 'ist')));
  const dir = mkdtempSync(join(tmpdir(), 'framelens-bench-'));
  try {
    const corpus = join(dir, 'corpus.jsonl');
    const written = await writeCorpus(corpus, mb * 1_048_576, terms);
    const inMb = written.bytes / 1_048_576;
    console.log(`synthetic corpus: ${written.records} records, ${inMb.toFixed(1)} MB (JSONL); ${availableParallelism()} cores`);
    const rows: [string, Measure][] = [];
    for (const [label, mode, j] of [['wink tokenize alone', 'tokenize', 1], ['NLP floor (sbd+negation+pos)', 'floor', 1], ['framelens --jobs 1', 'run', 1], [`framelens --jobs ${jobs}`, 'run', jobs]] as const) {
      rows.push([label, await measure(mode, corpus, j, timeoutS)]);
    }
    const tokens = rows[0]![1].tokens;
    console.log(`${'measure'.padEnd(30)} ${'seconds'.padStart(8)} ${'tokens/s'.padStart(9)} ${'MB/s'.padStart(6)} ${'peak RSS'.padStart(9)}`);
    for (const [label, m] of rows) {
      const time = m.timedOut ? `>${m.seconds}` : m.seconds.toFixed(1);
      console.log(`${label.padEnd(30)} ${time.padStart(8)} ${Math.round(tokens / m.seconds).toString().padStart(9)} ${(inMb / m.seconds).toFixed(2).padStart(6)} ${`${m.rssMb.toFixed(0)} MB`.padStart(9)}`);
    }
    const s = (i: number): number => rows[i]![1].seconds;
    console.log(`ratios: framelens 1 job / NLP floor = ${(s(1) / s(2)).toFixed(2)} (speed); ${jobs} jobs / 1 job = ${(s(2) / s(3)).toFixed(2)}; floor / tokenize alone = ${(s(0) / s(1)).toFixed(2)}`);
    for (const size of longs) {
      const file = join(dir, `long-${size}.jsonl`);
      await writeLongDocument(file, size * 1_048_576, terms);
      const m = await measure('run', file, 1, timeoutS);
      console.log(`one ${size} MB document (sentence per line): ${m.timedOut ? `not done after ${timeoutS} s` : `${m.seconds.toFixed(1)} s, ${(m.seconds / size).toFixed(1)} s/MB, peak RSS ${m.rssMb.toFixed(0)} MB`}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
