// Row charts of report.html as plain SVG: dot-and-whisker (a rate with its interval, one row
// per outlet; linear from 0, or logarithmic around a reference line for ratios), a bar list
// (top speakers, distinctive terms) and stacked bars (speaker types, cue connotations). Every
// dot, bar and segment is a clickable mark (svg-kit.ts) carrying the CSV's own number.
import { escapeHtml } from './escape-html.js';
import { clip, fmt, linear, markAttrs, niceMax, text, ticks, titleOf } from './svg-kit.js';
import type { MarkData } from './svg-kit.js';

const WIDTH = 640;
const LABEL = 170;
const VALUE = 70;
const ROW = 22;
const AXIS = 24;

export interface DotRow {
  readonly label: string;
  readonly value: number;
  /** The interval; NaN when the run has none. */
  readonly low: number;
  readonly high: number;
  readonly colour: string;
  readonly mark: MarkData;
}

export interface DotAxis {
  readonly max: number;
  /** Ratios: a log axis with a line at 1. */
  readonly log?: boolean;
  readonly min?: number;
}

function svg(height: number, title: string, body: string): string {
  return `<svg class="chart" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-label="${escapeHtml(title)}">${body}</svg>`;
}

export function dotWhiskerSvg(title: string, rows: readonly DotRow[], axis: DotAxis): string {
  const height = rows.length * ROW + AXIS + 4;
  const t = axis.log ? (v: number) => Math.log(v) : (v: number) => v;
  const lo = axis.log ? (axis.min ?? 0.25) : 0;
  const x = linear([t(lo), t(axis.max)], [LABEL, WIDTH - VALUE]);
  const at = (v: number) => x(t(Math.min(axis.max, Math.max(lo, v))));
  const tickValues = axis.log ? [0.125, 0.25, 0.5, 1, 2, 4, 8, 16].filter((v) => v >= lo && v <= axis.max) : ticks(0, axis.max, 4);
  const parts = tickValues.map((v) => {
    const px = fmt(at(v));
    const strong = axis.log && v === 1 ? ' class="reference"' : ' class="grid"';
    return `<line${strong} x1="${px}" x2="${px}" y1="0" y2="${rows.length * ROW}"/>${text(at(v), rows.length * ROW + 16, fmt(v), ' class="tick" text-anchor="middle"')}`;
  });
  rows.forEach((r, i) => {
    const y = i * ROW + ROW / 2;
    parts.push(text(LABEL - 8, y + 4, clip(r.label), ' class="label" text-anchor="end"'));
    if (!Number.isFinite(r.value)) return;
    const whisker = Number.isFinite(r.low) && Number.isFinite(r.high) ? `<line class="whisker" x1="${fmt(at(r.low))}" x2="${fmt(at(r.high))}" y1="${y}" y2="${y}" stroke="${r.colour}"/>` : '';
    parts.push(
      `<g${markAttrs(r.mark)}>${titleOf(r.mark)}${whisker}<circle cx="${fmt(at(r.value))}" cy="${y}" r="5" fill="${r.colour}"/></g>`,
      text(WIDTH - VALUE + 8, y + 4, r.mark.value, ' class="value"'),
    );
  });
  return svg(height, title, parts.join(''));
}

export interface BarRow {
  readonly label: string;
  readonly value: number;
  readonly colour: string;
  readonly mark: MarkData;
}

/** Horizontal bars from 0 (or centred on 0 when some values are negative). */
export function barListSvg(title: string, rows: readonly BarRow[]): string {
  const height = rows.length * ROW + 4;
  const max = niceMax(rows.map((r) => Math.abs(r.value)));
  const signed = rows.some((r) => r.value < 0);
  const x = linear([signed ? -max : 0, max], [LABEL, WIDTH - VALUE]);
  const parts = rows.map((r, i) => {
    const y = i * ROW + 3;
    const [a, b] = [x(Math.min(0, r.value)), x(Math.max(0, r.value))];
    return (
      text(LABEL - 8, y + 13, clip(r.label), ' class="label" text-anchor="end"') +
      `<g${markAttrs(r.mark)}>${titleOf(r.mark)}<rect x="${fmt(a)}" y="${y}" width="${fmt(Math.max(1, b - a))}" height="${ROW - 6}" fill="${r.colour}"/></g>` +
      text(WIDTH - VALUE + 8, y + 13, r.mark.value, ' class="value"')
    );
  });
  return svg(height, title, parts.join(''));
}

export interface StackRow {
  readonly label: string;
  readonly segments: readonly { readonly value: number; readonly colour: string; readonly mark: MarkData }[];
}

/** One bar per row, split into segments by their share of the row's total. */
export function stackedBarsSvg(title: string, rows: readonly StackRow[]): string {
  const height = rows.length * ROW + 4;
  const parts = rows.map((r, i) => {
    const y = i * ROW + 3;
    const total = r.segments.reduce((s, g) => s + g.value, 0) || 1;
    const x = linear([0, total], [LABEL, WIDTH - VALUE]);
    let from = 0;
    const segs = r.segments.map((g) => {
      const seg = `<g${markAttrs(g.mark)}>${titleOf(g.mark)}<rect x="${fmt(x(from))}" y="${y}" width="${fmt(x(from + g.value) - x(from))}" height="${ROW - 6}" fill="${g.colour}"/></g>`;
      from += g.value;
      return seg;
    });
    return text(LABEL - 8, y + 13, clip(r.label), ' class="label" text-anchor="end"') + segs.join('') + text(WIDTH - VALUE + 8, y + 13, fmt(total), ' class="value"');
  });
  return svg(height, title, parts.join(''));
}
