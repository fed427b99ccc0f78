// Reading a corpus: input paths (files and folders) → every record as a ReadResult, in a
// reproducible order, each with a unique doc_id. Nothing is dropped: a record that cannot be
// analysed comes back as a set-aside record with its reason and reason code. Also returns, per
// input file, its size, sha256 and record count (for the manifest), and the non-corpus files
// ignored. Stops (problems, no records) only when an input path is missing or unsupported.
// Files are streamed (corpus/read-*.ts). `indexCorpus` keeps only a small entry per record
// (corpus/record-index.ts) and gives the records again in doc_id order, for runs of any size;
// `readCorpus` keeps every record in memory, in input order (the library, tests).
import { hashFile, walkInputs } from './corpus/walk-inputs.js';
import type { IgnoredInput, InputFile, InputKind } from './corpus/walk-inputs.js';
import { oversize, rejectRecord, uniqueId } from './corpus/record-fields.js';
import type { ReadLimits } from './corpus/record-fields.js';
import { csvScanner } from './corpus/read-csv.js';
import { jsonlScanner } from './corpus/read-jsonl.js';
import { txtScanner } from './corpus/read-txt.js';
import type { SplitMode } from './corpus/read-txt.js';
import { BINARY_REASON } from './corpus/decode-text.js';
import { RecordIndex } from './corpus/record-index.js';
import type { RecordScanner, Scanned } from './corpus/record-scanner.js';
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

export type CorpusIndex =
  | { readonly ok: true; readonly index: RecordIndex; readonly files: readonly InputFileSummary[]; readonly ignored: readonly IgnoredInput[] }
  | { readonly ok: false; readonly problems: readonly string[] };

/** Scans every input once, calling `onRecord` for each record in input order. */
async function scanCorpus(
  paths: readonly string[],
  options: ReadOptions,
  onRecord: (file: InputFile, scanner: RecordScanner) => (scanned: Scanned) => void,
): Promise<{ ok: true; files: InputFileSummary[]; ignored: readonly IgnoredInput[] } | { ok: false; problems: readonly string[] }> {
  const walked = await walkInputs(paths);
  if (walked.problems.length > 0) return { ok: false, problems: walked.problems };
  const files: InputFileSummary[] = [];
  for (const file of walked.files) {
    const scanner = scannerOf(file, options);
    const add = onRecord(file, scanner);
    let records = 0;
    try {
      for await (const scanned of scanner.scan()) {
        add(scanned);
        records++;
      }
    } catch (error) {
      if (records > 0) throw error; // the file changed or went away while it was read
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      const whole = { file, unit: 'file', n: 0, line: 1 } as const;
      add({ result: rejectRecord({}, whole, `cannot read the file (${code})`, 'unreadable_file'), place: whole, start: 0, end: 0 });
      files.push({ file: file.rel, kind: file.kind, bytes: file.bytes, sha256: '', records: 1 });
      continue;
    }
    files.push({ file: file.rel, kind: file.kind, bytes: file.bytes, sha256: await hashFile(file.path), records });
  }
  return { ok: true, files, ignored: walked.ignored };
}

/** The reader for a file; a binary file or a whole .txt file over the limit is not read. */
function scannerOf(file: InputFile, options: ReadOptions): RecordScanner {
  const whole = { file, unit: 'file', n: 0, line: 1 } as const;
  const only = (result: ReadResult): RecordScanner => ({
    async *scan() {
      yield { result, place: whole, start: 0, end: 0 };
    },
    reread: () => result,
  });
  if (file.kind === 'binary') return only(rejectRecord({}, whole, BINARY_REASON, 'binary_file'));
  if (file.kind === 'csv') return csvScanner(file, options);
  if (file.kind === 'jsonl') return jsonlScanner(file, options);
  if (options.split === 'none' && file.bytes > options.maxDocBytes) return only(rejectRecord({}, whole, oversize(file.bytes, options), 'too_large'));
  return txtScanner(file, options.split, options);
}

/** Every record held in memory, in input order (files sorted, records as in each file). */
export async function readCorpus(paths: readonly string[], options: ReadOptions = DEFAULT_READ_OPTIONS): Promise<CorpusRead> {
  const records: ReadResult[] = [];
  const scanned = await scanCorpus(paths, options, () => (s) => records.push(s.result));
  if (!scanned.ok) return scanned;
  return { ok: true, records: makeIdsUnique(records), files: scanned.files, ignored: scanned.ignored };
}

/** Every record scanned into an index, ordered: `index.records()` reads them in doc_id order. */
export async function indexCorpus(paths: readonly string[], options: ReadOptions = DEFAULT_READ_OPTIONS): Promise<CorpusIndex> {
  const index = new RecordIndex();
  const scanned = await scanCorpus(paths, options, (file, scanner) => {
    const at = index.addFile({ file, scanner });
    return (s) => index.add(at, s);
  });
  if (!scanned.ok) return scanned;
  index.order();
  return { ok: true, index, files: scanned.files, ignored: scanned.ignored };
}

/** A given id used by more than one record becomes `id@origin` on every record that gave it,
 *  whatever the input order (uniqueId). */
function makeIdsUnique(records: readonly ReadResult[]): ReadResult[] {
  const uses = new Map<string, number>();
  for (const r of records) uses.set(metaOf(r).docId, (uses.get(metaOf(r).docId) ?? 0) + 1);
  return records.map((r) => {
    const meta = metaOf(r);
    const docId = uniqueId(meta.docId, meta.origin, uses.get(meta.docId)!);
    if (docId === meta.docId) return r;
    const unique: RecordMeta = { ...meta, docId };
    return r.kind === 'doc' ? { kind: 'doc', doc: { ...r.doc, meta: unique } } : { kind: 'set-aside', record: { ...r.record, meta: unique } };
  });
}

export function metaOf(r: ReadResult): RecordMeta {
  return r.kind === 'doc' ? r.doc.meta : r.record.meta;
}
