// What every chart of report.html shares: the colour palettes (Okabe–Ito for outlets and
// categories, readable for colour-blind readers and in greyscale print; a single-hue ramp for
// heat maps), linear scales with round ticks, number formatting, and the attributes of a
// clickable mark (the table filter it applies, its value and an accessible label). Pure
// functions returning SVG text; every text is escaped here or by the caller.
import { escapeHtml, jsonAttr } from './escape-html.js';

export const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#000000', '#999999'];

export function colourOf(index: number): string {
  return PALETTE[index % PALETTE.length]!;
}

/** Filter the table by these fields (outlet, category, term, speaker, …) when clicked. */
export type TableFilter = Readonly<Record<string, string>>;

export interface MarkData {
  readonly filter: TableFilter;
  /** Read aloud and shown as a tooltip. */
  readonly label: string;
  /** The number the mark shows, as written in the CSV (tests compare it with the CSV). */
  readonly value: string;
}

/** Attributes that make an SVG element a clickable, focusable mark. */
export function markAttrs(mark: MarkData): string {
  const data = filterData(mark.filter);
  return ` class="mark" tabindex="0" role="button" data-filter="${jsonAttr(mark.filter)}" data-value="${escapeHtml(mark.value)}" aria-label="${escapeHtml(mark.label)}"${data}`;
}

/** The filter as data-* attributes (data-outlet="…"), for stylesheets and tests. */
export function filterData(filter: TableFilter): string {
  return Object.entries(filter)
    .map(([k, v]) => ` data-${k.replace(/_/g, '-')}="${escapeHtml(v)}"`)
    .join('');
}

export function titleOf(mark: MarkData): string {
  return `<title>${escapeHtml(mark.label)}</title>`;
}

export type Scale = (value: number) => number;

export function linear(domain: readonly [number, number], range: readonly [number, number]): Scale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0 || 1;
  return (v) => r0 + ((v - d0) / span) * (r1 - r0);
}

/** Round tick values covering [min, max]: steps of 1, 2 or 5 × 10^k. */
export function ticks(min: number, max: number, count = 5): number[] {
  const span = max - min || 1;
  const raw = span / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? raw;
  const out: number[] = [];
  for (let v = Math.ceil(min / step) * step; v <= max + step * 1e-9; v += step) out.push(Number(v.toPrecision(12)));
  return out;
}

/** The end of a 0-based axis: the largest value rounded up to a tick. */
export function niceMax(values: readonly number[]): number {
  const max = Math.max(0, ...values.filter(Number.isFinite));
  if (max === 0) return 1;
  const t = ticks(0, max, 4);
  return t[t.length - 1]! >= max ? t[t.length - 1]! : t[t.length - 1]! + (t[1]! - t[0]!);
}

export function fmt(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(3)));
}

/** Heat map fill for a share in [0, 1]: white to dark blue, and the text colour to use on it. */
export function heat(share: number): { fill: string; ink: string } {
  const t = Math.max(0, Math.min(1, Number.isFinite(share) ? share : 0));
  const [a, b] = [
    [247, 251, 255],
    [8, 48, 107],
  ] as const;
  const c = a.map((x, i) => Math.round(x + (b[i]! - x) * t));
  return { fill: `rgb(${c.join(',')})`, ink: t > 0.5 ? '#ffffff' : '#1a1a1a' };
}

/** A label cut to `max` characters with an ellipsis (the mark's title keeps it whole). */
export function clip(label: string, max = 26): string {
  return label.length <= max ? label : `${label.slice(0, max - 1)}…`;
}

export function text(x: number, y: number, content: string, attrs = ''): string {
  return `<text x="${fmt(x)}" y="${fmt(y)}"${attrs}>${escapeHtml(content)}</text>`;
}

/** A horizontal legend line: a swatch and a name per entry. */
export function legend(entries: readonly { name: string; colour: string }[], width: number): string {
  let x = 0;
  let y = 12;
  const parts: string[] = [];
  for (const e of entries) {
    const w = 30 + e.name.length * 7.5;
    if (x + w > width && x > 0) [x, y] = [0, y + 18];
    parts.push(`<rect x="${x}" y="${y - 9}" width="12" height="12" fill="${e.colour}"/>`, text(x + 16, y + 1, e.name));
    x += w;
  }
  return `<svg class="legend" width="${width}" height="${y + 8}" viewBox="0 0 ${width} ${y + 8}" role="img" aria-label="legend">${parts.join('')}</svg>`;
}
