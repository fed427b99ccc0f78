// The frame of every report.html section: a heading, one sentence saying what the section
// shows and which CSV it comes from, then its charts, or a one-line note when the run folder
// lacks that CSV ("not in this run") or the CSV has no rows. Also the outlet order and
// colours that every chart shares.
import { escapeHtml } from './escape-html.js';
import type { CsvRow, RunFolder, SourceName } from './load-run-folder.js';
import { colourOf } from './svg-kit.js';

export interface SectionSpec {
  readonly id: string;
  readonly title: string;
  /** What the charts show; plain text. */
  readonly about: string;
  readonly source: SourceName;
}

export function section(spec: SectionSpec, folder: RunFolder, body: (rows: readonly CsvRow[]) => string, rows = folder.tables[spec.source]): string {
  const head = `<h2>${escapeHtml(spec.title)}</h2><p class="about">${escapeHtml(spec.about)} <span class="source">(${escapeHtml(spec.source)})</span></p>`;
  let content: string;
  if (rows === undefined) content = `<p class="absent">${escapeHtml(spec.source)} is not in this run.</p>`;
  else if (rows.length === 0) content = `<p class="absent">${escapeHtml(spec.source)} has no rows in this run.</p>`;
  else content = body(rows);
  return `<section id="${spec.id}" data-source="${escapeHtml(spec.source)}">${head}${content}</section>`;
}

/** Outlets in the order the reports give them (outlet_summary.csv, else first seen). */
export function outletsOf(folder: RunFolder): string[] {
  const seen = new Set<string>();
  for (const name of ['outlet_summary.csv', 'outlet_terms.csv', 'documents.csv'] as const) {
    for (const r of folder.tables[name] ?? []) if (r.outlet) seen.add(r.outlet);
  }
  return [...seen];
}

export type OutletColours = (outlet: string) => string;

export function outletColours(outlets: readonly string[]): OutletColours {
  const index = new Map(outlets.map((o, i) => [o, i]));
  return (o) => colourOf(index.get(o) ?? outlets.length);
}

/** Distinct values of a column in first-seen order. */
export function distinct(rows: readonly CsvRow[], column: string): string[] {
  return [...new Set(rows.map((r) => r[column] ?? ''))];
}

/** A figure: a caption over a chart. */
export function figure(caption: string, chart: string): string {
  return `<figure><figcaption>${escapeHtml(caption)}</figcaption>${chart}</figure>`;
}
