// Bytes to text for the readers: binary detection and strict UTF-8 decoding that reports
// which lines hold invalid bytes, so a reader can reject just those records. A BOM is kept:
// the readers drop the file's own BOM by its bytes, so a record read again alone decodes alike.

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

const STRICT = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const LENIENT = new TextDecoder('utf-8', { ignoreBOM: true });

export function decodeUtf8(bytes: Uint8Array): DecodedText {
  try {
    return { text: STRICT.decode(bytes), badLines: [] };
  } catch {
    return { text: LENIENT.decode(bytes), badLines: findBadLines(bytes) };
  }
}

/** The length of a UTF-8 byte order mark at the start of `bytes` (0 or 3). */
export function bomLength(bytes: Uint8Array): number {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
}

function findBadLines(bytes: Uint8Array): number[] {
  const strict = STRICT;
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

export function invalidUtf8Reason(line: number): string {
  return `invalid UTF-8 at line ${line}: the file is not UTF-8 text (re-save it as UTF-8)`;
}
