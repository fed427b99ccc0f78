// The rows behind report.html's table: one row per term hit (terms.csv) and per quotation
// (quotes.csv), with the document's date and title from documents.csv, in one shape so one
// search, sort and filter serve both. Encoded by column, a repeated value stored once
// (a dictionary and indexes), so 100,000 hits stay a few megabytes of embedded JSON.
import type { CsvRow, RunFolder } from './load-run-folder.js';

/** The fields of a table row; the client script shows some and filters on all. */
export const TABLE_FIELDS = [
  'src', // term | quote
  'doc',
  'outlet',
  'date',
  'title',
  'category', // a term's category; a quote's kind
  'term', // the lexicon term; a quote's cue as written
  'voice', // own | quoted (terms)
  'speaker',
  'speaker_type',
  'target',
  'connotation', // a quote's cue connotation
  'cue_lemma',
  'left',
  'span',
  'right',
] as const;

export type TableField = (typeof TABLE_FIELDS)[number];
export type TableRow = Readonly<Record<TableField, string>>;

/** A column: every value, or distinct values (d) and each row's index into them (i). */
export type EncodedColumn = readonly string[] | { readonly d: readonly string[]; readonly i: readonly number[] };

export interface EncodedTable {
  readonly n: number;
  readonly fields: readonly string[];
  readonly columns: readonly EncodedColumn[];
}

export function tableRows(folder: RunFolder): TableRow[] {
  const docs = new Map<string, CsvRow>();
  for (const d of folder.tables['documents.csv'] ?? []) docs.set(d.doc_id ?? '', d);
  const rows: TableRow[] = [];
  const docOf = (r: CsvRow): CsvRow | undefined => docs.get(r.doc_id ?? '');
  // Rows written out field by field: spreading an object and adding fields is a slow path in V8.
  for (const t of folder.tables['terms.csv'] ?? []) {
    const doc = docOf(t);
    rows.push({
      src: 'term', doc: t.doc_id ?? '', outlet: t.outlet ?? '', date: doc?.date ?? '', title: doc?.title ?? '', category: t.category ?? '', term: t.term ?? '', voice: t.voice ?? '', speaker: t.speaker ?? '',
      speaker_type: '', target: t.target ?? '', connotation: '', cue_lemma: '', left: t.left ?? '', span: t.text ?? '', right: t.right ?? '',
    });
  }
  for (const q of folder.tables['quotes.csv'] ?? []) {
    const doc = docOf(q);
    rows.push({
      src: 'quote', doc: q.doc_id ?? '', outlet: q.outlet ?? '', date: doc?.date ?? '', title: doc?.title ?? '', category: q.kind ?? '', term: q.cue ?? '', voice: '', speaker: q.speaker ?? '',
      speaker_type: q.speaker_type ?? '', target: '', connotation: q.cue_connotation ?? '', cue_lemma: q.cue_lemma ?? '', left: '', span: q.text ?? '', right: '',
    });
  }
  return rows;
}

export function encodeTable(rows: readonly TableRow[]): EncodedTable {
  const columns = TABLE_FIELDS.map((field): EncodedColumn => {
    const values = rows.map((r) => r[field]);
    // Stored as a dictionary when at most half the values are distinct; the dictionary is
    // given up as soon as more are met.
    const index = new Map<string, number>();
    const ids: number[] = [];
    for (const v of values) {
      let id = index.get(v);
      if (id === undefined) {
        index.set(v, (id = index.size));
        if (index.size * 2 > values.length) return values;
      }
      ids.push(id);
    }
    return { d: [...index.keys()], i: ids };
  });
  return { n: rows.length, fields: TABLE_FIELDS, columns };
}

/** Decodes one column again (the client script does the same; tests use this). */
export function decodeColumn(column: EncodedColumn): string[] {
  if (!('d' in column)) return [...column];
  return column.i.map((i) => column.d[i]!);
}
