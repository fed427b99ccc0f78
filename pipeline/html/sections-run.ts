// report.html sections on the run itself: the per-outlet summary (outlet_summary.csv, each
// count a button that filters the table), and the manifest: record counts, rejected records
// grouped by reason (documents.csv), inputs, lexicons and options. The Node version is left
// out so that the page is the same on every machine (manifest.json keeps it).
import { escapeHtml, jsonAttr } from './escape-html.js';
import type { CsvRow, RunFolder } from './load-run-folder.js';
import { section } from './section-frame.js';
import { filterData } from './svg-kit.js';
import type { TableFilter } from './svg-kit.js';

const SHOWN_REASONS = 20;

function button(value: string, filter: TableFilter, label: string): string {
  return `<button type="button" class="mark num" data-filter="${jsonAttr(filter)}" data-value="${escapeHtml(value)}" aria-label="${escapeHtml(label)}"${filterData(filter)}>${escapeHtml(value)}</button>`;
}

function table(head: readonly string[], rows: readonly (readonly string[])[], className = ''): string {
  const th = head.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('');
  return `<table class="plain ${className}"><thead><tr>${th}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
}

export function summarySection(folder: RunFolder): string {
  const spec = { id: 'summary', title: 'Outlets', about: 'Documents, tokens, quotations and loaded-term hits per outlet; click a count to see its rows.', source: 'outlet_summary.csv' } as const;
  return section(spec, folder, (rows) =>
    table(
      ['outlet', 'documents', 'tokens', 'quotes', 'unique speakers', 'term hits', 'hits per 1,000 tokens'],
      rows.map((r) => {
        const o = r.outlet ?? '';
        return [
          escapeHtml(o),
          escapeHtml(r.documents ?? ''),
          escapeHtml(r.tokens ?? ''),
          button(r.quotes ?? '', { src: 'quote', outlet: o }, `${o}: ${r.quotes} quotations`),
          escapeHtml(r.unique_speakers ?? ''),
          button(r.term_hits ?? '', { src: 'term', outlet: o }, `${o}: ${r.term_hits} term hits`),
          button(r.rate_per_1k ?? '', { src: 'term', outlet: o }, `${o}: ${r.rate_per_1k} hits per 1,000 tokens`),
        ];
      }),
      'summary',
    ),
  );
}

/** A rejection reason without its position (`wire.jsonl line 2: empty text` → `empty text`). */
export function reasonKind(reason: string): string {
  return reason.replace(/^[^:]*\b(row|line) \d+: /, '');
}

function reasonsTable(docs: readonly CsvRow[]): string {
  const counts = new Map<string, number>();
  for (const d of docs) if (d.status === 'rejected') counts.set(reasonKind(d.reason ?? ''), (counts.get(reasonKind(d.reason ?? '')) ?? 0) + 1);
  if (counts.size === 0) return '<p>No record was rejected.</p>';
  const sorted = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const more = sorted.length > SHOWN_REASONS ? `<p>… and ${sorted.length - SHOWN_REASONS} more reasons (documents.csv).</p>` : '';
  return table(['rejected', 'reason'], sorted.slice(0, SHOWN_REASONS).map(([r, n]) => [String(n), escapeHtml(r)]), 'reasons') + more;
}

type Json = Record<string, unknown>;
const cell = (v: unknown) => escapeHtml(v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v));

export function manifestSection(folder: RunFolder): string {
  const m = folder.manifest;
  const head = '<h2>Run</h2><p class="about">What was read, what was set aside and how the run was configured <span class="source">(manifest.json, documents.csv)</span></p>';
  if (m === null) return `<section id="manifest">${head}<p class="absent">manifest.json is not in this run.</p></section>`;
  const counts = (m.counts ?? {}) as Json;
  const countLine = ['read', 'processed', 'rejected', 'duplicate'].map((k) => `<span class="count" data-count="${k}"><b>${cell(counts[k])}</b> ${k}</span>`).join(' ');
  const options = Object.entries((m.options ?? {}) as Json).map(([k, v]) => [escapeHtml(k), cell(v)]);
  const inputs = ((m.inputs ?? []) as Json[]).map((f) => [cell(f.file), cell(f.kind), cell(f.records), cell(f.bytes), `<code>${cell(String(f.sha256 ?? '').slice(0, 16))}…</code>`]);
  const lexicons = ((m.lexicons ?? []) as Json[]).map((l) => [cell(l.id), cell(l.version), cell(l.use), cell(l.file), cell(l.entries), `<code>${cell(String(l.sha256 ?? '').slice(0, 16))}…</code>`]);
  const notes = ((m.notes ?? []) as unknown[]).map((n) => `<li>${cell(n)}</li>`).join('');
  return (
    `<section id="manifest">${head}<p class="counts">${countLine}</p>` +
    `<h3>Rejected records by reason</h3>${reasonsTable(folder.tables['documents.csv'] ?? [])}` +
    `<h3>Inputs</h3>${table(['file', 'kind', 'records', 'bytes', 'sha256'], inputs)}` +
    `<h3>Lexicons</h3>${table(['id', 'version', 'use', 'file', 'entries', 'sha256'], lexicons)}` +
    `<h3>Options</h3>${table(['option', 'value'], options)}${notes ? `<ul class="notes">${notes}</ul>` : ''}` +
    `<p class="versions">framelens ${cell(m.framelens)}</p></section>`
  );
}
