// Dates → periods, and outlet_periods.csv on a corpus whose figures are computed by hand.
import { describe, expect, it } from 'vitest';
import { outletPeriodsReport } from '../pipeline/reports/outlet-periods-report.js';
import { isoWeek, parseDate, periodOf } from '../pipeline/stats/parse-date.js';
import { docFigures, hits, rowsOf, totalsFrom } from './helpers/figures.js';

describe('parseDate', () => {
  it.each([
    ['2021-03-05', [2021, 3, 5]],
    ['2021-03-05T10:00:00Z', [2021, 3, 5]],
    ['2021-03-05 23:59:59', [2021, 3, 5]],
    ['2021-3-5', [2021, 3, 5]],
    ['20210305', [2021, 3, 5]],
    ['2021/03/05', [2021, 3, 5]],
    ['Fri, 05 Mar 2021 10:00:00 +0000', [2021, 3, 5]],
    ['March 5, 2021', [2021, 3, 5]],
    ['Mar. 5 2021', [2021, 3, 5]],
    ['Sept 3rd, 2020', [2020, 9, 3]],
    ['5 March 2021', [2021, 3, 5]],
    ['05-Mar-2021', [2021, 3, 5]],
    ['2021-03', [2021, 3, null]],
  ])('reads %s', (text, [year, month, day]) => {
    expect(parseDate(text)).toMatchObject({ year, month, day });
  });

  it.each(['', 'yesterday', '03/05/2021', '2021-02-30', '2021-13-01', '5 Smarch 2021'])('does not read %j', (text) => {
    expect(parseDate(text)).toBeNull();
  });
});

describe('periodOf', () => {
  it('gives ISO weeks across year ends', () => {
    expect(isoWeek(2021, 1, 1)).toEqual([2020, 53]);
    expect(isoWeek(2024, 12, 30)).toEqual([2025, 1]);
    expect(isoWeek(2021, 3, 5)).toEqual([2021, 9]);
  });

  it('names months, weeks, years, `all`, and `unknown` for what does not parse', () => {
    expect(['month', 'week', 'year', 'none'].map((m) => periodOf('2021-03-05', m as never))).toEqual(['2021-03', '2021-W09', '2021', 'all']);
    expect(periodOf('2021-03', 'week')).toBe('unknown');
    expect(periodOf('2021', 'month')).toBe('unknown');
    expect(periodOf('2021', 'year')).toBe('2021');
    expect(periodOf('soon', 'month')).toBe('unknown');
  });
});

describe('outlet_periods.csv', () => {
  const docs = [
    docFigures('q1', 'Quay', 1000, hits(2), [], '2021-03-01'),
    docFigures('q2', 'Quay', 1000, hits(4), [], 'March 30, 2021'),
    docFigures('q3', 'Quay', 500, hits(1), [], '2021-04-02'),
    docFigures('q4', 'Quay', 200, hits(1), [], 'n/a'),
  ];

  it('counts hits and tokens per outlet × period × category, undated records under unknown', () => {
    const rows = rowsOf(outletPeriodsReport, totalsFrom(docs, {}, ['loaded', 'other']));
    expect(rows.map((r) => [r.period, r.category, r.documents, r.hits, r.tokens, r.rate_per_1k])).toEqual([
      ['2021-03', 'loaded', 2, 6, 2000, 3],
      ['2021-03', 'other', 2, 0, 2000, 0],
      ['2021-04', 'loaded', 1, 1, 500, 2],
      ['2021-04', 'other', 1, 0, 500, 0],
      ['unknown', 'loaded', 1, 1, 200, 5],
      ['unknown', 'other', 1, 0, 200, 0],
    ]);
    // March: documents with rates 2 and 4 of equal size: resamples give 2, 3 or 4.
    expect([rows[0]!.ci_low, rows[0]!.ci_high]).toEqual([2, 4]);
    expect(rows[2]!.ci_low).toBeNull();
  });

  it('follows --period', () => {
    const years = rowsOf(outletPeriodsReport, totalsFrom(docs, { period: 'year' }));
    expect(years.map((r) => [r.period, r.hits])).toEqual([['2021', 7], ['unknown', 1]]);
    const all = rowsOf(outletPeriodsReport, totalsFrom(docs, { period: 'none' }));
    expect(all.map((r) => [r.period, r.hits, r.tokens])).toEqual([['all', 8, 2700]]);
  });
});
