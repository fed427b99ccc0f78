// Reading a report CSV as raw records, streamed, so that a merge copies rows byte for byte
// instead of parsing and re-writing them. A record ends at a line feed outside quotes (the
// reports quote every cell holding a quote, comma or line break, RFC 4180). `firstCell`
// gives the record's first cell (the doc_id of a row report); `parseRecord` all its cells,
// for the few rows a merge must change.
import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse/sync';

/** The file's records, each with its line end. */
export async function* csvRecords(path: string): AsyncGenerator<string> {
  let pending = '';
  let scanned = 0;
  let inQuotes = false;
  for await (const chunk of createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 16 })) {
    pending += chunk as string;
    let start = 0;
    for (let i = scanned; i < pending.length; i++) {
      const c = pending.charCodeAt(i);
      if (c === 34) inQuotes = !inQuotes;
      else if (c === 10 && !inQuotes) {
        yield pending.slice(start, i + 1);
        start = i + 1;
      }
    }
    pending = pending.slice(start);
    scanned = pending.length;
  }
  if (pending !== '') yield pending;
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

/** Every cell of a raw record. */
export function parseRecord(record: string): string[] {
  return (parse(record, { relax_column_count: true, record_delimiter: '\r\n' }) as string[][])[0] ?? [];
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
