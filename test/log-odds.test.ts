// The two-group word statistics against the published worked examples (research notes §3).
import { describe, expect, it } from 'vitest';
import { keynessG2, logOddsDirichlet } from '../pipeline/stats/log-odds.js';

function counts(text: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const w of text.toLowerCase().match(/[a-z]{2,}/g) ?? []) m.set(w, (m.get(w) ?? 0) + 1);
  return m;
}

describe("log-odds ratio with a Dirichlet prior (Monroe et al.'s Fightin' Words example)", () => {
  const a = counts('the quick brown fox jumps over the lazy pig');
  const b = counts('the lazy purple pig jumps over the lazier donkey');
  const vocabulary = [...new Set([...a.keys(), ...b.keys()])];
  const na = [...a.values()].reduce((x, y) => x + y, 0);
  const nb = [...b.values()].reduce((x, y) => x + y, 0);
  const z = (w: string) => logOddsDirichlet(a.get(w) ?? 0, na, b.get(w) ?? 0, nb, 0.05, 0.05 * vocabulary.length);

  it('reproduces z, δ and σ² to 1e-9', () => {
    expect(vocabulary).toHaveLength(11);
    for (const w of ['brown', 'fox', 'quick']) expect(z(w).z).toBeCloseTo(0.6894227886807968, 9);
    for (const w of ['donkey', 'lazier', 'purple']) expect(z(w).z).toBeCloseTo(-0.6894227886807968, 9);
    for (const w of ['the', 'lazy', 'pig', 'jumps', 'over']) expect(Math.abs(z(w).z)).toBeLessThan(1e-12);
    expect(z('brown').delta).toBeCloseTo(3.1557480728, 9);
    expect(z('brown').variance).toBeCloseTo(20.9523809524, 9);
  });
});

describe("keyness G² (quanteda's textstat_keyness example, uncorrected, four cells)", () => {
  const target = counts('a a a b b c c c c c c d e f g h h'.replace(/(\w)/g, '$1$1'));
  const reference = counts('a a b c c d d d d e f h'.replace(/(\w)/g, '$1$1'));
  const g2 = (w: string) => keynessG2(target.get(w + w) ?? 0, 17, reference.get(w + w) ?? 0, 12);

  it('gives c = 1.274238, d = −3.779441, g = 1.093291', () => {
    expect(g2('c')).toBeCloseTo(1.274238, 6);
    expect(g2('d')).toBeCloseTo(-3.779441, 6);
    expect(g2('g')).toBeCloseTo(1.093291, 6);
  });
});
