// Reads a .txt file with --split: `none` (the file is one document, the default), `lines`
// (each non-blank line is a document) or `blank-lines` (blocks separated by blank lines).
// A document's text is the slice of the file as read (BOM dropped), so offsets stay true.
// The outlet is the file's folder name (walk-inputs.ts); txt files carry no other metadata.
import { BINARY_REASON, decodeUtf8, firstBadLineIn, invalidUtf8Reason, looksBinary } from './decode-text.js';
import { acceptRecord, rejectRecord } from './record-fields.js';
import type { ReadLimits, RecordPlace } from './record-fields.js';
import type { ReadResult } from '../types.js';
import type { InputFile } from './walk-inputs.js';

export type SplitMode = 'none' | 'lines' | 'blank-lines';
export const SPLIT_MODES: readonly SplitMode[] = ['none', 'lines', 'blank-lines'];

interface Block {
  readonly text: string;
  readonly firstLine: number;
  readonly lastLine: number;
}

export function readTxt(file: InputFile, bytes: Uint8Array, split: SplitMode, limits: ReadLimits): ReadResult[] {
  const whole: RecordPlace = { file, unit: 'file', n: 0, line: 1 };
  if (looksBinary(bytes)) return [rejectRecord({}, whole, BINARY_REASON)];
  const { text, badLines } = decodeUtf8(bytes);
  const blocks: Block[] = split === 'none' ? [{ text, firstLine: 1, lastLine: Infinity }] : splitBlocks(text, split);
  return blocks.map((block) => {
    const place: RecordPlace = split === 'none' ? whole : { file, unit: 'line', n: block.firstLine, line: block.firstLine };
    const bad = firstBadLineIn(badLines, block.firstLine, block.lastLine);
    return bad !== undefined ? rejectRecord({}, place, invalidUtf8Reason(bad)) : acceptRecord({ text: block.text }, place, limits);
  });
}

/** Non-blank lines (`lines`) or runs of non-blank lines (`blank-lines`), as slices of `text`. */
function splitBlocks(text: string, split: SplitMode): Block[] {
  const blocks: Block[] = [];
  type Open = { start: number; end: number; first: number; last: number };
  let open = null as Open | null;
  const close = (): void => {
    if (open) blocks.push({ text: text.slice(open.start, open.end), firstLine: open.first, lastLine: open.last });
    open = null;
  };
  let start = 0;
  for (let line = 1; start <= text.length; line++) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const contentEnd = end > start && text[end - 1] === '\r' ? end - 1 : end;
    if (text.slice(start, contentEnd).trim() === '') close();
    else if (open !== null && split === 'blank-lines') {
      open.end = contentEnd;
      open.last = line;
    }
    else {
      close();
      open = { start, end: contentEnd, first: line, last: line };
    }
    start = end + 1;
  }
  close();
  return blocks;
}
