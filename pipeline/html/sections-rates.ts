// report.html sections on rates: per-outlet rates by category with their intervals
// (outlet_terms.csv, dot-and-whisker), the contrasts of each outlet with the rest
// (outlet_contrasts.csv, rate ratios on a log axis) and rates over time per outlet
// (outlet_periods.csv, lines). Each dot filters the table to the hits behind it.
import { num } from './load-run-folder.js';
import type { CsvRow, RunFolder } from './load-run-folder.js';
import { distinct, figure, section } from './section-frame.js';
import type { OutletColours } from './section-frame.js';
import { dotWhiskerSvg } from './svg-charts.js';
import type { DotRow } from './svg-charts.js';
import { lineChartSvg } from './svg-grid-charts.js';
import { legend, niceMax } from './svg-kit.js';
import type { TableFilter } from './svg-kit.js';

const interval = (r: CsvRow, low: string, high: string) => (r[low] && r[high] ? ` [${r[low]}, ${r[high]}]` : '');

export function ratesSection(folder: RunFolder, colour: OutletColours): string {
  const spec = { id: 'rates', title: 'Rates by category', about: 'Hits per 1,000 tokens for each outlet, with the interval where the run computed one.', source: 'outlet_terms.csv' } as const;
  return section(spec, folder, (all) => {
    const rows = all.filter((r) => r.term === '');
    const max = niceMax(rows.flatMap((r) => [num(r.rate_per_1k), num(r.ci_high)]));
    return distinct(rows, 'category')
      .map((category) => {
        const dots: DotRow[] = rows
          .filter((r) => r.category === category)
          .map((r) => ({
            label: r.outlet ?? '',
            value: num(r.rate_per_1k),
            low: num(r.ci_low),
            high: num(r.ci_high),
            colour: colour(r.outlet ?? ''),
            mark: {
              filter: { src: 'term', outlet: r.outlet ?? '', category },
              value: r.rate_per_1k ?? '',
              label: `${r.outlet}, ${category}: ${r.rate_per_1k} per 1,000 tokens${interval(r, 'ci_low', 'ci_high')} (${r.hits} hits in ${r.tokens} tokens)`,
            },
          }));
        return figure(category, dotWhiskerSvg(`${category} per 1,000 tokens`, dots, { max }));
      })
      .join('');
  });
}

export function contrastsSection(folder: RunFolder, colour: OutletColours, categories: ReadonlySet<string>): string {
  const spec = { id: 'contrasts', title: 'Contrasts with the other outlets', about: "Each outlet's rate divided by the rate of all other outlets together (log axis; 1 = the same), with its interval.", source: 'outlet_contrasts.csv' } as const;
  return section(spec, folder, (rows) => {
    const extreme = Math.max(2, ...rows.flatMap((r) => [num(r.ratio_ci_high), num(r.rate_ratio), 1 / num(r.ratio_ci_low), 1 / num(r.rate_ratio)]).filter(Number.isFinite));
    const max = 2 ** Math.min(4, Math.ceil(Math.log2(extreme)));
    return distinct(rows, 'measure')
      .map((measure) => {
        const dots: DotRow[] = rows
          .filter((r) => r.measure === measure)
          .map((r) => ({
            label: r.outlet ?? '',
            value: num(r.rate_ratio),
            low: num(r.ratio_ci_low),
            high: num(r.ratio_ci_high),
            colour: colour(r.outlet ?? ''),
            mark: {
              filter: (categories.has(measure) ? { src: 'term', outlet: r.outlet ?? '', category: measure } : { outlet: r.outlet ?? '' }) as TableFilter,
              value: r.rate_ratio ?? '',
              label: `${r.outlet}, ${measure}: ${r.rate} vs ${r.rest_rate} elsewhere, ratio ${r.rate_ratio}${interval(r, 'ratio_ci_low', 'ratio_ci_high')}, difference ${r.difference}${interval(r, 'diff_ci_low', 'diff_ci_high')}`,
            },
          }));
        return figure(`${measure}: rate ratio`, dotWhiskerSvg(`${measure} rate ratio`, dots, { log: true, min: 1 / max, max }));
      })
      .join('');
  });
}

export function periodsSection(folder: RunFolder, colour: OutletColours): string {
  const spec = { id: 'periods', title: 'Rates over time', about: 'Hits per 1,000 tokens per period and outlet, for documents with a date.', source: 'outlet_periods.csv' } as const;
  return section(spec, folder, (rows) => {
    const periods = distinct(rows, 'period').sort();
    const at = new Map(periods.map((p, i) => [p, i]));
    const key = legend(distinct(rows, 'outlet').map((o) => ({ name: o, colour: colour(o) })), 640);
    return key + distinct(rows, 'category')
      .map((category) => {
        const mine = rows.filter((r) => r.category === category);
        const series = distinct(mine, 'outlet').map((outlet) => ({
          name: outlet,
          colour: colour(outlet),
          points: mine
            .filter((r) => r.outlet === outlet)
            .sort((a, b) => at.get(a.period ?? '')! - at.get(b.period ?? '')!)
            .map((r) => ({
              x: at.get(r.period ?? '')!,
              y: num(r.rate_per_1k),
              low: num(r.ci_low),
              high: num(r.ci_high),
              mark: { filter: { src: 'term', outlet, category, period: r.period ?? '' }, value: r.rate_per_1k ?? '', label: `${outlet}, ${category}, ${r.period}: ${r.rate_per_1k} per 1,000 tokens${interval(r, 'ci_low', 'ci_high')} (${r.hits} hits)` },
            })),
        }));
        return figure(category, lineChartSvg(`${category} per 1,000 tokens over time`, periods, series));
      })
      .join('');
  });
}
