// Escaping for report.html: every string that comes from a run folder (outlets, titles, quotes,
// KWIC, lexicon notes) is corpus text and so hostile input. escapeHtml makes it safe in element
// content and in double-quoted attributes; scriptJson makes a value safe inside
// <script type="application/json"> (no `<`, `>`, `&`, U+2028 or U+2029 left raw).
const HTML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** An element attribute holding JSON (a click filter), escaped for a double-quoted attribute. */
export function jsonAttr(value: unknown): string {
  return escapeHtml(JSON.stringify(value));
}
