// What every reader gives for one input file: a scan, yielding each record as read with its
// place and byte range, and `reread`, which turns those bytes back into the same record. A run
// keeps only a small index entry per record between the two (see record-index.ts), so the
// corpus never has to fit in memory; records are read again, in doc_id order, to be analysed.
import type { RecordPlace } from './record-fields.js';
import type { ReadResult } from '../types.js';

export interface Scanned {
  readonly result: ReadResult;
  readonly place: RecordPlace;
  /** Byte range of the record in its file (empty for a record set aside). */
  readonly start: number;
  readonly end: number;
}

export interface RecordScanner {
  scan(): AsyncGenerator<Scanned>;
  /** The record at `place` from its bytes; valid once `scan` has run to the end. */
  reread(bytes: Buffer, place: RecordPlace): ReadResult;
}
