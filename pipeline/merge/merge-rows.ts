// Joining one row report (documents.csv, terms.csv, quotes.csv, any report of ROW_REPORTS)
// of the shard folders into one file: header once, then each record's rows in the merged
// doc_id order, taken from the record's shard. Each shard's rows are in doc_id order and
// start with the doc_id, so a record's rows are the next rows of its shard's file whose
// first cell is its doc_id (as written). Rows are copied byte for byte, except for records a
// cross-document rule changed (cross-document.ts): those are re-written as one run writes
// them. Streams: one look-ahead record per shard file. (Known limit: formula escaping makes
// the ids `=x` and `'=x` both read `'=x`; if both sat next to each other in one shard, the
// first would take the second's rows.)
import { join } from 'node:path';
import type { RowReport } from '../reports/report-spec.js';
import type { RecordMeta } from '../types.js';
import { csvChunk, formatCell } from '../reports/csv-text.js';
import { TempFile } from '../reports/write-report-file.js';
import { firstCell, parseRecord, RecordReader } from '../reports/csv-records.js';
import type { MergeRecord, RecordChange } from './cross-document.js';

/** A shard folder whose files do not fit its figures.jsonl (truncated or edited). */
export class ShardContentError extends Error {}

/** What the join needs of a record: where its rows are, and what a rule changed. */
export type MergeRow = Pick<MergeRecord, 'shard' | 'docId' | 'change'>;

export async function mergeRowReport(
  spec: RowReport<unknown>,
  shardDirs: readonly string[],
  records: readonly MergeRow[],
  outDir: string,
): Promise<void> {
  const readers = await Promise.all(shardDirs.map((dir) => RecordReader.open(join(dir, spec.file))));
  const header = await sameHeader(spec, shardDirs, readers);
  const out = await TempFile.open(outDir, spec.file);
  try {
    await out.write(header.raw);
    for (const r of records) {
      const reader = readers[r.shard]!;
      const id = formatCell(r.docId, 'string');
      const rows: string[] = [];
      while (reader.peek() !== null && firstCell(reader.peek()!) === id) rows.push((await reader.take())!);
      await out.write(r.change === null ? rows.join('') : changedRows(spec, header.cells, rows, r.change));
    }
    const left = readers.findIndex((reader) => reader.peek() !== null);
    if (left >= 0) {
      throw new ShardContentError(`${join(shardDirs[left]!, spec.file)}: has rows for doc_id ${firstCell(readers[left]!.peek()!)} out of order or not in figures.jsonl; re-run that shard [MERGE_SHARD_CONTENT]`);
    }
  } catch (error) {
    await out.discard();
    throw error;
  }
  await out.commit();
}

async function sameHeader(spec: RowReport<unknown>, dirs: readonly string[], readers: readonly RecordReader[]): Promise<{ raw: string; cells: string[] }> {
  const raws = await Promise.all(readers.map((r) => r.take()));
  const cells = parseRecord(raws[0] ?? '');
  const expected = spec.columns.map((c) => c.name);
  const bad = raws.findIndex((raw) => raw === null || JSON.stringify(parseRecord(raw)) !== JSON.stringify(expected));
  if (bad >= 0) throw new ShardContentError(`${join(dirs[bad]!, spec.file)}: missing or with other columns than this version writes [MERGE_SHARD_CONTENT]`);
  return { raw: raws[0]!, cells };
}

function changedRows(spec: RowReport<unknown>, header: readonly string[], rows: readonly string[], change: RecordChange): string {
  const changed =
    change.kind === 'set-aside'
      ? restatedRows(spec, rows, change.status, change.reason, change.reasonCode)
      : rows.map((row) => change.fixRow(spec.file, header, parseRecord(row))).filter((c): c is string[] => c !== null);
  return changed.length === 0 ? '' : csvChunk(changed);
}

const MARK = '\u0000';
const PLACEHOLDER_META: RecordMeta = {
  docId: `${MARK}docId`,
  outlet: `${MARK}outlet`,
  date: `${MARK}date`,
  title: `${MARK}title`,
  url: `${MARK}url`,
  author: `${MARK}author`,
  origin: `${MARK}origin`,
};

/** The rows one run writes for a record set aside with this status and reason, given the rows
 *  its shard wrote: the report's own rows for a set-aside record, each cell that comes from
 *  the record's metadata taken from the shard's row (metadata is the same either way). */
export function restatedRows(spec: RowReport<unknown>, shardRows: readonly string[], status: 'duplicate' | 'rejected', reason: string, reasonCode: string): string[][] {
  const rows = [...spec.rowsOf({ kind: 'set-aside', record: { meta: PLACEHOLDER_META, status, reason, reasonCode } })];
  return rows.map((row, i) => {
    const shardCells = shardRows[i] === undefined ? [] : parseRecord(shardRows[i]);
    return spec.columns.map((column, j) => {
      const cell = formatCell(column.value(row), column.type);
      if (!cell.includes(MARK)) return cell;
      const shardCell = shardCells[j];
      if (shardCell === undefined) throw new Error(`merge: ${spec.file} has no row to take ${column.name} from`);
      return shardCell;
    });
  });
}
