// Shares and rates as the summary reports print them, one rounding for all: a share is
// part / whole rounded to 4 decimals, a rate per 1,000 tokens 1000 · count / tokens rounded
// to 3 decimals; both null (an empty cell) when the whole is zero.

export function share(part: number, whole: number): number | null {
  return whole === 0 ? null : Number((part / whole).toFixed(4));
}

export function per1k(count: number, tokens: number): number | null {
  return tokens === 0 ? null : Math.round((count / tokens) * 1e6) / 1e3;
}
