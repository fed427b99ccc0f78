// One measurement of the bench (run-bench.ts), each in a child process of its own so that its
// peak RSS and CPU seconds are its alone: `tokenize` (wink without annotations), `floor` (wink
// with sbd, negation, pos), `stages` (framelens' stages alone on texts already in memory: no
// reading, no reports, no pool — the most a whole run with one job could reach), `run`
// (framelens on the corpus, every report written) and `long` (a warm-up run, then one long
// document: the whole run, and its analysis alone). The child is this file run with
// `--child MODE CORPUS JOBS`; it prints its Measure as JSON.
import { spawn } from 'node:child_process';
import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { analyzeText, runAnalysis } from '../pipeline/index.js';

export interface Measure {
  readonly seconds: number;
  readonly cpuSeconds: number;
  readonly rssMb: number;
  readonly tokens: number;
  readonly timedOut?: boolean;
  /** Mode `long`: seconds of analyzeText on the document alone (no reading, no reports). */
  readonly analysisSeconds?: number;
}

const SELF = fileURLToPath(import.meta.url);

async function* texts(path: string): AsyncGenerator<string> {
  for await (const line of createInterface({ input: createReadStream(path), crlfDelay: Infinity })) {
    if (line.trim() !== '') yield (JSON.parse(line) as { text: string }).text;
  }
}

const SETTINGS = { split: 'none', dedup: 'none', kwicWindow: 8, maxDocMb: 20, seed: 1, bootstrap: 1000, period: 'month', actors: null } as const;

async function runFramelens(corpus: string, jobs: number): Promise<void> {
  const outDir = mkdtempSync(join(tmpdir(), 'framelens-bench-out-'));
  try {
    const run = await runAnalysis({ inputs: [corpus], outDir, settings: { ...SETTINGS, jobs }, jobs });
    if (!run.ok) throw new Error(run.problems.join('\n'));
    if (run.counts.processed !== run.counts.read) throw new Error(`${run.counts.read - run.counts.processed} records not analysed: ${run.rejected.map((r) => r.reason).join('; ')}`);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

/** One measurement, run inside a child process: prints a Measure as JSON. Mode `long` first
 *  analyses a small document (model and lexicons loaded), then times the corpus. */
async function child(mode: string, corpus: string, jobs: number): Promise<Measure> {
  if (mode === 'long') await runFramelens(join(corpus, '..', 'warm-up.jsonl'), 1);
  const inMemory: string[] = [];
  if (mode === 'stages') {
    for await (const text of texts(corpus)) inMemory.push(text);
    await analyzeText('Warm-up: the model and the lexicons are loaded before the clock starts, an official said.');
  }
  const started = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  let tokens = 0;
  if (mode === 'tokenize' || mode === 'floor') {
    const nlp = winkNLP(model, mode === 'floor' ? ['sbd', 'negation', 'pos'] : []);
    for await (const text of texts(corpus)) {
      const doc = nlp.readDoc(text);
      tokens += (doc.tokens().out(mode === 'floor' ? nlp.its.pos : nlp.its.value) as string[]).length;
    }
  } else if (mode === 'stages') {
    // analyzeText: the stages of analyze-document.ts on one text, as a run's worker runs them.
    for (const text of inMemory) tokens += (await analyzeText(text)).tokens.length;
  } else {
    await runFramelens(corpus, jobs);
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const used = process.cpuUsage(cpu);
  const rssMb = process.resourceUsage().maxRSS / 1024;
  let analysisSeconds: number | undefined;
  if (mode === 'long') {
    // The document's analysis alone, the run's fixed costs (index, reports, report.html) left out.
    for await (const text of texts(corpus)) {
      const from = process.hrtime.bigint();
      await analyzeText(text);
      analysisSeconds = Number(process.hrtime.bigint() - from) / 1e9;
    }
  }
  return { seconds, cpuSeconds: (used.user + used.system) / 1e6, rssMb, tokens, analysisSeconds };
}

export function measure(mode: string, corpus: string, jobs: number, timeoutS: number): Promise<Measure> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [SELF, '--child', mode, corpus, String(jobs)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    proc.stdout.on('data', (d: Buffer) => (out += d.toString()));
    const timer = setTimeout(() => proc.kill('SIGKILL'), timeoutS * 1000);
    proc.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(JSON.parse(out) as Measure);
      else if (code === null) resolve({ seconds: timeoutS, cpuSeconds: NaN, rssMb: NaN, tokens: 0, timedOut: true });
      else reject(new Error(`bench child ${mode} exited with ${code} (see its message above)`));
    });
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href && process.argv[2] === '--child') {
  child(process.argv[3]!, process.argv[4]!, Number(process.argv[5]))
    .then((m) => process.stdout.write(JSON.stringify(m)))
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exitCode = 1;
    });
}
