// The one order for documents, outlets and every report row keyed by them: a natural compare
// ("a.csv:2" < "a.csv:10"), on UTF-16 code units rather than the machine's locale, so that
// the same corpus gives the same order everywhere.

const CHUNK = /(\d+)|(\D+)/g;

/** Negative, zero or positive, like Array.prototype.sort's comparator. */
export function compareDocIds(a: string, b: string): number {
  if (a === b) return 0;
  const as = a.match(CHUNK) ?? [];
  const bs = b.match(CHUNK) ?? [];
  const n = Math.min(as.length, bs.length);
  for (let i = 0; i < n; i++) {
    const x = as[i]!;
    const y = bs[i]!;
    const byNumber = isDigits(x) && isDigits(y) ? compareDigits(x, y) : 0;
    if (byNumber !== 0) return byNumber;
    if (x !== y) return x < y ? -1 : 1;
  }
  if (as.length !== bs.length) return as.length - bs.length;
  return a < b ? -1 : 1;
}

/** Plain UTF-16 code-unit order, for keys that are not ids or outlets (terms, categories). */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function isDigits(s: string): boolean {
  const c = s.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/** Compares two digit runs as numbers of any length ("007" = "7"; ties broken later). */
function compareDigits(x: string, y: string): number {
  const xs = x.replace(/^0+(?=\d)/, '');
  const ys = y.replace(/^0+(?=\d)/, '');
  if (xs.length !== ys.length) return xs.length - ys.length;
  return xs < ys ? -1 : xs > ys ? 1 : 0;
}
