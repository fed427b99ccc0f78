import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countLine, runAnalyze } from '../cli/commands/analyze.js';
import { UsageError } from '../cli/usage-error.js';
import { BUILT_CLI, builtCliIsFresh } from './helpers/built-cli.js';
import { MIXED_CORPUS, tempCorpus } from './helpers/temp-corpus.js';

function captureIo() {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: { stdout: { write: (s: string) => out.push(s) }, stderr: { write: (s: string) => err.push(s), isTTY: false } },
    stdout: () => out.join(''),
    stderrLines: () => err.join('').split('\n').filter((l) => l !== ''),
  };
}

async function usageError(args: string[]): Promise<string> {
  const { io } = captureIo();
  const error = await runAnalyze(args, io).then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(UsageError);
  return (error as UsageError).message;
}

describe('framelens analyze', () => {
  it('analyses a corpus, writes the reports and ends stderr with the count line', async () => {
    const input = tempCorpus(MIXED_CORPUS);
    const out = join(tempCorpus(), 'reports');
    const cap = captureIo();
    const code = await runAnalyze([input, '--out', out, '--max-doc-mb', '0.001'], cap.io);
    expect(code).toBe(0);
    const lines = cap.stderrLines();
    expect(lines.at(-1)).toBe('19 read, 5 processed, 13 rejected, 1 duplicate');
    expect(lines).toContain('rejected a2: news/articles.csv row 3: empty text');
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(manifest.counts).toEqual({ read: 19, processed: 5, rejected: 13, duplicate: 1 });
    expect(manifest.options).toMatchObject({ split: 'none', dedup: 'none', kwic: 8, max_doc_mb: 0.001, seed: 1, bootstrap: 1000, period: 'month', actors: null });
    expect(manifest.options.jobs).toBeUndefined(); // --jobs changes no result: no manifest records it
    expect(JSON.stringify(manifest)).not.toContain(input);
    expect(readFileSync(join(out, 'documents.csv'), 'utf8').split('\r\n')).toHaveLength(19 + 2);
  });

  it('accepts options not yet in effect, says so on stderr and records them in the manifest', async () => {
    const dir = tempCorpus({ 'a.jsonl': '{"text":"One."}\n', 'actors.yaml': 'lexicon: my-actors\nuse: actors\nentries:\n  - id: one\n    aliases: [One]\n' });
    const out = join(dir, 'out');
    const cap = captureIo();
    const args = [`${dir}/a.jsonl`, '--out', out, '--jobs', '4', '--seed', '7', '--dedup', 'sentences', '--actors', `${dir}/actors.yaml`, '--quiet'];
    expect(await runAnalyze(args, cap.io)).toBe(0);
    const lines = cap.stderrLines();
    expect(lines.filter((l) => l.startsWith('framelens: note: '))).toHaveLength(0);
    expect(lines.at(-1)).toBe('1 read, 1 processed, 0 rejected, 0 duplicates');
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(manifest.options).toMatchObject({ seed: 7, dedup: 'sentences', actors: { file: 'actors.yaml' } });
    expect(manifest.notes).toHaveLength(0);
    expect(manifest.lexicons.filter((l: { use: string }) => l.use === 'actors')).toEqual([
      { id: 'my-actors', version: '', use: 'actors', file: 'actors.yaml', sha256: manifest.options.actors.sha256, entries: 1 },
    ]);
    expect(readFileSync(join(out, 'actor_mentions.csv'), 'utf8').split('\r\n')[1]).toBe('a,one,,1,1,0,1,1,1000');
  });

  it('records --seed, --bootstrap and --period in the manifest, and rejects bad values', async () => {
    const dir = tempCorpus({ 'a.jsonl': '{"text":"One cult.","date":"2021-03-05"}\n{"text":"Two.","date":"2021-03-09"}\n' });
    const out = join(dir, 'out');
    expect(await runAnalyze([`${dir}/a.jsonl`, '--out', out, '--seed', '42', '--bootstrap', '0', '--period', 'week', '--quiet'], captureIo().io)).toBe(0);
    expect(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')).options).toMatchObject({ seed: 42, bootstrap: 0, period: 'week' });
    const periods = readFileSync(join(out, 'outlet_periods.csv'), 'utf8').split('\r\n');
    expect(periods.filter((l) => l.startsWith('a,2021-W')).map((l) => l.split(',').slice(1, 3).join(','))).toContain('2021-W09,delegitimizing');
    expect(await usageError([`${dir}/a.jsonl`, '--period', 'fortnight'])).toMatch(/--period must be one of month, week, year, none/);
    expect(await usageError([`${dir}/a.jsonl`, '--bootstrap', '-1'])).toMatch(/--bootstrap/);
  });

  it('prints only the count line with --quiet', async () => {
    const dir = tempCorpus({ 'a.jsonl': '{"text":"One."}\n' });
    const cap = captureIo();
    await runAnalyze([dir, '--out', join(dir, 'out'), '--quiet'], cap.io);
    expect(cap.stderrLines()).toEqual([countLine({ read: 1, processed: 1, rejected: 0, duplicate: 0 })]);
  });

  it('fails with one clear line for bad usage, a missing path or a broken lexicon', async () => {
    expect(await usageError(['--nope'])).toBe("analyze: Unknown option '--nope' (see framelens analyze --help)");
    expect(await usageError(['/no/such/corpus.csv', '--quiet'])).toBe('/no/such/corpus.csv: no such file or folder');
    expect(await usageError(['--split', 'pages'])).toBe("analyze: --split must be one of none, lines, blank-lines, not 'pages'");
    expect(await usageError(['--jobs', '0'])).toBe("analyze: --jobs must be a whole number >= 1, not '0'");
    expect(await usageError(['--actors', '/no/actors.yaml'])).toBe('analyze: --actors /no/actors.yaml: no such file or not readable');
    const dir = tempCorpus({ 'a.jsonl': '{"text":"One."}\n', 'bad.yaml': 'lexicon: [unclosed\n' });
    const message = await usageError([dir, '--out', join(dir, 'out'), '--lexicon', `${dir}/bad.yaml`, '--quiet']);
    expect(message).toContain('bad.yaml');
    expect(message).not.toMatch(/\n\s+at /);
  });

  it('prints usage with --help', async () => {
    const cap = captureIo();
    expect(await runAnalyze(['--help'], cap.io)).toBe(0);
    expect(cap.stdout()).toMatch(/^usage: framelens analyze/);
  });
});

describe.skipIf(!builtCliIsFresh())('the built CLI (dist/, made by npm ci or npm run build)', () => {
  it('exits 1 with one line and no stack trace for a missing input', () => {
    const result = spawnSync(process.execPath, [BUILT_CLI, 'analyze', '/no/such/input.csv'], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('framelens: /no/such/input.csv: no such file or folder\n');
  });

  it('exits 0 and ends stderr with the count line', () => {
    const dir = tempCorpus({ 'a.jsonl': '{"text":"One."}\n{"text":""}\n' });
    const result = spawnSync(process.execPath, [BUILT_CLI, 'analyze', dir, '--out', join(dir, 'out')], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stderr.trimEnd().split('\n').at(-1)).toBe('2 read, 1 processed, 1 rejected, 0 duplicates');
  });
});
