// The page around report.html's sections: doctype, a Content-Security-Policy that forbids any
// network request (the page is self-contained: styles, data and script are inline), a header
// with links to the sections, the table of hits and quotations (filled by the client script),
// the data as JSON in <script type="application/json"> with `<` escaped, and the script.
import { CLIENT_SCRIPT } from './client-script.js';
import { escapeHtml, scriptJson } from './escape-html.js';
import { PAGE_STYLE } from './page-style.js';
import type { EncodedTable } from './table-data.js';

export interface PageParts {
  readonly title: string;
  /** Section ids and titles for the header's links. */
  readonly nav: readonly { readonly id: string; readonly title: string }[];
  /** Sections above the table, already HTML. */
  readonly sections: readonly string[];
  /** Sections below the table (the manifest). */
  readonly after: readonly string[];
  readonly table: EncodedTable;
  /** Said above the table when it does not hold every row (HTML). */
  readonly tableNote?: string;
}

const CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";

const tableSection = (note: string): string => `<section id="table"><h2>Hits and quotations</h2>
<p class="about">Every loaded-term hit and quotation, in context (the span highlighted). Search, sort by a column, or click any number above to see the rows behind it. <span class="source">(terms.csv, quotes.csv)</span></p>${note}
<div class="controls"><input id="search" type="search" placeholder="Search text, outlet, speaker…" aria-label="Search the table">
<span id="filter-chip" role="status"></span><button type="button" id="clear">Show all rows</button><span id="table-count" aria-live="polite"></span></div>
<p class="print-note">Printed: the rows in view when printing.</p>
<div id="grid" role="table" aria-label="Hits and quotations"><div class="tr th" role="row" id="thead"></div>
<div id="viewport" tabindex="0"><div id="spacer"><div id="rows" role="rowgroup"></div></div></div></div></section>`;

/** The page as pieces to write one after the other (joined, the page): the table's JSON, most
 *  of a large page, is written as it is instead of copied into one string with the rest. */
export function pagePieces(parts: PageParts): string[] {
  const nav = [...parts.nav, { id: 'table', title: 'Table' }, { id: 'manifest', title: 'Run' }]
    .map((s) => `<a href="#${escapeHtml(s.id)}">${escapeHtml(s.title)}</a>`)
    .join('');
  const head = [
    '<!DOCTYPE html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(parts.title)}</title><style>${PAGE_STYLE}</style></head>`,
    `<body><header><h1>${escapeHtml(parts.title)}</h1><nav>${nav}</nav></header><main>`,
    ...parts.sections,
    tableSection(parts.tableNote ?? ''),
    ...parts.after,
    '</main>',
    '<script type="application/json" id="report-data">',
  ].join('\n');
  const tail = ['</script>', `<script>${CLIENT_SCRIPT}</script>`, '</body></html>', ''].join('\n');
  return [head, scriptJson({ table: parts.table }), tail];
}
