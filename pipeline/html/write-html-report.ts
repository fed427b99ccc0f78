// report.html of a run folder: reads the folder's finished CSV reports and manifest.json
// (load-run-folder.ts), draws every section as plain SVG written by framelens (no chart
// library: the file stays small, self-contained, printable and byte-identical across identical
// runs), embeds the table of hits and quotations as JSON, and writes the page next to the CSVs.
// A section whose CSV the run did not write says "not in this run".
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { escapeHtml } from './escape-html.js';
import { loadRunFolder, TABLE_ROWS } from './load-run-folder.js';
import type { RowReports, RunFolder } from './load-run-folder.js';
import { pagePieces } from './page-template.js';
import { outletColours, outletsOf } from './section-frame.js';
import { contrastsSection, periodsSection, ratesSection } from './sections-rates.js';
import { manifestSection, summarySection } from './sections-run.js';
import { actorsSection, cuesSection, distinctiveSection, speakersSection } from './sections-voices.js';
import { encodeTable, tableRows } from './table-data.js';

export const HTML_REPORT_FILE = 'report.html';

const NAV = [
  { id: 'summary', title: 'Outlets' },
  { id: 'rates', title: 'Rates' },
  { id: 'contrasts', title: 'Contrasts' },
  { id: 'actors', title: 'Actors' },
  { id: 'periods', title: 'Over time' },
  { id: 'speakers', title: 'Speakers' },
  { id: 'cues', title: 'Cue verbs' },
  { id: 'distinctive', title: 'Distinctive terms' },
];

/** The page for a run folder already read. */
export function renderHtmlReport(folder: RunFolder): string {
  return htmlReportPieces(folder).join('');
}

/** The page in pieces, written one after the other (page-template.ts: pagePieces). */
function htmlReportPieces(folder: RunFolder): string[] {
  const outlets = outletsOf(folder);
  const colour = outletColours(outlets);
  const categories = new Set((folder.tables['outlet_terms.csv'] ?? []).map((r) => r.category ?? ''));
  return pagePieces({
    title: 'framelens report',
    nav: NAV,
    sections: [
      summarySection(folder),
      ratesSection(folder, colour),
      contrastsSection(folder, colour, categories),
      actorsSection(folder),
      periodsSection(folder, colour),
      speakersSection(folder, colour),
      cuesSection(folder, outlets),
      distinctiveSection(folder, colour),
    ],
    after: [manifestSection(folder)],
    table: folder.table ?? encodeTable(tableRows(folder)),
    tableNote: tableNote(folder),
  });
}

/** What the table leaves out, when a row report holds more than TABLE_ROWS rows. */
function tableNote(folder: RunFolder): string {
  const more = folder.more ?? [];
  if (more.length === 0) return '';
  const files = more.map((f) => `<code>${escapeHtml(f)}</code>`).join(' and ');
  return `<p class="table-note">This run has more rows than a page can hold: the table has the first ${(folder.tableRows ?? TABLE_ROWS).toLocaleString('en-US')} rows (in doc_id order) of ${files}; the file${more.length > 1 ? 's hold' : ' holds'} all of them. The charts and counts above are over every row.</p>`;
}

/** Writes DIR/report.html from the reports in DIR; returns its path. `rows`: the row reports
 *  already read (preload-row-reports.ts), else they are read here; `manifestText`: the text of
 *  manifest.json, when the run writes it after the page. */
export async function writeHtmlReport(dir: string, rows?: RowReports, manifestText?: string): Promise<string> {
  const path = join(dir, HTML_REPORT_FILE);
  await writeFile(path, htmlReportPieces(await loadRunFolder(dir, TABLE_ROWS, rows, manifestText)));
  return path;
}
