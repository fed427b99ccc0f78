// Reads a .txt file with --split: `none` (the file is one document, the default), `lines`
// (each non-blank line is a document) or `blank-lines` (blocks separated by blank lines).
// A document's text is the slice of the file as read (BOM dropped), so offsets stay true.
// The outlet is the file's folder name (walk-inputs.ts); txt files carry no other metadata.
// Split files are streamed line by line; a whole-file document is read at once (the caller
// has checked it against --max-doc-mb). A block's bytes are its byte range in the file.
import { readFile } from 'node:fs/promises';
import { BINARY_REASON, bomLength, decodeUtf8, invalidUtf8Reason, looksBinary } from './decode-text.js';
import { readHead, readLines } from './read-lines.js';
import { acceptRecord, oversize, rejectRecord } from './record-fields.js';
import type { ReadLimits, RecordPlace } from './record-fields.js';
import type { RecordScanner, Scanned } from './record-scanner.js';
import type { ReadResult } from '../types.js';
import type { InputFile } from './walk-inputs.js';

export type SplitMode = 'none' | 'lines' | 'blank-lines';
export const SPLIT_MODES: readonly SplitMode[] = ['none', 'lines', 'blank-lines'];

const lenient = new TextDecoder('utf-8', { ignoreBOM: true });

export function txtScanner(file: InputFile, split: SplitMode, limits: ReadLimits): RecordScanner {
  const whole: RecordPlace = { file, unit: 'file', n: 0, line: 1 };

  /** A document from its bytes; `place.line` is the line its first byte is on. */
  function record(bytes: Buffer, place: RecordPlace): ReadResult {
    const { text, badLines } = decodeUtf8(bytes);
    if (badLines.length > 0) return rejectRecord({}, place, invalidUtf8Reason(place.line + badLines[0]! - 1), 'not_utf8');
    return acceptRecord({ text }, place, limits);
  }

  async function* scan(): AsyncGenerator<Scanned> {
    if (looksBinary(await readHead(file.path))) {
      yield { result: rejectRecord({}, whole, BINARY_REASON, 'binary_file'), place: whole, start: 0, end: 0 };
      return;
    }
    if (split === 'none') {
      const bytes = await readFile(file.path);
      const bom = bomLength(bytes);
      yield { result: record(bytes.subarray(bom), whole), place: whole, start: bom, end: bytes.length };
      return;
    }
    // A block: from the first byte of its first line to the end of its last line's content.
    // Its lines are kept until it closes, or only counted once it is over the size limit.
    let open: { start: number; end: number; first: number; parts: Buffer[]; bytes: number } | null = null;
    const NL = Buffer.from('\n');
    const close = (): Scanned | null => {
      if (!open) return null;
      const place: RecordPlace = { file, unit: 'line', n: open.first, line: open.first };
      const size = open.end - open.start;
      const result = size > limits.maxDocBytes ? rejectRecord({}, place, oversize(size, limits), 'too_large') : record(Buffer.concat(open.parts).subarray(0, size), place);
      const scanned = { result, place, start: open.start, end: open.end };
      open = null;
      return scanned;
    };
    for await (const raw of readLines(file.path, limits.maxDocBytes + 1)) {
      let bytes = raw.bytes;
      let start = raw.start;
      if (raw.number === 1 && bomLength(bytes) > 0) [bytes, start] = [bytes.subarray(3), start + 3];
      const length = raw.oversize ?? bytes.length;
      const contentEnd = start + length - (raw.oversize === undefined && bytes.at(-1) === 0x0d ? 1 : 0);
      const blank = raw.oversize === undefined && lenient.decode(bytes).trim() === '';
      if (blank || open === null || split === 'lines') {
        const closed = close();
        if (closed) yield closed;
        if (blank) continue;
        open = { start, end: contentEnd, first: raw.number, parts: [], bytes: 0 };
      }
      open!.end = contentEnd;
      open!.bytes += length + 1;
      if (open!.bytes <= limits.maxDocBytes + 1 && raw.oversize === undefined) open!.parts.push(bytes, NL);
      else open!.parts = [];
    }
    const last = close();
    if (last) yield last;
  }

  return { scan, reread: record };
}
