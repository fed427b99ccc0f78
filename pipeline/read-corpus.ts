// Reading a corpus: input paths (files and folders) → every record as a ReadResult, in a
// reproducible order, each with a unique doc_id. Nothing is dropped: a record that cannot be
// analysed comes back as a set-aside record with its reason. Also returns, per input file,
// its size, sha256 and record count (for the manifest), and the non-corpus files ignored.
// Stops (problems, no records) only when an input path is missing or unsupported.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { hashFile, walkInputs } from './corpus/walk-inputs.js';
import type { IgnoredInput, InputFile, InputKind } from './corpus/walk-inputs.js';
import { oversize, rejectRecord } from './corpus/record-fields.js';
import type { ReadLimits } from './corpus/record-fields.js';
import { readCsv } from './corpus/read-csv.js';
import { readJsonl } from './corpus/read-jsonl.js';
import { readTxt } from './corpus/read-txt.js';
import type { SplitMode } from './corpus/read-txt.js';
import { BINARY_REASON } from './corpus/decode-text.js';
import type { ReadResult, RecordMeta } from './types.js';

export interface ReadOptions extends ReadLimits {
  readonly split: SplitMode;
}

export const DEFAULT_MAX_DOC_MB = 20;
export const DEFAULT_READ_OPTIONS: ReadOptions = { split: 'none', maxDocBytes: DEFAULT_MAX_DOC_MB * 1_048_576 };

export interface InputFileSummary {
  /** Path relative to the inputs' common folder, `/`-separated. */
  readonly file: string;
  readonly kind: InputKind;
  readonly bytes: number;
  readonly sha256: string;
  readonly records: number;
}

export type CorpusRead =
  | { readonly ok: true; readonly records: readonly ReadResult[]; readonly files: readonly InputFileSummary[]; readonly ignored: readonly IgnoredInput[] }
  | { readonly ok: false; readonly problems: readonly string[] };

export async function readCorpus(paths: readonly string[], options: ReadOptions = DEFAULT_READ_OPTIONS): Promise<CorpusRead> {
  const walked = await walkInputs(paths);
  if (walked.problems.length > 0) return { ok: false, problems: walked.problems };
  const records: ReadResult[] = [];
  const files: InputFileSummary[] = [];
  for (const file of walked.files) {
    const { results, sha256 } = await readInputFile(file, options);
    for (const r of results) records.push(r);
    files.push({ file: file.rel, kind: file.kind, bytes: file.bytes, sha256, records: results.length });
  }
  return { ok: true, records: makeIdsUnique(records), files, ignored: walked.ignored };
}

async function readInputFile(file: InputFile, options: ReadOptions): Promise<{ results: ReadResult[]; sha256: string }> {
  const whole = { file, unit: 'file', n: 0, line: 1 } as const;
  if (file.kind === 'binary') return { results: [rejectRecord({}, whole, BINARY_REASON)], sha256: await hashFile(file.path) };
  if (file.kind === 'txt' && options.split === 'none' && file.bytes > options.maxDocBytes) {
    return { results: [rejectRecord({}, whole, oversize(file.bytes, options))], sha256: await hashFile(file.path) };
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(file.path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    return { results: [rejectRecord({}, whole, `cannot read the file (${code})`)], sha256: '' };
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (file.kind === 'csv') return { results: readCsv(file, bytes, options), sha256 };
  if (file.kind === 'jsonl') return { results: readJsonl(file, bytes, options), sha256 };
  return { results: readTxt(file, bytes, options.split, options), sha256 };
}

/** A given id used by more than one record becomes `id@origin` on every record that gave it,
 *  whatever the input order; ids made from file and row are unique already. */
function makeIdsUnique(records: readonly ReadResult[]): ReadResult[] {
  const uses = new Map<string, number>();
  for (const r of records) uses.set(metaOf(r).docId, (uses.get(metaOf(r).docId) ?? 0) + 1);
  return records.map((r) => {
    const meta = metaOf(r);
    if (uses.get(meta.docId) === 1 || meta.docId === meta.origin) return r;
    const unique: RecordMeta = { ...meta, docId: `${meta.docId}@${meta.origin}` };
    return r.kind === 'doc' ? { kind: 'doc', doc: { ...r.doc, meta: unique } } : { kind: 'set-aside', record: { ...r.record, meta: unique } };
  });
}

export function metaOf(r: ReadResult): RecordMeta {
  return r.kind === 'doc' ? r.doc.meta : r.record.meta;
}
