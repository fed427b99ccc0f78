// Reads a JSONL file, streaming: one JSON object a line, fields by the aliases in
// record-fields.ts (numbers such as stories_id are taken as strings). Blank lines are not
// records. A line that is not a JSON object, has a non-string text, invalid UTF-8 or is
// longer than the size limit allows is rejected alone. Each record's bytes are its line, so
// `reread` parses just that line again.
import { BINARY_REASON, bomLength, invalidUtf8Reason, looksBinary } from './decode-text.js';
import { readHead, readLines } from './read-lines.js';
import { acceptRecord, FIELD_ALIASES, fieldString, matchFieldNames, oversize, rejectRecord } from './record-fields.js';
import type { Field, RawFields, ReadLimits, RecordPlace } from './record-fields.js';
import type { RecordScanner, Scanned } from './record-scanner.js';
import type { ReadResult } from '../types.js';
import type { InputFile } from './walk-inputs.js';

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const BLANK = /^[\s]*$/;

export function jsonlScanner(file: InputFile, limits: ReadLimits): RecordScanner {
  // A text within the limit takes at most 6 bytes a UTF-8 byte in JSON (\uXXXX escapes).
  const maxLineBytes = limits.maxDocBytes * 6 + (64 << 10);

  function record(bytes: Buffer, place: RecordPlace): ReadResult {
    let line: string;
    try {
      line = strict.decode(bytes);
    } catch {
      return rejectRecord({}, place, invalidUtf8Reason(place.line), 'not_utf8');
    }
    const parsed = parseObject(line);
    if (Array.isArray(parsed)) return rejectRecord({}, place, parsed[1], parsed[0]);
    const { fields, wrongType } = pickFields(parsed);
    if (wrongType) return rejectRecord(fields, place, `the ${wrongType} field is not a string`, 'text_not_string');
    if (fields.text === undefined) return rejectRecord(fields, place, `no text field (looked for ${FIELD_ALIASES.text.join(', ')})`, 'no_text_field');
    return acceptRecord(fields, place, limits);
  }

  async function* scan(): AsyncGenerator<Scanned> {
    const whole: RecordPlace = { file, unit: 'file', n: 0, line: 1 };
    if (looksBinary(await readHead(file.path))) {
      yield { result: rejectRecord({}, whole, BINARY_REASON, 'binary_file'), place: whole, start: 0, end: 0 };
      return;
    }
    for await (const raw of readLines(file.path, maxLineBytes)) {
      const place: RecordPlace = { file, unit: 'line', n: raw.number, line: raw.number };
      if (raw.oversize !== undefined) {
        yield { result: rejectRecord({}, place, oversize(raw.oversize, limits), 'too_large'), place, start: 0, end: 0 };
        continue;
      }
      let bytes = raw.bytes;
      let start = raw.start;
      if (raw.number === 1 && bomLength(bytes) > 0) [bytes, start] = [bytes.subarray(3), start + 3];
      if (bytes.at(-1) === 0x0d) bytes = bytes.subarray(0, -1);
      if (isBlank(bytes)) continue;
      yield { result: record(bytes, place), place, start, end: start + bytes.length };
    }
  }

  return { scan, reread: record };
}

/** Only ASCII whitespace (or nothing): a blank line. Other lines are decoded and parsed. */
function isBlank(bytes: Buffer): boolean {
  for (const b of bytes) if (b !== 0x20 && b !== 0x09 && b !== 0x0b && b !== 0x0c && b !== 0x0d) return b >= 0x80 && BLANK.test(bytes.toString('utf8'));
  return true;
}

/** The line's JSON object, or why it is not one ([code, reason]). */
function parseObject(line: string): Record<string, unknown> | [string, string] {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return ['not_json', `not valid JSON (${error instanceof Error ? error.message : String(error)})`];
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return ['not_json_object', 'not a JSON object'];
  return value as Record<string, unknown>;
}

function pickFields(obj: Record<string, unknown>): { fields: RawFields; wrongType: string | null } {
  const keys = Object.keys(obj);
  const fields: RawFields = {};
  let wrongType: string | null = null;
  for (const [field, index] of Object.entries(matchFieldNames(keys)) as [Field, number][]) {
    const key = keys[index]!;
    const value = fieldString(obj[key]);
    if (value !== undefined) fields[field] = value;
    else if (obj[key] !== null && field === 'text') wrongType = `text (${key})`;
  }
  return { fields, wrongType };
}
