// Grid charts of report.html as plain SVG: a heat map (rows × columns, the cell's shade its
// share, its number written in it so the map reads in greyscale) and a line chart of rates
// over periods, one line per series. Every cell and point is a clickable mark (svg-kit.ts).
import { escapeHtml } from './escape-html.js';
import { clip, fmt, heat, linear, markAttrs, niceMax, text, ticks, titleOf } from './svg-kit.js';
import type { MarkData } from './svg-kit.js';

export interface HeatCell {
  readonly row: number;
  readonly col: number;
  /** Shade: a share in [0, 1]. */
  readonly share: number;
  /** Written in the cell. */
  readonly shown: string;
  readonly mark: MarkData;
}

const CELL_W = 64;
const CELL_H = 22;

export function heatMapSvg(title: string, rows: readonly string[], cols: readonly string[], cells: readonly HeatCell[]): string {
  const left = 230;
  const top = 90;
  const width = left + cols.length * CELL_W + 4;
  const height = top + rows.length * CELL_H + 4;
  const parts: string[] = [];
  cols.forEach((c, j) => {
    const x = left + j * CELL_W + CELL_W / 2;
    parts.push(text(x, top - 6, clip(c, 16), ` class="label" transform="rotate(-40 ${fmt(x)} ${top - 6})"`));
  });
  rows.forEach((r, i) => parts.push(text(left - 6, top + i * CELL_H + 15, clip(r, 34), ' class="label" text-anchor="end"')));
  for (const c of cells) {
    const { fill, ink } = heat(c.share);
    const [x, y] = [left + c.col * CELL_W, top + c.row * CELL_H];
    parts.push(
      `<g${markAttrs(c.mark)}>${titleOf(c.mark)}<rect x="${x}" y="${y}" width="${CELL_W - 2}" height="${CELL_H - 2}" fill="${fill}"/>` +
        `${text(x + CELL_W / 2 - 1, y + 15, c.shown, ` class="cell" text-anchor="middle" style="fill:${ink}"`)}</g>`,
    );
  }
  return `<svg class="chart" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(title)}">${parts.join('')}</svg>`;
}

export interface LinePoint {
  readonly x: number;
  readonly y: number;
  readonly low: number;
  readonly high: number;
  readonly mark: MarkData;
}

export interface LineSeries {
  readonly name: string;
  readonly colour: string;
  readonly points: readonly LinePoint[];
}

/** Lines over `labels` (the x positions 0..n-1), y from 0; intervals as whiskers, cut at the top. */
export function lineChartSvg(title: string, labels: readonly string[], series: readonly LineSeries[]): string {
  const [width, height, left, bottom] = [640, 200, 50, 40];
  // The axis fits the rates (with room above); a longer interval is cut at the top, not allowed
  // to flatten every line.
  const max = niceMax(series.flatMap((s) => s.points.map((p) => p.y * 1.5)));
  const clampY = (v: number) => y(Math.min(v, max));
  const x = linear([0, Math.max(1, labels.length - 1)], [left + 10, width - 20]);
  const y = linear([0, max], [height - bottom, 10]);
  const parts = ticks(0, max, 4).map((v) => `<line class="grid" x1="${left}" x2="${width - 10}" y1="${fmt(y(v))}" y2="${fmt(y(v))}"/>${text(left - 6, y(v) + 4, fmt(v), ' class="tick" text-anchor="end"')}`);
  const every = Math.max(1, Math.ceil(labels.length / 8));
  labels.forEach((l, i) => {
    if (i % every === 0) parts.push(text(x(i), height - bottom + 16, l, ' class="tick" text-anchor="middle"'));
  });
  // Series are dodged a few pixels apart so that points of one period never hide each other.
  series.forEach((s, k) => {
    const dx = (k - (series.length - 1) / 2) * 7;
    const px = (p: LinePoint) => fmt(x(p.x) + dx);
    const path = s.points.map((p, i) => `${i === 0 ? 'M' : 'L'}${px(p)},${fmt(y(p.y))}`).join('');
    parts.push(`<path class="line" d="${path}" stroke="${s.colour}"/>`);
    for (const p of s.points) {
      const whisker = Number.isFinite(p.low) && Number.isFinite(p.high) ? `<line class="whisker" x1="${px(p)}" x2="${px(p)}" y1="${fmt(clampY(p.low))}" y2="${fmt(clampY(p.high))}" stroke="${s.colour}"/>` : '';
      parts.push(`<g${markAttrs(p.mark)}>${titleOf(p.mark)}${whisker}<circle cx="${px(p)}" cy="${fmt(y(p.y))}" r="4" fill="${s.colour}"/></g>`);
    }
  });
  return `<svg class="chart" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(title)}">${parts.join('')}</svg>`;
}
