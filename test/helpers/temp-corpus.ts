// Builds small corpora in a temporary folder for tests; removes them afterwards.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A fresh folder holding `files` (path → text or bytes); returns its path. */
export function tempCorpus(files: Readonly<Record<string, string | Uint8Array>> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'framelens-test-'));
  made.push(dir);
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  return dir;
}

/** Bytes that are not valid UTF-8 (a lone continuation byte and a truncated sequence). */
export function invalidUtf8(before: string, after: string): Uint8Array {
  return Buffer.concat([Buffer.from(before, 'utf8'), Buffer.from([0x80, 0xe2, 0x82]), Buffer.from(after, 'utf8')]);
}

/** A corpus mixing good records and every kind of bad input the readers set aside. */
export const MIXED_CORPUS: Readonly<Record<string, string | Uint8Array>> = {
  'news/articles.csv':
    'id,outlet,title,text\n' +
    'a1,Quay Courier,Road closed,"“The road is closed,” said a police officer."\n' +
    'a2,Quay Courier,Empty,\n' +
    'a3,Quay Courier,Blank,"   "\n' +
    'a4,Quay Courier,Bad quote,"broken "quote" here"\n' +
    'a5,Quay Courier,Too wide,text,extra\n' +
    'a6,Quay Courier,Copy,"“The road is closed,” said a police officer."\n' +
    'a7,Harbor Daily,Same text other outlet,"“The road is closed,” said a police officer."\n',
  'news/no-text.csv': 'id,headline\nn1,Only a headline\nn2,Another\n',
  'news/wire.jsonl': [
    '{"id":"w1","media_name":"Wire","text":"Officials said the port would reopen."}',
    '{"id":"w2","media_name":"Wire","text":"   "}',
    'not json',
    '{"id":"w4","media_name":"Wire","body":["not", "a", "string"]}',
    '',
  ].join('\n'),
  'news/latin1.jsonl': invalidUtf8('{"id":"l1","text":"caf', 'e"}\n{"id":"l2","text":"fine"}\n'),
  'news/image.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x00, 0x0d]),
  'news/README.md': 'Notes about this folder.\n',
  'news/harbor-daily/one.txt': 'The ferry resumed service on Monday, the operator said.\n',
  'news/harbor-daily/empty.txt': '',
  'news/harbor-daily/big.txt': `${'word '.repeat(300)}\n`,
};
