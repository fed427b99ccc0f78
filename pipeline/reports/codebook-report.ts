// codebook.csv: one row per column of every report, generated from the column declarations
// in REPORTS (so no column goes undocumented), plus a row per file saying what one row is,
// and rows for codebook.csv, figures.jsonl, manifest.json and report.html themselves.
import type { ReportSpec, SummaryReport } from './report-spec.js';
import { defineSummaryReport } from './report-spec.js';
import { FIGURES_FILE, FIGURES_MEANING } from './figures-sidecar.js';
import { REPORTS } from './index.js';

interface Row {
  readonly file: string;
  readonly column: string;
  readonly type: string;
  readonly meaning: string;
}

const FILE_NOTE =
  "CSV, UTF-8, RFC 4180. Text cells starting with = + - @, tab or carriage return are written with a leading ' so that spreadsheets show them as text instead of running them as formulas; strip it to get the value as read.";

const MANIFEST_MEANING =
  'JSON: framelens and Node versions; every input file (path relative to the input folder, bytes, sha256, records read); files and report folders inside the input that were not read (ignored_files); lexicons (id, version, file, sha256); the options of the run (split, dedup, kwic, seed and bootstrap — the seed and number of replicates of every bootstrap interval —, period, actors, max_doc_mb; shard I/N in a shard folder; not --jobs, which changes no result); record counts (read, processed, rejected, duplicate); and a reproduce block for framelens reproduce (wink versions, the folder holding the inputs, and the input, lexicon and actors paths relative to the package or to the report folder, every other option as given). No timestamps or absolute paths, so identical runs give identical files.';

const HTML_MEANING =
  'The run as one self-contained web page drawn from the CSV reports and manifest.json: charts (rates with intervals, contrasts, actor labels, rates over time, speakers, cue verbs, distinctive terms) and a searchable table of hits and quotations in context, filtered by clicking any number. Opens offline; see docs/reproduce-and-html.md.';

function fileRows(spec: ReportSpec<unknown>): Row[] {
  return [
    { file: spec.file, column: '', type: 'file', meaning: `One row per ${spec.rowMeaning}. ${FILE_NOTE}` },
    ...spec.columns.map((c) => ({ file: spec.file, column: c.name, type: c.type, meaning: c.meaning })),
  ];
}

export const codebookReport: SummaryReport<Row> = defineSummaryReport<Row>({
  file: 'codebook.csv',
  rowMeaning: 'report column (and one row per file, with an empty column)',
  rows: () => [
    ...[...REPORTS, codebookReport].flatMap((spec) => fileRows(spec as ReportSpec<unknown>)),
    { file: FIGURES_FILE, column: '', type: 'file', meaning: FIGURES_MEANING },
    { file: 'manifest.json', column: '', type: 'file', meaning: MANIFEST_MEANING },
    { file: 'report.html', column: '', type: 'file', meaning: HTML_MEANING },
  ],
  columns: [
    { name: 'file', type: 'string', meaning: 'Report file.', value: (r) => r.file },
    { name: 'column', type: 'string', meaning: 'Column name; empty on the row describing the file itself.', value: (r) => r.column },
    { name: 'type', type: 'string', meaning: 'string, integer, number (decimal), boolean (true/false), or file.', value: (r) => r.type },
    { name: 'meaning', type: 'string', meaning: 'What the column holds.', value: (r) => r.meaning },
  ],
});
