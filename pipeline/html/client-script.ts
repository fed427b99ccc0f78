// The script of report.html, as a string (plain ES2017, no library). Reads the embedded table
// (column-encoded, table-data.ts) and drives it: a virtualised list (only the rows in view are
// in the DOM, so 100,000 hits scroll smoothly), search over every text field, sort by a
// column header, and filters set by clicking any chart mark or number (its data-filter JSON:
// field = value, `period` a date period, `text` a word starting in the context: `militant` finds militants). Data reaches the page
// only through textContent, never as HTML. Test hooks: #table-count, #grid[data-shown].
export const CLIENT_SCRIPT = String.raw`(function () {
'use strict';
var data = JSON.parse(document.getElementById('report-data').textContent);
var t = data.table, n = t.n, F = {};
t.fields.forEach(function (f, i) { F[f] = i; });
var cols = t.columns.map(function (c) { return Array.isArray(c) ? c : c.i.map(function (k) { return c.d[k]; }); });
function get(f, r) { return cols[F[f]][r]; }
var SHOWN = [['src', 'Source'], ['outlet', 'Outlet'], ['date', 'Date'], ['doc', 'Document'], ['category', 'Category'], ['term', 'Term / cue'], ['speaker', 'Speaker'], ['span', 'Context']];
var ROW = 28, EXTRA = 8;
var state = { filter: null, query: '', sort: null, dir: 1 };
var view = [];
var viewport = document.getElementById('viewport'), spacer = document.getElementById('spacer'), rowsEl = document.getElementById('rows');
var grid = document.getElementById('grid'), count = document.getElementById('table-count'), chip = document.getElementById('filter-chip');

// Search: a dictionary column tests each distinct value once; a plain column is lowercased
// once, on the first search.
var lowerCols = [];
function searcher(q) {
  var tests = t.columns.map(function (c, f) {
    if (!Array.isArray(c)) {
      var hit = c.d.map(function (v) { return v.toLowerCase().indexOf(q) >= 0; }), idx = c.i;
      return function (r) { return hit[idx[r]]; };
    }
    var low = lowerCols[f] || (lowerCols[f] = c.map(function (v) { return v.toLowerCase(); }));
    return function (r) { return low[r].indexOf(q) >= 0; };
  });
  return function (r) { for (var i = 0; i < tests.length; i++) if (tests[i](r)) return true; return false; };
}
function isoWeek(date) {
  var d = new Date(Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)));
  var day = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - day);
  var y = d.getUTCFullYear(), w = Math.ceil(((d - Date.UTC(y, 0, 1)) / 86400000 + 1) / 7);
  return y + '-W' + (w < 10 ? '0' : '') + w;
}
function inPeriod(date, period) {
  if (/^\d{4}-W\d\d$/.test(period)) return /^\d{4}-\d\d-\d\d/.test(date) && isoWeek(date) === period;
  return date.slice(0, period.length) === period;
}
function wordRe(word) { return new RegExp('(^|[^\\p{L}\\p{N}])' + word.replace(/[.*+?^$()|[\]\\{}]/g, '\\$&') , 'iu'); }
function matcher(filter) {
  var tests = Object.keys(filter).map(function (k) {
    var v = filter[k];
    if (k === 'period') return function (r) { return inPeriod(get('date', r), v); };
    if (k === 'text') { var re = wordRe(v); return function (r) { return re.test(get('left', r) + ' ' + get('span', r) + ' ' + get('right', r)); }; }
    if (F[k] === undefined) return function () { return false; };
    var col = cols[F[k]];
    return function (r) { return col[r] === v; };
  });
  return function (r) { for (var i = 0; i < tests.length; i++) if (!tests[i](r)) return false; return true; };
}
function recompute() {
  var q = state.query.trim().toLowerCase();
  var ok = state.filter ? matcher(state.filter) : null, found = q ? searcher(q) : null;
  view = [];
  for (var r = 0; r < n; r++) {
    if (ok && !ok(r)) continue;
    if (found && !found(r)) continue;
    view.push(r);
  }
  if (state.sort) {
    var col = cols[F[state.sort]], dir = state.dir;
    view.sort(function (a, b) { var x = col[a], y = col[b]; return x < y ? -dir : x > y ? dir : a - b; });
  }
  count.textContent = view.length + ' of ' + n + ' rows';
  grid.setAttribute('data-shown', String(view.length));
  spacer.style.height = (view.length * ROW) + 'px';
  viewport.scrollTop = 0;
  render();
}
function cell(text, cls) { var d = document.createElement('div'); d.className = 'td' + (cls ? ' ' + cls : ''); d.setAttribute('role', 'cell'); d.textContent = text; d.title = text; return d; }
function kwic(r) {
  var d = document.createElement('div'); d.className = 'td kwic'; d.setAttribute('role', 'cell');
  var l = document.createElement('div'); l.className = 'l'; var ls = document.createElement('span'); ls.textContent = get('left', r); l.appendChild(ls);
  var m = document.createElement('mark'); m.textContent = get('span', r);
  var rt = document.createElement('div'); rt.className = 'r'; rt.textContent = get('right', r);
  d.title = get('left', r) + ' [' + get('span', r) + '] ' + get('right', r);
  d.appendChild(l); d.appendChild(m); d.appendChild(rt);
  return d;
}
function render() {
  var first = Math.max(0, Math.floor(viewport.scrollTop / ROW) - EXTRA);
  var last = Math.min(view.length, Math.ceil((viewport.scrollTop + (viewport.clientHeight || 480)) / ROW) + EXTRA);
  var frag = document.createDocumentFragment();
  for (var i = first; i < last; i++) {
    var r = view[i], row = document.createElement('div');
    row.className = 'tr'; row.setAttribute('role', 'row'); row.setAttribute('data-row', String(r));
    for (var c = 0; c < SHOWN.length - 1; c++) row.appendChild(cell(get(SHOWN[c][0], r)));
    row.appendChild(kwic(r));
    frag.appendChild(row);
  }
  rowsEl.style.top = (first * ROW) + 'px';
  rowsEl.replaceChildren(frag);
}
function setFilter(filter) {
  state.filter = filter;
  chip.textContent = filter ? 'Filtered: ' + Object.keys(filter).map(function (k) { return k + ' = ' + filter[k]; }).join(', ') : '';
  recompute();
}
var head = document.getElementById('thead');
SHOWN.forEach(function (s) {
  var b = document.createElement('button'); b.type = 'button'; b.textContent = s[1]; b.setAttribute('data-sort', s[0]);
  var h = document.createElement('div'); h.className = 'td'; h.setAttribute('role', 'columnheader'); h.appendChild(b); head.appendChild(h);
  b.addEventListener('click', function () {
    state.dir = state.sort === s[0] ? -state.dir : 1; state.sort = s[0];
    head.querySelectorAll('button').forEach(function (x) { x.removeAttribute('aria-sort'); });
    b.setAttribute('aria-sort', state.dir > 0 ? 'ascending' : 'descending');
    recompute();
  });
});
function activate(el) {
  setFilter(JSON.parse(el.getAttribute('data-filter')));
  document.getElementById('table').scrollIntoView();
}
document.addEventListener('click', function (e) { var el = e.target.closest && e.target.closest('[data-filter]'); if (el) activate(el); });
document.addEventListener('keydown', function (e) {
  var el = e.target.closest && e.target.closest('[data-filter]');
  if (el && (e.key === 'Enter' || e.key === ' ') && el.tagName !== 'BUTTON') { e.preventDefault(); activate(el); }
});
var timer = 0;
document.getElementById('search').addEventListener('input', function (e) {
  clearTimeout(timer);
  var value = e.target.value;
  timer = setTimeout(function () { state.query = value; recompute(); }, 120);
});
document.getElementById('clear').addEventListener('click', function () { document.getElementById('search').value = ''; state.query = ''; setFilter(null); });
var pending = false;
viewport.addEventListener('scroll', function () { if (!pending) { pending = true; requestAnimationFrame(function () { pending = false; render(); }); } });
window.addEventListener('beforeprint', render);
recompute();
document.documentElement.setAttribute('data-ready', 'true');
})();`;
