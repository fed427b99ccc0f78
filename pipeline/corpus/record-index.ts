// The record index of a streamed run: one small entry per record read (its id, file, place
// and byte range, and a hash of outlet and text; a record set aside keeps its reason instead),
// never its text. `order` then makes given ids unique, sorts the entries by doc_id and marks
// duplicates by hash (the smallest doc_id of each outlet+text is kept), so that the run reads
// each record again (ByteRanges + its file's scanner) and handles records in doc_id order.
// About 160 bytes a record while the corpus is scanned (a million records: ~160 MB), ~130 once
// ordered (the hashes are dropped); `records` drops each entry as it reads the record again.
import { compareCodeUnits, compareDocIds, docIdSortKey, sortKeyable } from './compare-doc-ids.js';
import { duplicateKey, duplicateOf } from './mark-duplicates.js';
import { ByteRanges } from './read-lines.js';
import { placeOrigin, rejectRecord, uniqueId } from './record-fields.js';
import type { RecordPlace } from './record-fields.js';
import type { RecordScanner, Scanned } from './record-scanner.js';
import type { ReadResult, SetAsideRecord } from '../types.js';
import type { InputFile } from './walk-inputs.js';
import { ownString } from '../own-string.js';

/** A class, so that every entry shares one hidden class: entries built by spreading an object
 *  got a shape (map, descriptors, property array) each — ~400 bytes a record. */
class Entry {
  /** Set by `order` on a duplicate: the doc_id kept in its place. */
  keptId: string | null = null;
  constructor(
    /** The doc_id: as read, then made unique (`id@origin`) by `order`. */
    public id: string,
    readonly file: number,
    readonly n: number,
    readonly line: number,
    readonly start: number,
    readonly end: number,
    /** Documents: UTF-8 bytes of the text (progress counts these). */
    readonly textBytes: number,
    /** Documents: the duplicate hash (dropped once `order` has used it). */
    public hash: string,
    /** Records set aside when read (the whole record: they are few and small). */
    public setAside: SetAsideRecord | null,
  ) {}
}

export interface IndexedFile {
  readonly file: InputFile;
  readonly scanner: RecordScanner;
}

export class RecordIndex {
  readonly #files: IndexedFile[] = [];
  readonly #entries: Entry[] = [];
  #textBytes = 0;

  addFile(file: IndexedFile): number {
    this.#files.push(file);
    return this.#files.length - 1;
  }

  add(fileIndex: number, scanned: Scanned): void {
    const r = scanned.result;
    const p = scanned.place;
    const [start, end] = [scanned.start, scanned.end];
    if (r.kind === 'doc') {
      const textBytes = Buffer.byteLength(r.doc.text);
      this.#entries.push(new Entry(ownString(r.doc.meta.docId), fileIndex, p.n, p.line, start, end, textBytes, duplicateKey(r.doc), null));
      this.#textBytes += textBytes;
    } else {
      this.#entries.push(new Entry(ownString(r.record.meta.docId), fileIndex, p.n, p.line, start, end, 0, '', r.record));
    }
  }

  get size(): number {
    return this.#entries.length;
  }

  /** Documents to analyse (duplicates excluded once ordered) and the UTF-8 bytes of their texts. */
  get documents(): number {
    return this.#entries.filter((e) => e.setAside === null && e.keptId === null).length;
  }

  get textBytes(): number {
    return this.#textBytes;
  }

  /** Unique ids, doc_id order, duplicates marked. Call once, after every file is scanned. */
  order(): void {
    const uses = new Map<string, number>();
    for (const e of this.#entries) uses.set(e.id, (uses.get(e.id) ?? 0) + 1);
    for (const e of this.#entries) {
      const id = uniqueId(e.id, placeOrigin(this.#placeOf(e)), uses.get(e.id)!);
      if (id === e.id) continue;
      e.id = id;
      if (e.setAside) e.setAside = { ...e.setAside, meta: { ...e.setAside.meta, docId: e.id } };
    }
    uses.clear();
    if (this.#entries.every((e) => sortKeyable(e.id))) {
      const keyed = this.#entries.map((e) => ({ key: docIdSortKey(e.id), e }));
      keyed.sort((a, b) => compareCodeUnits(a.key, b.key));
      keyed.forEach((k, i) => (this.#entries[i] = k.e));
    } else this.#entries.sort((a, b) => compareDocIds(a.id, b.id));
    const kept = new Map<string, string>();
    for (const e of this.#entries) {
      if (e.setAside) continue;
      const first = kept.get(e.hash);
      if (first === undefined) kept.set(e.hash, e.id);
      else {
        e.keptId = first;
        this.#textBytes -= e.textBytes;
      }
      e.hash = '';
    }
  }

  /** Keeps only the records whose doc_id `keep` accepts (a shard's slice: --shard I/N). Call
   *  after `order`, so ids are unique and duplicates were found over the whole corpus, as one
   *  run finds them. */
  keepOnly(keep: (docId: string) => boolean): void {
    const kept = this.#entries.filter((e) => keep(e.id));
    this.#textBytes = kept.reduce((n, e) => n + (e.setAside === null && e.keptId === null ? e.textBytes : 0), 0);
    this.#entries.length = 0;
    for (const e of kept) this.#entries.push(e);
  }

  /** Every record, read again from its bytes, in doc_id order. This consumes the index: each
   *  entry is dropped once its record is read, so the index shrinks as the run goes on. */
  async *records(): AsyncGenerator<ReadResult> {
    const ranges = new ByteRanges();
    const entries: (Entry | null)[] = this.#entries.splice(0);
    try {
      for (let i = 0; i < entries.length; i++) {
        const e = entries[i]!;
        entries[i] = null;
        if (e.setAside) {
          yield { kind: 'set-aside', record: e.setAside };
          continue;
        }
        const r = await this.#reread(ranges, e);
        if (r.kind === 'set-aside') yield { kind: 'set-aside', record: { ...r.record, meta: { ...r.record.meta, docId: e.id } } };
        else if (e.keptId !== null) yield { kind: 'set-aside', record: duplicateOf({ ...r.doc.meta, docId: e.id }, e.keptId) };
        else yield { kind: 'doc', doc: { meta: { ...r.doc.meta, docId: e.id }, text: r.doc.text } };
      }
    } finally {
      await ranges.close();
    }
  }

  #placeOf(e: Entry): RecordPlace {
    const file = this.#files[e.file]!.file;
    const unit = e.n === 0 ? 'file' : file.kind === 'csv' ? 'row' : 'line';
    return { file, unit, n: e.n, line: e.line };
  }

  async #reread(ranges: ByteRanges, e: Entry): Promise<ReadResult> {
    const { file, scanner } = this.#files[e.file]!;
    const place = this.#placeOf(e);
    try {
      return scanner.reread(await ranges.read(file.path, e.start, e.end), place);
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      return rejectRecord({}, place, `cannot read the record again (${why})`, 'unreadable_file');
    }
  }
}
