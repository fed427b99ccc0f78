// Reading back the CSV reports this tool writes (reports/csv-text.ts: RFC 4180, CRLF, a cell
// quoted when it holds a quote, comma or line break, a quote doubled inside). A record ends at
// a line feed outside quotes. Raw records are streamed (a merge copies rows byte for byte
// instead of parsing and re-writing them); `firstCell` gives a record's first cell (the doc_id
// of a row report), `parseRecord` all its cells (report.html reads the row reports so). Written
// here rather than through csv-parse's general parser: several times faster on these files,
// the same cells (a property test compares the two).
import { createReadStream } from 'node:fs';

/** Cuts bytes (UTF-8) into records as they arrive, each record with its line end. Quotes and
 *  line feeds are ASCII, so records are cut on bytes and each is decoded on its own: a record
 *  kept holds only its own characters (a cell cut from a string read 64 KB at a time would keep
 *  all of it alive, in two bytes a character once a curly quote is among them). */
export class RecordSplitter {
  #pending: Buffer = Buffer.alloc(0);
  #scanned = 0;
  #inQuotes = false;

  /** The records that `chunk` completes. */
  push(chunk: Buffer): string[] {
    const records: string[] = [];
    const pending = this.#pending.length === 0 ? chunk : Buffer.concat([this.#pending, chunk]);
    let start = 0;
    for (let i = this.#scanned; i < pending.length; i++) {
      const c = pending[i]!;
      if (c === 34) this.#inQuotes = !this.#inQuotes;
      else if (c === 10 && !this.#inQuotes) {
        records.push(pending.toString('utf8', start, i + 1));
        start = i + 1;
      }
    }
    this.#pending = Buffer.from(pending.subarray(start)); // a copy: not the whole chunk kept
    this.#scanned = this.#pending.length;
    return records;
  }

  /** The last record if the bytes did not end with a line end ('' if they did). */
  end(): string {
    return this.#pending.toString('utf8');
  }
}

/** The file's records, each with its line end. */
export async function* csvRecords(path: string): AsyncGenerator<string> {
  const splitter = new RecordSplitter();
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 16 })) yield* splitter.push(chunk as Buffer);
  if (splitter.end() !== '') yield splitter.end();
}

/** The records of a whole text, each with its line end. */
export function recordsOf(text: string): string[] {
  const splitter = new RecordSplitter();
  const records = splitter.push(Buffer.from(text, 'utf8'));
  if (splitter.end() !== '') records.push(splitter.end());
  return records;
}

/** True for a record holding nothing but its line end (skipped, as csv-parse's skip_empty_lines). */
export function isBlankRecord(record: string): boolean {
  return record === '' || record === '\n' || record === '\r\n';
}

/** The first cell of a raw record, unquoted. */
export function firstCell(record: string): string {
  if (!record.startsWith('"')) {
    const end = record.search(/[,\r\n]/);
    return end < 0 ? record : record.slice(0, end);
  }
  let cell = '';
  let i = 1;
  for (;;) {
    const q = record.indexOf('"', i);
    if (q < 0) return cell + record.slice(i);
    if (record[q + 1] !== '"') return cell + record.slice(i, q);
    cell += record.slice(i, q + 1);
    i = q + 2;
  }
}

/** Every cell of a raw record (its line end, if any, left out). A quote after a quoted cell's
 *  closing quote, other than a doubled one, or a record ending inside quotes is a file this
 *  tool did not write: an Error says where. */
export function parseRecord(record: string): string[] {
  let end = record.length;
  if (record.charCodeAt(end - 1) === 10) end--;
  if (record.charCodeAt(end - 1) === 13) end--;
  const cells: string[] = [];
  let i = 0;
  for (;;) {
    if (record.charCodeAt(i) !== 34) {
      const comma = record.indexOf(',', i);
      if (comma < 0 || comma >= end) {
        cells.push(record.slice(i, end));
        return cells;
      }
      cells.push(record.slice(i, comma));
      i = comma + 1;
      continue;
    }
    let cell = '';
    let from = i + 1;
    for (;;) {
      const q = record.indexOf('"', from);
      if (q < 0 || q >= end) throw new Error(`CSV record ends inside a quoted cell: ${JSON.stringify(record.slice(0, 80))}`);
      if (record.charCodeAt(q + 1) === 34 && q + 1 < end) {
        cell += record.slice(from, q + 1);
        from = q + 2;
        continue;
      }
      cell += record.slice(from, q);
      i = q + 1;
      break;
    }
    cells.push(cell);
    if (i >= end) return cells;
    if (record.charCodeAt(i) !== 44) throw new Error(`CSV record has text after a quoted cell at character ${i}: ${JSON.stringify(record.slice(0, 80))}`);
    i++;
  }
}

/** A record stream with one record of look-ahead. */
export class RecordReader {
  #next: string | null = null;
  #done = false;
  private constructor(private readonly records: AsyncGenerator<string>) {}

  static async open(path: string): Promise<RecordReader> {
    const reader = new RecordReader(csvRecords(path));
    await reader.#advance();
    return reader;
  }

  /** The next record without taking it; null at the end. */
  peek(): string | null {
    return this.#next;
  }

  async take(): Promise<string | null> {
    const record = this.#next;
    await this.#advance();
    return record;
  }

  async #advance(): Promise<void> {
    if (this.#done) {
      this.#next = null;
      return;
    }
    const step = await this.records.next();
    this.#done = step.done === true;
    this.#next = step.done ? null : step.value;
  }
}
