// YAML (and JSON, a subset of YAML) parsed with positions, so that every problem in a data
// file can be reported as FILE:LINE:COL. Reads text; gives the parsed document, its syntax
// problems, and a way to turn a data path (entries.3.term) into a line and column.
import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, Parser, type Document } from 'yaml';
import { jsonSyntaxFault } from './json-syntax.js';
import type { Problem } from '../types.js';
import type { PathProblem } from './lexicon-schema.js';

export interface ParsedYaml {
  readonly doc: Document;
  /** Syntax problems; when there are any, the data should not be trusted. */
  readonly problems: readonly Problem[];
  /** Problem at a path in the data (nearest existing node when the path ends early). */
  readonly at: (p: PathProblem) => Problem;
  /** Problem at a character offset. */
  readonly atOffset: (offset: number, message: string, code: string) => Problem;
}

/** `json`: the text must also be strict JSON (a .json file); its first fault is the problem. */
export function parseYamlWithPositions(text: string, file: string, json = false): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const atOffset = (offset: number, message: string, code: string): Problem => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, col, message, code };
  };
  const fault = json ? jsonSyntaxFault(text) : null;
  const problems = fault
    ? [atOffset(fault.offset, `invalid JSON: ${fault.message}`, 'LEXICON_SYNTAX')]
    : doc.errors.map((e) => {
        // The parser places an unclosed quote at the end of the text; the fault is where it opens.
        const opened = e.code === 'MISSING_CHAR' && /closing .?quote/.test(e.message) ? unclosedQuoteOffset(text) : null;
        return opened === null
          ? atOffset(e.pos[0], `${e.message} (${e.code})`, 'LEXICON_SYNTAX')
          : atOffset(opened, `a quoted string opened here is never closed (${e.code})`, 'LEXICON_SYNTAX');
      });
  const at = (p: PathProblem): Problem => atOffset(offsetOf(doc, p.path, p.atKey === true), p.message, p.code);
  return { doc, problems, at, atOffset };
}

/** Offset of the node at `path` (its key when `atKey`), or of the deepest node found. */
function offsetOf(doc: Document, path: readonly PropertyKey[], atKey: boolean): number {
  let node: unknown = doc.contents;
  let offset = isNode(node) ? (node.range?.[0] ?? 0) : 0;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === String(seg));
      if (!pair) break;
      const keyOffset = isNode(pair.key) ? (pair.key.range?.[0] ?? offset) : offset;
      if (last && atKey) return keyOffset;
      node = pair.value;
      offset = isNode(node) ? (node.range?.[0] ?? keyOffset) : keyOffset;
    } else if (isSeq(node) && typeof seg === 'number') {
      const item: unknown = node.items[seg];
      if (item === undefined) break;
      node = item;
      if (isNode(item)) offset = item.range?.[0] ?? offset;
    } else break;
  }
  return offset;
}

const CLOSED = { 'double-quoted-scalar': /^"(?:[^"\\]|\\[\s\S])*"$/, 'single-quoted-scalar': /^'(?:[^']|'')*'$/ } as const;

/** Offset of the first quoted scalar in the YAML token stream that has no closing quote. */
function unclosedQuoteOffset(text: string): number | null {
  let found: number | null = null;
  const visit = (node: unknown): void => {
    if (found !== null || typeof node !== 'object' || node === null) return;
    const token = node as { type?: string; offset?: number; source?: string };
    const closed = CLOSED[token.type as keyof typeof CLOSED];
    if (closed && typeof token.source === 'string' && !closed.test(token.source)) {
      found = token.offset ?? null;
      return;
    }
    for (const child of Object.values(node)) visit(child);
  };
  for (const token of new Parser().parse(text)) visit(token);
  return found;
}
