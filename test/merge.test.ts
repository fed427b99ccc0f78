// Shards and merge: `analyze --shard I/N` on every I, then `merge`, gives exactly the files
// of one run (every file of the folder compared, so reports added later are covered too);
// merge refuses shards that are not slices of one command, in one line with a code.
import { appendFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runMerge } from '../cli/commands/merge.js';
import { runAnalyze } from '../cli/commands/analyze.js';
import { UsageError } from '../cli/usage-error.js';
import { mergeRuns, parseShard, runAnalysis, shardOf } from '../pipeline/index.js';
import type { RunSettings, Shard } from '../pipeline/index.js';
import type { CrossDocumentRule, MergeRecord } from '../pipeline/merge/cross-document.js';
import { resolveDuplicates } from '../pipeline/merge/cross-document.js';
import { BUNDLED_CORPUS_DIR, PACKAGE_ROOT } from '../pipeline/package-root.js';
import { tempCorpus } from './helpers/temp-corpus.js';

const SMALL = join(PACKAGE_ROOT, 'test', 'fixtures', 'corpus-small');
const OTHER_LEXICON = join(PACKAGE_ROOT, 'test', 'fixtures', 'lexicons', 'good', 'small.json');
const SETTINGS: RunSettings = { split: 'none', dedup: 'none', kwicWindow: 8, maxDocMb: 20, seed: 1, bootstrap: 1000, period: 'month', jobs: 1, actors: null };

async function analyze(inputs: string[], settings: Partial<RunSettings> = {}, lexicons: string[] = []): Promise<string> {
  const outDir = join(tempCorpus(), 'out');
  const done = await runAnalysis({ inputs, lexicons, outDir, settings: { ...SETTINGS, ...settings } });
  if (!done.ok) throw new Error(done.problems.join('\n'));
  return outDir;
}

async function shards(inputs: string[], count: number, settings: Partial<RunSettings> = {}): Promise<string[]> {
  const dirs: string[] = [];
  for (let index = 1; index <= count; index++) dirs.push(await analyze(inputs, { ...settings, shard: { index, count } }));
  return dirs;
}

async function merged(shardDirs: string[]): Promise<string> {
  const outDir = join(tempCorpus(), 'merged');
  const done = await mergeRuns({ shardDirs, outDir });
  if (!done.ok) throw new Error(done.problems.join('\n'));
  return outDir;
}

/** Every file of `actual` equals the same file of `expected`, and no file is missing or extra. */
function expectSameFolder(actual: string, expected: string): void {
  const names = readdirSync(expected).sort();
  expect(readdirSync(actual).sort()).toEqual(names);
  for (const name of names) expect(readFileSync(join(actual, name), 'utf8'), name).toBe(readFileSync(join(expected, name), 'utf8'));
}

/** The first ids of the form `${prefix}N` whose shards (of `count`) are those asked for. */
function idsInShards(prefix: string, count: number, wanted: number[]): string[] {
  const ids: string[] = [];
  for (let n = 0; ids.length < wanted.length; n++) if (shardOf(`${prefix}${n}`, count) === wanted[ids.length]) ids.push(`${prefix}${n}`);
  return ids;
}

async function refusal(args: string[]): Promise<string> {
  const io = { stdout: { write: () => true }, stderr: { write: () => true, isTTY: false } };
  const error = await runMerge(args, io).then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(UsageError);
  const message = (error as UsageError).message;
  expect(message.split('\n')).toHaveLength(1);
  return message;
}

describe('analyze --shard and merge', () => {
  it('give the files of one run on the bundled corpus with 3 shards', async () => {
    const one = await analyze([BUNDLED_CORPUS_DIR]);
    expectSameFolder(await merged(await shards([BUNDLED_CORPUS_DIR], 3)), one);
  });

  it('give the files of one run with --dedup sentences and another seed: repeats across shards are re-marked', async () => {
    const ids = idsInShards('r', 3, [1, 2, 3, 1]);
    const text = (i: number): string => `The terrorist cult met again, officials said. Report ${i} adds a cult of its own.`;
    const dir = tempCorpus({ 'wire.jsonl': ids.map((id, i) => JSON.stringify({ id, outlet: 'Wire', text: text(i) })).join('\n') });
    const settings = { dedup: 'sentences' as const, seed: 7, bootstrap: 200 };
    const one = await analyze([dir], settings);
    const parts = await shards([dir], 3, settings);
    const repeats = (d: string): number =>
      (parse(readFileSync(join(d, 'terms.csv'), 'utf8'), { columns: true }) as Record<string, string>[]).filter((r) => r.duplicate_sentence === 'true').length;
    // Each shard sees only its own documents, so it marks fewer repeats than one run does.
    expect(repeats(one)).toBe(3);
    expect(parts.reduce((n, d) => n + repeats(d), 0)).toBe(1);
    expectSameFolder(await merged(parts), one);
  });

  it('give the files of one run on corpus-small with 4 shards, its duplicate pair split over two shards', async () => {
    expect(shardOf('c1', 4)).not.toBe(shardOf('c4', 4));
    const one = await analyze([SMALL]);
    const parts = await shards([SMALL], 4);
    // Every shard indexes the whole corpus, so it sets c4 aside as a copy of c1 kept elsewhere.
    expect(readFileSync(join(parts[shardOf('c4', 4) - 1]!, 'documents.csv'), 'utf8')).toContain('c4,Quay Courier,2025-03-03,Copy of c1,duplicate,same outlet and text as c1');
    expectSameFolder(await merged(parts), one);
  });

  it('resolve copies across shards as one run does: the smallest doc_id kept, every copy naming it', async () => {
    // A group of three copies: the smallest id alone in shard 1, the other two together in
    // shard 2 (which keeps the middle one itself); a pair split over shards 2 and 3.
    const [a, b, c] = idsInShards('g', 3, [1, 2, 2]);
    const [p, q] = idsInShards('p', 3, [3, 2]);
    const text = 'Officials said the “compromise” was reached, according to the port authority.';
    const rows = [
      `${c},=Quay,"${text.replace(/"/g, '""')}",=SUM(A1)`,
      `${a},=Quay,"${text.replace(/"/g, '""')}",first`,
      `${b},=Quay,"${text.replace(/"/g, '""')}","Title, with comma"`,
      `${p},Wire,The ringleaders of the cult were named.,p`,
      `${q},Wire,The ringleaders of the cult were named.,q`,
      `solo,Wire,Another text altogether.,s`,
    ];
    const corpus = tempCorpus({ 'news.csv': `id,outlet,text,title\n${rows.join('\n')}\n` });
    const one = await analyze([corpus]);
    const documents = readFileSync(join(one, 'documents.csv'), 'utf8');
    expect(documents).toContain(`${c},'=Quay,,'=SUM(A1),duplicate,same outlet and text as ${a}`);
    expect(documents).toContain(`${q},Wire,,q,duplicate,same outlet and text as ${p}`);
    const parts = await shards([corpus], 3);
    expect(readFileSync(join(parts[1]!, 'documents.csv'), 'utf8')).toContain(`${c},'=Quay,,'=SUM(A1),duplicate,same outlet and text as ${a}`);
    expectSameFolder(await merged(parts), one);
  });

  it('apply a cross-document rule that changes the rows of a processed document', async () => {
    const parts = await shards([SMALL], 2);
    const upper: CrossDocumentRule = () => (r) => {
      if (r.entry.kind !== 'processed' || r.docId !== 'c5') return;
      const figures = { ...r.entry.figures, quotes: r.entry.figures.quotes.map((q) => ({ ...q, speaker: q.speaker.toUpperCase() })) };
      r.change = { kind: 'processed', figures, fixRow: (file, header, cells) => (file === 'quotes.csv' ? cells.map((cell, i) => (header[i] === 'speaker' ? cell.toUpperCase() : cell)) : [...cells]) };
    };
    const outDir = join(tempCorpus(), 'merged');
    const done = await mergeRuns({ shardDirs: parts, outDir, rules: [resolveDuplicates, upper] });
    expect(done.ok).toBe(true);
    const quotes = readFileSync(join(outDir, 'quotes.csv'), 'utf8');
    expect(quotes).toMatch(/^c5,Harbor Daily,q\d,.*,HOLT,/m);
    expect(readFileSync(join(outDir, 'speakers.csv'), 'utf8')).toContain('Harbor Daily,HOLT,');
    expect(readFileSync(join(outDir, 'figures.jsonl'), 'utf8')).toContain('"speaker":"HOLT"');
  });

  it('refuse, leaving --out alone, a rule that sets aside a document its shard analysed (its lemma counts are summed in the shard)', async () => {
    const parts = await shards([SMALL], 2);
    const demote: CrossDocumentRule = () => (r: MergeRecord) => {
      if (r.docId === 'c5') r.change = { kind: 'set-aside', status: 'duplicate', reason: 'same outlet and text as c1', reasonCode: 'duplicate' };
    };
    const outDir = join(tempCorpus(), 'merged');
    const done = await mergeRuns({ shardDirs: parts, outDir, rules: [demote] });
    expect(done.ok).toBe(false);
    if (!done.ok) expect(done.problems).toEqual(['doc_id c5 is analysed in its shard but set aside across shards; were the shards made from the same corpus? [MERGE_SHARD_CONTENT]']);
    expect(existsSync(outDir)).toBe(false);
  });
});

describe('merge refuses shards that are not slices of one command, in one line', () => {
  it('names a missing shard, a shard given twice and a shard of another N', async () => {
    const [s1, s2, s3] = await shards([SMALL], 3);
    const out = join(tempCorpus(), 'm');
    expect(await refusal([s1!, s3!, '--out', out])).toMatch(/shard 2\/3 missing .*analyze --shard 2\/3.*\[MERGE_SHARD_MISSING\]$/);
    expect(await refusal([s1!, s2!, s2!, s3!, '--out', out])).toContain('is given twice');
    const [, other] = await shards([SMALL], 2);
    expect(await refusal([s1!, s2!, s3!, other!, '--out', out])).toContain('[MERGE_SHARDS]');
  });

  it('names an option that differs', async () => {
    const [s1, s2] = await shards([SMALL], 2);
    const kwic5 = await analyze([SMALL], { kwicWindow: 5, shard: { index: 2, count: 2 } });
    expect(await refusal([s1!, kwic5, '--out', join(tempCorpus(), 'm')])).toMatch(/has option kwic 5, not 8, unlike .*\[MERGE_OPTIONS\]$/);
    expect(s2).toBeTruthy();
  });

  it('names lexicons that differ, between shards and between the shards and merge', async () => {
    const custom = async (index: number): Promise<string> => {
      const outDir = join(tempCorpus(), `c${index}`);
      await runAnalysis({ inputs: [SMALL], lexicons: [OTHER_LEXICON], outDir, settings: { ...SETTINGS, shard: { index, count: 2 } } });
      return outDir;
    };
    const [s1] = await shards([SMALL], 2);
    const [c1, c2] = [await custom(1), await custom(2)];
    const out = join(tempCorpus(), 'm');
    expect(await refusal([s1!, c2, '--out', out])).toMatch(/used lexicons json-labels 0\.1\.0 \(\S*small\.json.*\[MERGE_LEXICONS\]$/);
    expect(await refusal([c1, c2, '--out', out])).toMatch(/the shards were run with lexicons json-labels 0\.1\.0 \(\S*small\.json, sha256 \w+…\), but no --lexicon given: the bundled lexicons are delegitimizing-labels .*; give merge the same --lexicon files as analyze \[MERGE_LEXICONS\]$/);
    const io = { stdout: { write: () => true }, stderr: { write: () => true, isTTY: false } };
    expect(await runMerge([c1, c2, '--out', out, '--lexicon', OTHER_LEXICON], io)).toBe(0);
    expectSameFolder(out, await (async () => {
      const outDir = join(tempCorpus(), 'one');
      await runAnalysis({ inputs: [SMALL], lexicons: [OTHER_LEXICON], outDir, settings: SETTINGS });
      return outDir;
    })());
  });

  it('names versions that differ, and a folder that is no shard', async () => {
    const [s1, s2] = await shards([SMALL], 2);
    const out = join(tempCorpus(), 'm');
    const edit = (dir: string, change: (m: Record<string, unknown>) => void): void => {
      const path = join(dir, 'manifest.json');
      const manifest = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
      change(manifest);
      writeFileSync(path, JSON.stringify(manifest, null, 2));
    };
    edit(s2!, (m) => (m.node = 'v0.0.1'));
    expect(await refusal([s1!, s2!, '--out', out])).toMatch(/written with Node v0\.0\.1, not v.*\[MERGE_VERSION\]$/);
    edit(s2!, (m) => (m.framelens = '9.9.9'));
    expect(await refusal([s1!, s2!, '--out', out])).toMatch(/written by framelens 9\.9\.9, not .*\[MERGE_VERSION\]$/);
    edit(s1!, (m) => (m.framelens = '9.9.9'));
    edit(s1!, (m) => (m.node = 'v0.0.1'));
    expect(await refusal([s1!, s2!, '--out', out])).toMatch(/written by framelens 9\.9\.9, but this is framelens .*\[MERGE_VERSION\]$/);
    const whole = await analyze([SMALL]);
    expect(await refusal([whole, '--out', out])).toMatch(/not a shard folder .*\[MERGE_NOT_A_SHARD\]$/);
    expect(await refusal([tempCorpus(), '--out', out])).toMatch(/no manifest\.json\) \[MERGE_NOT_A_RUN\]$/);
  });

  it('names a shard file that does not fit its figures.jsonl', async () => {
    const [s1, s2] = await shards([SMALL], 2);
    const out = join(tempCorpus(), 'm');
    appendFileSync(join(s2!, 'terms.csv'), 'zz9,Wire,0,1,2,x,cult,delegitimizing,delegitimizing-labels,own,,false,,,\r\n');
    expect(await refusal([s1!, s2!, '--out', out])).toMatch(/terms\.csv: has rows for doc_id zz9 out of order or not in figures\.jsonl; re-run that shard \[MERGE_SHARD_CONTENT\]$/);
    appendFileSync(join(s1!, 'figures.jsonl'), '{"docId": \n');
    expect(await refusal([s1!, s2!, '--out', out])).toMatch(/figures\.jsonl:\d+:1: not a JSON line; re-run that shard \[MERGE_SHARD_CONTENT\]$/);
  });

  it('names a shard whose figures.jsonl is out of doc_id order (the merge streams the shards in order)', async () => {
    const [s1, s2] = await shards([SMALL], 2);
    const path = join(s1!, 'figures.jsonl'); // the shard with most records (8 of 9)
    const lines = readFileSync(path, 'utf8').split('\n');
    [lines[0], lines[1]] = [lines[1]!, lines[0]!];
    writeFileSync(path, lines.join('\n'));
    const docId = (JSON.parse(lines[1]!) as { docId: string }).docId;
    expect(await refusal([s1!, s2!, '--out', join(tempCorpus(), 'm')])).toMatch(new RegExp(`figures\\.jsonl:2:1: doc_id ${docId} is out of doc_id order; re-run that shard \\[MERGE_SHARD_CONTENT\\]$`));
  });

  it('prints its usage with --help and needs --out and at least one folder', async () => {
    const out: string[] = [];
    const io = { stdout: { write: (t: string) => out.push(t) }, stderr: { write: () => true, isTTY: false } };
    expect(await runMerge(['--help'], io)).toBe(0);
    expect(out.join('')).toMatch(/^usage: framelens merge PARTIAL_DIR \.\.\. --out DIR/);
    expect(await refusal([tempCorpus()])).toBe('merge: --out DIR is required (see framelens merge --help)');
    expect(await refusal(['--out', tempCorpus()])).toBe('merge: give the shard folders to merge (see framelens merge --help)');
  });

  it('refuses to write into a shard folder', async () => {
    const [s1] = await shards([SMALL], 1);
    expect(await refusal([s1!, '--out', s1!])).toContain('[MERGE_OUT]');
  });
});

describe('shard of a doc_id', () => {
  it('is one of 1..N, the same every time, and every record is in exactly one shard (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 1, max: 64 }), (id, n) => {
        const s = shardOf(id, n);
        expect(s).toBeGreaterThanOrEqual(1);
        expect(s).toBeLessThanOrEqual(n);
        expect(shardOf(id, n)).toBe(s);
      }),
    );
  });

  it('balances: with 2000 distinct ids every shard holds within 25% of its share (property)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ minLength: 1, maxLength: 24 }), { minLength: 2000, maxLength: 2000 }), fc.integer({ min: 2, max: 8 }), (ids, n) => {
        const sizes = new Array<number>(n).fill(0);
        for (const id of ids) sizes[shardOf(id, n) - 1]!++;
        for (const size of sizes) expect(Math.abs(size - ids.length / n)).toBeLessThan(0.25 * (ids.length / n));
      }),
      { numRuns: 20 },
    );
  });

  it('parses I/N and refuses anything else with a code', () => {
    expect(parseShard('2/3')).toEqual({ ok: true, shard: { index: 2, count: 3 } satisfies Shard });
    for (const bad of ['0/3', '4/3', 'x', '1/0', '1/', '/3', '-1/3', '1.5/3', '1/3/4']) {
      const parsed = parseShard(bad);
      expect(parsed.ok, bad).toBe(false);
      if (!parsed.ok) expect(parsed.message).toMatch(/\[SHARD_SYNTAX\]$/);
    }
  });

  it('is recorded by analyze in the manifest; the count line is the shard\'s', async () => {
    const err: string[] = [];
    const io = { stdout: { write: () => true }, stderr: { write: (t: string) => err.push(t), isTTY: false } };
    const out = join(tempCorpus(), 'r');
    expect(await runAnalyze([SMALL, '--shard', `${shardOf('c1', 4)}/4`, '--out', out, '--quiet'], io)).toBe(0);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { options: { shard: string }; counts: { read: number } };
    expect(manifest.options.shard).toBe(`${shardOf('c1', 4)}/4`);
    expect(readFileSync(join(out, 'documents.csv'), 'utf8')).toMatch(/^c1,/m);
    expect(manifest.counts.read).toBeLessThan(8);
    expect(err.join('')).toMatch(new RegExp(`^${manifest.counts.read} read, `));
  });

  it('is checked once by analyze: a bad --shard stops before reading anything', async () => {
    const io = { stdout: { write: () => true }, stderr: { write: () => true, isTTY: false } };
    const error = await runAnalyze([tempCorpus(), '--shard', '4/3', '--out', join(tempCorpus(), 'r')], io).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).message).toBe("analyze: --shard must be I/N with whole numbers 1 <= I <= N (e.g. 2/3), not '4/3' [SHARD_SYNTAX]");
  });
});
