// Two-group word statistics for distinctive_terms.csv.
// logOddsDirichlet: the log-odds ratio with an informative Dirichlet prior of Monroe, Colaresi
// & Quinn (2008, "Fightin' Words"), with the variance and z-score they give:
//   δ  = ln[(yi+αw)/(ni+α0−yi−αw)] − ln[(yj+αw)/(nj+α0−yj−αw)]
//   σ² ≈ 1/(yi+αw) + 1/(yj+αw),   z = δ/σ
// (y counts of the word, n totals of the groups, αw the word's prior, α0 = Σ αw).
// keynessG2: the log-likelihood keyness G² on the 2×2 table of the word against all other
// words (all four cells, as quanteda's textstat_keyness; no Yates or Williams correction),
// signed negative when the word is relatively rarer in the target than in the reference.

export interface LogOdds {
  readonly delta: number;
  readonly variance: number;
  readonly z: number;
}

export function logOddsDirichlet(yi: number, ni: number, yj: number, nj: number, alphaW: number, alpha0: number): LogOdds {
  const delta = Math.log((yi + alphaW) / (ni + alpha0 - yi - alphaW)) - Math.log((yj + alphaW) / (nj + alpha0 - yj - alphaW));
  const variance = 1 / (yi + alphaW) + 1 / (yj + alphaW);
  return { delta, variance, z: delta / Math.sqrt(variance) };
}

const term = (o: number, e: number): number => (o === 0 ? 0 : o * Math.log(o / e));

/** Signed G² of a word counted `a` times in a target of `nt` tokens and `b` times in a
 *  reference of `nr` tokens. */
export function keynessG2(a: number, nt: number, b: number, nr: number): number {
  const c = nt - a;
  const d = nr - b;
  const n = nt + nr;
  if (n === 0 || a + b === 0) return 0;
  const e = (row: number, col: number): number => (row * col) / n;
  const g2 = 2 * (term(a, e(nt, a + b)) + term(b, e(nr, a + b)) + term(c, e(nt, c + d)) + term(d, e(nr, c + d)));
  return a / nt < b / nr ? -g2 : g2;
}
