// Reads a JSONL file: one JSON object a line, fields by the aliases in record-fields.ts
// (numbers such as stories_id are taken as strings). Blank lines are not records. A line that
// is not a JSON object, has a non-string text or invalid UTF-8 is rejected alone.
import { BINARY_REASON, decodeUtf8, invalidUtf8Reason, looksBinary } from './decode-text.js';
import { acceptRecord, FIELD_ALIASES, fieldString, matchFieldNames, rejectRecord } from './record-fields.js';
import type { Field, RawFields, ReadLimits, RecordPlace } from './record-fields.js';
import type { ReadResult } from '../types.js';
import type { InputFile } from './walk-inputs.js';

export function readJsonl(file: InputFile, bytes: Uint8Array, limits: ReadLimits): ReadResult[] {
  if (looksBinary(bytes)) return [rejectRecord({}, { file, unit: 'file', n: 0, line: 1 }, BINARY_REASON)];
  const { text, badLines } = decodeUtf8(bytes);
  const bad = new Set(badLines);
  const out: ReadResult[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.trim() === '') return;
    const place: RecordPlace = { file, unit: 'line', n: i + 1, line: i + 1 };
    if (bad.has(i + 1)) return void out.push(rejectRecord({}, place, invalidUtf8Reason(i + 1)));
    const parsed = parseObject(line);
    if (typeof parsed === 'string') return void out.push(rejectRecord({}, place, parsed));
    const { fields, wrongType } = pickFields(parsed);
    if (wrongType) out.push(rejectRecord(fields, place, `the ${wrongType} field is not a string`));
    else if (fields.text === undefined) out.push(rejectRecord(fields, place, `no text field (looked for ${FIELD_ALIASES.text.join(', ')})`));
    else out.push(acceptRecord(fields, place, limits));
  });
  return out;
}

/** The line's JSON object, or why it is not one. */
function parseObject(line: string): Record<string, unknown> | string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return `not valid JSON (${error instanceof Error ? error.message : String(error)})`;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return 'not a JSON object';
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
