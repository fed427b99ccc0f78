// The stylesheet of report.html (inlined: the page loads nothing). Readable on screen and
// printed to PDF: charts keep their colours (print-color-adjust), sections avoid page breaks
// inside a figure, the search controls are hidden on paper and the table prints the rows in
// view. Colours meet WCAG AA contrast on white.
export const PAGE_STYLE = `
:root { --ink: #1a1a1a; --muted: #555; --line: #d0d0d0; --accent: #0b5cad; --row: 28px; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; color: var(--ink); background: #fff; }
header { padding: 16px 24px 8px; border-bottom: 1px solid var(--line); }
header h1 { margin: 0 0 4px; font-size: 22px; }
nav a { margin-right: 12px; color: var(--accent); }
main { padding: 0 24px 40px; max-width: 1200px; }
section { margin-top: 28px; }
h2 { font-size: 18px; margin: 0 0 4px; }
h3 { font-size: 15px; margin: 16px 0 4px; }
.about { margin: 0 0 8px; color: var(--muted); }
.source { font-family: ui-monospace, monospace; font-size: 12px; }
.absent { font-style: italic; color: var(--muted); }
figure { margin: 8px 0 16px; break-inside: avoid; }
figcaption { font-weight: 600; margin-bottom: 2px; }
svg { display: block; max-width: 100%; height: auto; overflow: visible; font-size: 12px; }
svg text { fill: var(--ink); }
svg text.cell { font-size: 11px; }
svg .tick { fill: var(--muted); font-size: 11px; }
svg .grid { stroke: #e6e6e6; }
svg .reference { stroke: #777; stroke-dasharray: 4 3; }
svg .whisker { stroke-width: 2; }
svg .line { fill: none; stroke-width: 2; }
.mark { cursor: pointer; }
svg .mark:hover circle, svg .mark:hover rect, svg .mark:focus circle, svg .mark:focus rect { stroke: #000; stroke-width: 2; }
svg .mark:focus { outline: none; }
table.plain { border-collapse: collapse; margin: 4px 0 8px; }
table.plain th, table.plain td { border-bottom: 1px solid var(--line); padding: 3px 10px 3px 0; text-align: left; vertical-align: top; }
button.num { font: inherit; color: var(--accent); background: none; border: 0; padding: 0; text-decoration: underline; }
.counts .count { margin-right: 16px; }
.controls { display: flex; gap: 12px; align-items: center; flex-wrap: wrap; margin: 6px 0; }
#search { font: inherit; padding: 4px 8px; width: 280px; }
#filter-chip:empty { display: none; }
#filter-chip { background: #eef4fb; border: 1px solid #b8d0ea; border-radius: 4px; padding: 2px 8px; }
#grid { border: 1px solid var(--line); }
.tr { display: grid; grid-template-columns: 60px 120px 92px 120px 104px 110px 130px minmax(300px, 1fr); height: var(--row); align-items: center; border-bottom: 1px solid #eee; }
.th { background: #f4f4f4; font-weight: 600; }
.th button { font: inherit; background: none; border: 0; padding: 0 4px; text-align: left; cursor: pointer; width: 100%; }
.th button[aria-sort="ascending"]::after { content: " ▲"; }
.th button[aria-sort="descending"]::after { content: " ▼"; }
.td { padding: 0 4px; overflow: hidden; white-space: nowrap; text-overflow: ellipsis; }
.kwic { display: flex; min-width: 0; }
.kwic .l { flex: 1 1 0; display: flex; justify-content: flex-end; overflow: hidden; }
.kwic .l span, .kwic .r { white-space: nowrap; }
.kwic .r { flex: 1 1 0; overflow: hidden; text-overflow: ellipsis; }
.kwic mark { background: #ffe08a; color: #000; padding: 0 2px; margin: 0 3px; white-space: nowrap; max-width: 60%; overflow: hidden; text-overflow: ellipsis; }
#viewport { height: 480px; overflow: auto; position: relative; }
#spacer { position: relative; }
#rows { position: absolute; left: 0; right: 0; top: 0; }
.print-note { display: none; }
@media print {
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  header nav, .controls input, .controls button { display: none; }
  main { max-width: none; }
  section { break-inside: auto; }
  #viewport { height: auto; overflow: visible; }
  #rows { position: static; }
  #spacer { height: auto !important; }
  .print-note { display: block; color: var(--muted); }
}
`;
