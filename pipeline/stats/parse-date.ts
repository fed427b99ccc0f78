// Dates of records, for outlet_periods.csv. The date field is kept as given in the reports;
// here it is read as a calendar date. Accepted forms (case-insensitive; anything after the
// date — a time, a zone — is ignored, and no time-zone conversion is done: the calendar date
// as written counts):
//   ISO 8601:     2021-03-05, 2021-03-05T10:00:00Z, 2021-03-05 10:00:00 (Media Cloud),
//                 20210305, 2021-03 (month only), 2021 (year only)
//   slashes/dots: 2021/03/05, 2021.03.05 (year first only: 03/05/2021 is ambiguous)
//   RFC 2822:     Fri, 05 Mar 2021 10:00:00 +0000
//   written:      March 5, 2021 · Mar. 5 2021 · 5 March 2021 · 05-Mar-2021
// Anything else (and impossible dates such as 2021-02-30) does not parse: the record goes to
// period `unknown` and is never dropped.
import type { PeriodMode } from './stats-options.js';

export interface CalendarDate {
  readonly year: number;
  /** 1–12 */
  readonly month: number;
  /** 1–31, or null when only the year and month are given. */
  readonly day: number | null;
  /** false when only the year is given. */
  readonly hasMonth: boolean;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAME = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY = '(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?';
const END = '(?=$|[\\sT,])';

const FORMS: readonly [RegExp, (m: RegExpMatchArray) => [number, number, number | null, boolean]][] = [
  [new RegExp(`^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})${END}`), (m) => [+m[1]!, +m[2]!, +m[3]!, true]],
  [new RegExp(`^(\\d{4})(\\d{2})(\\d{2})(?=$|T)`), (m) => [+m[1]!, +m[2]!, +m[3]!, true]],
  [/^(\d{4})-(\d{2})$/, (m) => [+m[1]!, +m[2]!, null, true]],
  [/^(\d{4})$/, (m) => [+m[1]!, 1, null, false]],
  [new RegExp(`^${WEEKDAY}(\\d{1,2})[\\s-]+${MONTH_NAME}[\\s-]+(\\d{4})${END}`, 'i'), (m) => [+m[3]!, monthOf(m[2]!), +m[1]!, true]],
  [new RegExp(`^${WEEKDAY}${MONTH_NAME}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})${END}`, 'i'), (m) => [+m[3]!, monthOf(m[1]!), +m[2]!, true]],
];

function monthOf(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/** The calendar date written in `text`, or null when it does not parse. */
export function parseDate(text: string): CalendarDate | null {
  const s = text.trim();
  for (const [form, parts] of FORMS) {
    const m = s.match(form);
    if (!m) continue;
    const [year, month, day, hasMonth] = parts(m);
    if (month < 1 || month > 12 || year < 1000) return null;
    if (day !== null && (day < 1 || day > daysIn(year, month))) return null;
    return { year, month, day, hasMonth };
  }
  return null;
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** ISO 8601 week of a date: [week-numbering year, week 1–53] (weeks start on Monday; week 1
 *  holds the year's first Thursday). */
export function isoWeek(year: number, month: number, day: number): [number, number] {
  const date = new Date(Date.UTC(year, month - 1, day));
  const weekday = date.getUTCDay() || 7;
  date.setUTCDate(date.getUTCDate() + 4 - weekday);
  const weekYear = date.getUTCFullYear();
  const dayOfYear = Math.floor((date.getTime() - Date.UTC(weekYear, 0, 1)) / 86_400_000) + 1;
  return [weekYear, Math.floor((dayOfYear - 1) / 7) + 1];
}

/** The period of a record's date: `2021-03` (month), `2021-W09` (ISO week), `2021` (year),
 *  `all` (none), or `unknown` when the date does not parse (or lacks the day a week needs). */
export function periodOf(date: string, mode: PeriodMode): string {
  if (mode === 'none') return 'all';
  const d = parseDate(date);
  if (!d) return 'unknown';
  if (mode === 'year') return String(d.year);
  if (mode === 'month') return d.hasMonth ? `${d.year}-${pad(d.month)}` : 'unknown';
  if (d.day === null) return 'unknown';
  const [y, w] = isoWeek(d.year, d.month, d.day);
  return `${y}-W${pad(w)}`;
}
