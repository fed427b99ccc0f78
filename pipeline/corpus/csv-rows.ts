// CSV rows from a stream of lines (read-lines.ts), for read-csv.ts: each row with its cells,
// its first and last line and its byte range, or a bad row with csv-parse's error code and a
// reason. Lines are parsed in windows of whole lines — small after an error, growing to 65,536
// lines or 8 MB while rows are clean — so memory stays bounded and a file with many bad rows
// is still read in about linear time. After a row csv-parse rejects, parsing resumes on the
// line after the error; after a quote that never closes (or is still open past
// `maxRecordBytes`), on the line after the one where that row began: one stray quote costs
// only its own row, and every physical row is accounted for.
import { CsvError, parse } from 'csv-parse/sync';
import type { InfoRecord } from 'csv-parse/sync';
import { bomLength } from './decode-text.js';
import type { RawLine } from './read-lines.js';

interface Line {
  readonly text: string;
  readonly bad: boolean;
  readonly start: number;
  /** Bytes including the `\n` (if any): the next line starts at start + size. */
  readonly size: number;
  readonly newline: boolean;
  readonly oversize: boolean;
}

export type CsvEvent =
  | { readonly kind: 'row'; readonly cells: readonly string[]; readonly startLine: number; readonly endLine: number; readonly start: number; readonly end: number; readonly bad: number | null }
  | { readonly kind: 'bad'; readonly code: string; readonly why: string; readonly startLine: number };

/** Filled in by csvEvents from the first window: the delimiter the whole file is parsed with. */
export interface Dialect {
  delimiter: string;
}

const MIN_WINDOW = 64;
const MAX_WINDOW = 65_536;
const MAX_WINDOW_BYTES = 8 << 20;
const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenient = new TextDecoder('utf-8', { ignoreBOM: true });

/** Rows and bad rows of a stream of lines, in file order (see the comment at the top). */
export async function* csvEvents(source: AsyncGenerator<RawLine>, maxRecordBytes: number, dialect: Dialect): AsyncGenerator<CsvEvent> {
  const buffer: Line[] = [];
  let base = 0; // 0-based number of buffer[0]
  let eof = false;
  const fill = async (count: number): Promise<void> => {
    while (!eof && buffer.length < count) {
      const next = await source.next();
      if (next.done) eof = true;
      else buffer.push(lineOf(next.value, base + buffer.length === 0));
    }
  };
  const drop = (count: number): void => {
    buffer.splice(0, count);
    base += count;
  };
  let window = MIN_WINDOW;
  for (;;) {
    await fill(window);
    while (base === 0 && dialect.delimiter === '' && buffer.length > 0 && buffer[0]!.text.trim() === '' && !buffer[0]!.oversize) {
      drop(1); // blank lines before the header
      await fill(window);
    }
    if (buffer.length === 0) return;
    if (buffer[0]!.oversize) {
      yield { kind: 'bad', code: 'too_large', why: `line ${base + 1} is longer than ${(maxRecordBytes / 1_048_576).toFixed(1)} MB, over the size limit (--max-doc-mb)`, startLine: base + 1 };
      drop(1);
      continue;
    }
    const barrier = buffer.findIndex((l) => l.oversize);
    // A window never holds more than maxRecordBytes and one line: a quote still open there is
    // taken as never closed, so a stray quote cannot pull the rest of a huge file into memory.
    const most = Math.min(window, barrier >= 0 ? barrier : buffer.length);
    let end = 0;
    let bytes = 0;
    while (end < most && bytes <= maxRecordBytes) bytes += buffer[end++]!.size;
    const lines = buffer.slice(0, end);
    // Where each line starts in the segment, in UTF-8 bytes of the text as decoded (the unit
    // of csv-parse's info.bytes).
    const lineStarts: number[] = [];
    let offset = 0;
    for (const l of lines) {
      lineStarts.push(offset);
      offset += l.bad ? Buffer.byteLength(l.text) + (l.newline ? 1 : 0) : l.size;
    }
    const text = lines.map((l) => (l.newline ? `${l.text}\n` : l.text)).join('');
    if (dialect.delimiter === '') dialect.delimiter = detectDelimiter(text);
    const segment = parseSegment(text, dialect.delimiter);
    const open = segment.error?.code === 'CSV_QUOTE_NOT_CLOSED';
    const canGrow = bytes <= maxRecordBytes && (barrier >= 0 ? barrier > end : buffer.length > end || !eof);
    if (open && canGrow) {
      window *= 2; // a quoted field runs past the window: take more lines
      continue;
    }
    // Lines are 1-based within the window; a row starts on the first non-empty line after
    // the previous row and ends on the line holding its last character.
    const lineAt = (offset: number): number => upperBound(lineStarts, offset);
    const firstAfter = (offset: number): number => {
      let line = lineAt(offset);
      while (line < lines.length && isEmptyLine(lines[line - 1]!.text) && lineStarts[line - 1]! >= offset) line++;
      return line;
    };
    let previousEnd = 0;
    let lastLine = 0;
    for (const row of segment.rows) {
      const firstLine = firstAfter(previousEnd);
      lastLine = lineAt(row.end - 1);
      previousEnd = row.end;
      const first = lines[firstLine - 1]!;
      const last = lines[lastLine - 1]!;
      const bad = lines.slice(firstLine - 1, lastLine).findIndex((l) => l.bad);
      yield {
        kind: 'row', cells: row.cells, startLine: base + firstLine, endLine: base + lastLine,
        start: first.start, end: last.start + last.size, bad: bad >= 0 ? base + firstLine + bad : null,
      };
    }
    if (!segment.error) {
      drop(end);
      window = bytes < MAX_WINDOW_BYTES ? Math.min(window * 2, MAX_WINDOW) : window;
      continue;
    }
    let startLine = lastLine + 1;
    while (startLine < lines.length && lines[startLine - 1]!.text.trim() === '') startLine++;
    yield { kind: 'bad', code: segment.error.code, why: describeCsvError(segment.error, open && bytes > maxRecordBytes), startLine: base + startLine };
    // csv-parse counts a CRLF inside a quoted field as two lines: correct its error line by
    // the drift seen up to the last good row.
    const reported = typeof segment.error.lines === 'number' ? segment.error.lines : 0;
    const errorLine = Math.min(Math.max(reported - (segment.lastInfoLines - lastLine), startLine), end);
    drop(open ? startLine : errorLine);
    window = MIN_WINDOW;
  }
}

/** The number of starts <= offset (the 1-based line holding offset). */
function upperBound(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function isEmptyLine(text: string): boolean {
  return text === '' || text === '\r';
}

function lineOf(raw: RawLine, first: boolean): Line {
  let bytes = raw.bytes;
  let start = raw.start;
  if (first && bomLength(bytes) > 0) {
    bytes = bytes.subarray(3);
    start += 3;
  }
  let bad = false;
  let text: string;
  try {
    text = strict.decode(bytes);
  } catch {
    bad = true;
    text = lenient.decode(bytes);
  }
  return { text, bad, start, size: bytes.length + (raw.newline ? 1 : 0), newline: raw.newline, oversize: raw.oversize !== undefined };
}

interface ParsedRow {
  readonly cells: string[];
  /** Offset in the segment (UTF-8 bytes) just after the row and its line break. */
  readonly end: number;
}

/** Rows of a run of whole lines, up to the first error. */
function parseSegment(segment: string, delimiter: string): { rows: ParsedRow[]; lastInfoLines: number; error: CsvError | null } {
  const rows: ParsedRow[] = [];
  let lastInfoLines = 0;
  try {
    parse(segment, {
      delimiter,
      relax_column_count: true,
      skip_empty_lines: true,
      on_record: (cells: string[], info: InfoRecord) => {
        rows.push({ cells, end: info.bytes });
        lastInfoLines = info.lines;
        return null;
      },
    });
    return { rows, lastInfoLines, error: null };
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    return { rows, lastInfoLines, error };
  }
}

/** The delimiter used most often outside quotes on the header line (`,` when none is). */
export function detectDelimiter(text: string): string {
  const counts: Record<string, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch in counts) counts[ch]!++;
  }
  return [';', '\t'].reduce((best, d) => (counts[d]! > counts[best]! ? d : best), ',');
}

const CSV_ERRORS: Readonly<Record<string, string>> = {
  CSV_INVALID_CLOSING_QUOTE: 'a quotation mark inside a quoted field is not doubled ("")',
  INVALID_OPENING_QUOTE: 'a quotation mark inside an unquoted field',
  CSV_QUOTE_NOT_CLOSED: 'a quoted field is never closed; reading resumed on the next line',
};

function describeCsvError(error: CsvError, pastLimit = false): string {
  if (pastLimit) return `malformed CSV row: a quoted field is still open after the size limit (--max-doc-mb); reading resumed on the next line`;
  return `malformed CSV row: ${CSV_ERRORS[error.code] ?? error.message}`;
}

