// Bytes to text for the readers: binary detection and strict UTF-8 decoding that reports
// which lines hold invalid bytes, so a reader can reject just those records. A BOM is dropped.

const SNIFF_BYTES = 8000;

/** A NUL byte near the start: a binary file, or text in UTF-16/32 rather than UTF-8. */
export function looksBinary(bytes: Uint8Array): boolean {
  return bytes.subarray(0, SNIFF_BYTES).includes(0);
}

export const BINARY_REASON = 'binary file (it contains NUL bytes): not UTF-8 text; if it is UTF-16 text, save it as UTF-8';

export interface DecodedText {
  /** The text, with any invalid byte sequence replaced by U+FFFD. */
  readonly text: string;
  /** 1-based numbers of the lines holding invalid UTF-8, ascending. */
  readonly badLines: readonly number[];
}

export function decodeUtf8(bytes: Uint8Array): DecodedText {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), badLines: [] };
  } catch {
    return { text: new TextDecoder('utf-8').decode(bytes), badLines: findBadLines(bytes) };
  }
}

function findBadLines(bytes: Uint8Array): number[] {
  const strict = new TextDecoder('utf-8', { fatal: true });
  const bad: number[] = [];
  let line = 1;
  let from = 0;
  while (from <= bytes.length) {
    let to = bytes.indexOf(0x0a, from);
    if (to < 0) to = bytes.length;
    try {
      strict.decode(bytes.subarray(from, to));
    } catch {
      bad.push(line);
    }
    line++;
    from = to + 1;
  }
  return bad;
}

/** The first line among first..last (inclusive) holding invalid UTF-8, if any. */
export function firstBadLineIn(badLines: readonly number[], first: number, last: number): number | undefined {
  return badLines.find((l) => l >= first && l <= last);
}

export function invalidUtf8Reason(line: number): string {
  return `invalid UTF-8 at line ${line}: the file is not UTF-8 text (re-save it as UTF-8)`;
}
