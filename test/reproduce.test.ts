// framelens reproduce: a run folder re-run from its manifest alone. A project folder (corpus,
// lexicon, runs) is analysed, then broken on purpose — an input changed, removed or moved, a
// lexicon changed or removed, an option changed in the manifest, versions changed — and each
// message and exit code is checked: 0 identical, 3 differs (each file with its first
// differing rows), 1 cannot reproduce (the file named, with both sha256).
import { cpSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAnalyze } from '../cli/commands/analyze.js';
import { runReproduce } from '../cli/commands/reproduce.js';
import { writeHtmlReport } from '../pipeline/html/write-html-report.js';
import { PACKAGE_VERSION } from '../pipeline/package-root.js';
import { captureIo, SILENT_IO } from './helpers/capture-io.js';
import { tempCorpus } from './helpers/temp-corpus.js';

const CORPUS = {
  'data/wire.jsonl': '{"id":"w1","outlet":"Wire","date":"2025-03-01","text":"The cult leaders met on Monday. “We will not give up,” said Ana Ruiz."}\n{"id":"w2","outlet":"Wire","text":"Police called them a cult again."}\n',
  'data/river/notes.txt': 'The so-called council reportedly met the cult again.\n',
  'lex/labels.yaml': 'lexicon: test-labels\nversion: 1.0.0\ncategories:\n  label: A label.\nentries:\n  - term: cult\n    category: label\n  - term: council\n    category: label\n',
};

/** A project folder with data/, lex/ and runs/r1 analysed with a user lexicon and --kwic 5. */
async function project(): Promise<{ root: string; run: string }> {
  const root = tempCorpus(CORPUS);
  const run = join(root, 'runs', 'r1');
  const code = await runAnalyze([join(root, 'data'), '--lexicon', join(root, 'lex', 'labels.yaml'), '--kwic', '5', '--out', run, '--quiet'], SILENT_IO);
  expect(code).toBe(0);
  return { root, run };
}

async function reproduce(args: string[]) {
  const cap = captureIo();
  const code = await runReproduce(args, cap.io);
  return { code, out: cap.out(), err: cap.err() };
}

const sha = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;

describe('framelens reproduce', () => {
  it('says identical for an untouched run, and records no absolute path', async () => {
    const { root, run } = await project();
    expect(await reproduce([run])).toEqual({ code: 0, out: 'identical\n', err: '' });
    const manifest = readFileSync(join(run, 'manifest.json'), 'utf8');
    expect(manifest).not.toContain(root);
    expect(sha(join(run, 'manifest.json')).reproduce).toMatchObject({
      inputs_root: { from: 'report', path: '../../data' },
      inputs: ['.'],
      lexicons: [{ from: 'report', path: '../../lex/labels.yaml' }],
      options: ['--kwic', '5'],
    });
  });

  it('finds the inputs when the whole project folder moved', async () => {
    const { root } = await project();
    const moved = tempCorpus();
    cpSync(root, moved, { recursive: true });
    rmSync(root, { recursive: true });
    expect((await reproduce([join(moved, 'runs', 'r1')])).out).toBe('identical\n');
  });

  it('cannot reproduce a changed input, naming it with both hashes; --allow-changed shows the differences', async () => {
    const { root, run } = await project();
    const recorded = (sha(join(run, 'manifest.json')).inputs as { file: string; sha256: string }[]).find((f) => f.file === 'wire.jsonl')!.sha256;
    writeFileSync(join(root, 'data', 'wire.jsonl'), CORPUS['data/wire.jsonl'].replace('Monday', 'Friday'));
    const broken = await reproduce([run]);
    expect(broken.code).toBe(1);
    expect(broken.err).toMatch(new RegExp(`^cannot reproduce: changed input: wire\\.jsonl: recorded sha256 ${recorded}, now [0-9a-f]{64}\\n$`));
    const allowed = await reproduce([run, '--allow-changed']);
    expect(allowed.code).toBe(3);
    expect(allowed.err).toContain('note: allowed: changed input: wire.jsonl');
    expect(allowed.out).toMatch(/^differs: \d+ files\n/);
    expect(allowed.out).toMatch(/manifest\.json\n {2}line \d+: recorded +"sha256": "[0-9a-f]{64}",\n/);
    expect(allowed.out).toContain('report.html\n');
    expect(allowed.out).toMatch(/terms\.csv\n {2}row 3: recorded "w1","Wire",.*"leaders met on Monday\. “We"\n {9}re-run {3}"w1","Wire",.*"leaders met on Friday\. “We"\n$/);
  });

  it('cannot reproduce a missing input, and finds a moved corpus with --inputs-root', async () => {
    const { root, run } = await project();
    rmSync(join(root, 'data', 'river', 'notes.txt'));
    const missing = await reproduce([run]);
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/^cannot reproduce: missing input: river\/notes\.txt \(recorded sha256 [0-9a-f]{64}, now no such file\)\n$/);
    writeFileSync(join(root, 'data', 'river', 'notes.txt'), CORPUS['data/river/notes.txt']);
    renameSync(join(root, 'data'), join(root, 'corpus-moved'));
    const moved = await reproduce([run]);
    expect(moved.code).toBe(1);
    expect(moved.err).toContain('give --inputs-root if the corpus moved');
    expect(await reproduce([run, '--inputs-root', join(root, 'corpus-moved')])).toEqual({ code: 0, out: 'identical\n', err: '' });
  });

  it('cannot reproduce a changed or missing lexicon', async () => {
    const { root, run } = await project();
    const lexicon = join(root, 'lex', 'labels.yaml');
    writeFileSync(lexicon, `${CORPUS['lex/labels.yaml']}  - term: police\n    category: label\n`);
    const changed = await reproduce([run]);
    expect(changed.code).toBe(1);
    expect(changed.err).toMatch(/^cannot reproduce: changed lexicon: test-labels \(labels\.yaml\): recorded sha256 [0-9a-f]{64}, now [0-9a-f]{64}\n$/);
    rmSync(lexicon);
    const missing = await reproduce([run]);
    expect(missing.code).toBe(1);
    expect(missing.err).toBe(`cannot reproduce: missing lexicon: ${lexicon} (recorded: test-labels sha256 ${(sha(join(run, 'manifest.json')).lexicons as { sha256: string }[])[0]!.sha256})\n`);
  });

  it('lists the files and first rows that differ when an option changed', async () => {
    const { run } = await project();
    const manifest = sha(join(run, 'manifest.json'));
    (manifest.reproduce as { options: string[] }).options = ['--kwic', '1'];
    writeFileSync(join(run, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    const result = await reproduce([run]);
    expect(result.code).toBe(3);
    expect(result.out).toMatch(/^differs: 3 files\nmanifest\.json\n {2}line 7: recorded {5}"kwic": 5,\n {10}re-run {7}"kwic": 1,\n/);
    expect(result.out).toContain('report.html\n');
    expect(result.out).toMatch(/terms\.csv\n {2}row 1: recorded .*"The so-called","reportedly met the cult again"\n {9}re-run {3}.*"called","reportedly"\n/);
  });

  it('reports other versions of framelens, Node and wink as notes, not differences', async () => {
    const { run } = await project();
    const manifest = sha(join(run, 'manifest.json'));
    manifest.node = 'v0.0.1';
    manifest.framelens = '0.0.0';
    (manifest.reproduce as { versions: Record<string, string> }).versions['wink-eng-lite-web-model'] = '0.9.0';
    writeFileSync(join(run, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    await writeHtmlReport(run); // as the older framelens would have written it
    const result = await reproduce([run]);
    expect(result.code).toBe(0);
    expect(result.err.split('\n')).toEqual([
      `note: version differs: framelens recorded 0.0.0, now ${PACKAGE_VERSION}`,
      `note: version differs: node recorded v0.0.1, now ${process.version}`,
      expect.stringMatching(/^note: version differs: wink-eng-lite-web-model recorded 0\.9\.0, now \d/),
      '',
    ]);
    expect(result.out).toBe('identical\n');
  });

  it('cannot reproduce a folder without a manifest, or one written before reproduce records', async () => {
    const empty = tempCorpus();
    expect((await reproduce([empty])).err).toBe(`cannot reproduce: ${join(empty, 'manifest.json')}: no such file (is ${empty} a framelens report folder?)\n`);
    const { run } = await project();
    const manifest = sha(join(run, 'manifest.json'));
    delete manifest.reproduce;
    writeFileSync(join(run, 'manifest.json'), JSON.stringify(manifest));
    const old = await reproduce([run]);
    expect(old.code).toBe(1);
    expect(old.err).toContain('reproduce: ');
    expect(old.err).toContain('re-run analyze');
  });
});
