// Reading a file line by line, as bytes, without holding the file: chunks of 1 MiB from a file
// handle, each line yielded with its 1-based number and its byte offset (so a record can be
// read again later from just its bytes, see reread-record.ts). Lines exclude the `\n` and keep
// any `\r`. A line longer than `maxLineBytes` is not kept: it comes back empty with its true
// length in `oversize`, so one huge line cannot exhaust memory.
// Also: reading a byte range of a file through a read-ahead buffer (ByteRanges).
import { open } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';

export interface RawLine {
  readonly bytes: Buffer;
  /** Byte offset of the line's first byte in the file. */
  readonly start: number;
  /** 1-based line number. */
  readonly number: number;
  /** The line was ended by `\n` (false only for a last line without one). */
  readonly newline: boolean;
  /** Set (to the line's length in bytes) when the line was longer than maxLineBytes. */
  readonly oversize?: number;
}

const CHUNK = 1 << 20;

export async function* readLines(path: string, maxLineBytes = Infinity): AsyncGenerator<RawLine> {
  const handle = await open(path, 'r');
  try {
    let parts: Buffer[] = [];
    let partBytes = 0;
    let lineStart = 0;
    let number = 1;
    let position = 0;
    const chunk = Buffer.allocUnsafe(CHUNK);
    for (;;) {
      const { bytesRead } = await handle.read(chunk, 0, CHUNK, position);
      if (bytesRead === 0) break;
      const data = chunk.subarray(0, bytesRead);
      let from = 0;
      for (let nl = data.indexOf(0x0a, from); nl >= 0; nl = data.indexOf(0x0a, from)) {
        const length = partBytes + nl - from;
        const line = length > maxLineBytes ? Buffer.alloc(0) : Buffer.concat([...parts, data.subarray(from, nl)]);
        yield length > maxLineBytes ? { bytes: line, start: lineStart, number, newline: true, oversize: length } : { bytes: line, start: lineStart, number, newline: true };
        parts = [];
        partBytes = 0;
        number++;
        lineStart = position + nl + 1;
        from = nl + 1;
      }
      partBytes += bytesRead - from;
      if (partBytes <= maxLineBytes) parts.push(Buffer.from(data.subarray(from))); // a copy: the chunk is reused
      else parts = [];
      position += bytesRead;
    }
    if (partBytes > 0) {
      yield partBytes > maxLineBytes
        ? { bytes: Buffer.alloc(0), start: lineStart, number, newline: false, oversize: partBytes }
        : { bytes: Buffer.concat(parts), start: lineStart, number, newline: false };
    }
  } finally {
    await handle.close();
  }
}

/** Byte ranges of files read on demand, with a read-ahead buffer per file so that ranges
 *  asked for in file order cost one read per 4 MiB. Close it when done. */
export class ByteRanges {
  readonly #handles = new Map<string, FileHandle>();
  readonly #buffers = new Map<string, { start: number; bytes: Buffer }>();
  static readonly READ_AHEAD = 4 << 20;

  async read(path: string, start: number, end: number): Promise<Buffer> {
    const cached = this.#buffers.get(path);
    if (cached && start >= cached.start && end <= cached.start + cached.bytes.length) {
      return cached.bytes.subarray(start - cached.start, end - cached.start);
    }
    let handle = this.#handles.get(path);
    if (!handle) {
      handle = await open(path, 'r');
      this.#handles.set(path, handle);
    }
    const size = Math.max(end - start, ByteRanges.READ_AHEAD);
    const bytes = Buffer.allocUnsafe(size);
    const { bytesRead } = await handle.read(bytes, 0, size, start);
    this.#buffers.set(path, { start, bytes: bytes.subarray(0, bytesRead) });
    if (bytesRead < end - start) throw new Error(`${path}: the file changed while it was read (bytes ${start}-${end} are gone)`);
    return bytes.subarray(0, end - start);
  }

  async close(): Promise<void> {
    for (const handle of this.#handles.values()) await handle.close();
    this.#handles.clear();
    this.#buffers.clear();
  }
}

/** The first `bytes` bytes of a file (binary sniffing). */
export async function readHead(path: string, bytes = 8000): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buf = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buf, 0, bytes, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
