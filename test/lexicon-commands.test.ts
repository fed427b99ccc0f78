import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runEvalTerms } from '../cli/commands/eval-terms.js';
import { runLexiconCheck } from '../cli/commands/lexicon-check.js';
import { UsageError } from '../cli/usage-error.js';
import { BUNDLED_LEXICON_DIR, PACKAGE_ROOT } from '../pipeline/package-root.js';

const FIXTURES = join(PACKAGE_ROOT, 'test/fixtures/lexicons');

function capture(): { io: { stdout: { write(t: string): boolean } }; text: () => string } {
  let out = '';
  return { io: { stdout: { write: (t: string) => ((out += t), true) } }, text: () => out };
}

describe('framelens lexicon check', () => {
  it('prints an OK line per lexicon and exits 0 when all is well', async () => {
    const { io, text } = capture();
    expect(await runLexiconCheck([BUNDLED_LEXICON_DIR], io)).toBe(0);
    expect(text()).toMatch(/^OK .*delegitimizing-labels\.yaml: delegitimizing-labels 1\.0\.0 \(terms\), \d+ entries in 1 category, 2 wildcards$/m);
    expect(text()).toMatch(/^OK .*actors\.yaml: actors 1\.0\.0 \(actors\), 4 actors with \d+ aliases, 0 wildcards$/m);
    expect(text()).toMatch(/^OK .*quote-words\.yaml: quote-words 1\.0\.0 \(quote-words\), \d+ entries in 18 categories, 0 wildcards$/m);
    expect(text().trim().split('\n')).toHaveLength(7);
  });

  it('prints every problem of every file and exits 1', async () => {
    const { io, text } = capture();
    expect(await runLexiconCheck([join(FIXTURES, 'broken')], io)).toBe(1);
    const lines = text().trim().split('\n');
    expect(lines.filter((l) => /^\S+:\d+:\d+: .* \[[A-Z_]+\]$/.test(l)).length).toBe(lines.length - 1);
    expect(lines.at(-1)).toMatch(/^\d+ problems found$/);
    for (const file of ['bad-syntax.yaml', 'broken-quanteda.yml', 'broken.dic', 'broken.json', 'broken.yaml']) expect(text()).toContain(`broken/${file}:`);
  });

  it('refuses to run without a path', async () => {
    await expect(runLexiconCheck([], capture().io)).rejects.toBeInstanceOf(UsageError);
  });
});

describe('framelens eval terms', () => {
  it('prints the table for a gold file', async () => {
    const { io, text } = capture();
    expect(await runEvalTerms([join(PACKAGE_ROOT, 'test/fixtures/gold-terms.jsonl')], io)).toBe(0);
    expect(text()).toContain('level  precision recall     f1     tp     fp     fn');
    expect(text()).toMatch(/^word +1\.000 +1\.000 +1\.000 +3 +0 +0$/m);
  });

  it('stops on a broken lexicon with the problems', async () => {
    await expect(runEvalTerms([join(PACKAGE_ROOT, 'test/fixtures/gold-terms.jsonl'), '--lexicon', join(FIXTURES, 'broken/broken.yaml')], capture().io)).rejects.toThrow(/broken\.yaml:1:10/);
  });
});
