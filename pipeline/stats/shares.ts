// Shares and rates as the summary reports print them, one rounding for all: a share is
// part / whole rounded to 4 decimals, a rate per 1,000 tokens 1000 · count / tokens rounded
// to 3 decimals; both null (an empty cell) when the whole is zero.

export function share(part: number, whole: number): number | null {
  return whole === 0 ? null : Number((part / whole).toFixed(4));
}

/** 1000 · count / tokens rounded to 3 decimals; null without tokens. */
export function per1k(count: number, tokens: number): number | null {
  return tokens > 0 ? rounded((1000 * count) / tokens, 3) : null;
}

/** x rounded to `digits` decimals (null stays null; -0 becomes 0). */
export function rounded(x: number | null | undefined, digits: number): number | null {
  if (x === null || x === undefined || !Number.isFinite(x)) return null;
  const f = 10 ** digits;
  return Math.round(x * f) / f + 0;
}
