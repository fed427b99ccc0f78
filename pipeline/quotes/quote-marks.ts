// Quotation marks in raw text, paired per paragraph.
// Reads the text and the paragraph spans; gives the outermost regions between paired marks
// (content offsets without the marks), never crossing a paragraph except for a multi-paragraph
// quote that reopens the mark at the start of each following paragraph. An unbalanced opener
// is bounded by its paragraph; a closer without an opener is ignored; apostrophes (it’s,
// O’Regan, Kan’ani, students’) open nothing. Never throws, whatever the marks.
import type { Span } from '../types.js';

type Family = 'double' | 'single' | 'guillemet';

interface Mark extends Span {
  readonly family: Family;
  readonly canOpen: boolean;
  readonly canClose: boolean;
}

/** A region between marks: `start`/`end` is the content, `open`/`close` the marks. */
export interface MarkedRegion extends Span {
  readonly open: Span;
  readonly close: Span | null;
  /** Paragraph indices the region starts and ends in. */
  readonly firstParagraph: number;
  readonly lastParagraph: number;
}

const LETTER = /[\p{L}\p{N}]/u;
const SPACE_BEFORE = /[\s([{\u2014\u2013/-]/u; // what may precede an opening mark
const CLOSE_AFTER = /[\s.,;:!?)\]}\u2014\u2013\u2026/-]/u; // what may follow a closing mark

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && LETTER.test(ch);
}

/** A mark written out in full: spreading a span and adding fields is a slow path in V8. */
function markAt(start: number, width: number, family: Family, canOpen: boolean, canClose: boolean): Mark {
  return { start, end: start + width, family, canOpen, canClose };
}

/** Classifies each quote-like character (or two-character mark) of `text` in [from, to). */
function scanMarks(text: string, from: number, to: number): Mark[] {
  const marks: Mark[] = [];
  const candidates = new RegExp(QUOTE_CHARS.source, 'g');
  candidates.lastIndex = from;
  for (let found = candidates.exec(text); found && found.index < to; found = candidates.exec(text)) {
    const i = found.index;
    const ch = text[i]!;
    const two = text.slice(i, i + 2);
    const prev = i > from ? text[i - 1] : undefined;
    const width = two === "''" || two === '``' ? 2 : 1;
    const next = i + width < to ? text[i + width] : undefined;
    const openCtx = prev === undefined || SPACE_BEFORE.test(prev) || isQuoteChar(prev);
    const closeCtx = next === undefined || CLOSE_AFTER.test(next) || isQuoteChar(next);
    if (two === "''" || two === '``') {
      marks.push(markAt(i, width, 'double', two === '``' || (openCtx && next !== undefined && !/\s/.test(next)), two === "''" && prev !== undefined && !/\s/.test(prev)));
      candidates.lastIndex = i + 2;
    } else if (ch === '\u201C' || ch === '\u201E') {
      // “ opens; it closes „…“ (German) or a mis-typed closer when it sits after a word.
      marks.push(markAt(i, width, 'double', true, ch === '\u201C' && !openCtx && closeCtx));
    } else if (ch === '\u201D') {
      marks.push(markAt(i, width, 'double', openCtx && !closeCtx, true));
    } else if (ch === '"') {
      if (prev !== undefined && /\d/.test(prev) && closeCtx) continue; // 5'10": inches
      marks.push(markAt(i, width, 'double', next !== undefined && !/\s/.test(next), prev !== undefined && !/\s/.test(prev)));
    } else if (ch === '\u00AB' || ch === '\u00BB') {
      marks.push(markAt(i, width, 'guillemet', ch === '\u00AB', ch === '\u00BB'));
    } else if (ch === '\u2018' || ch === '\u2019' || ch === "'") {
      if (isLetter(prev) && isLetter(next)) continue; // it’s, O’Regan, Kan’ani, shouldn‘t
      const opens = ch !== '\u2019' && openCtx && isLetter(next) && !(ch === "'" && /\d/.test(next ?? ''));
      const closes = ch !== '\u2018' && !openCtx && closeCtx;
      if (opens || closes) marks.push(markAt(i, width, 'single', opens, closes));
    }
  }
  return marks;
}

const QUOTE_CHARS = /["'\u201C\u201D\u2018\u2019\u201E\u00AB\u00BB`]/;

function isQuoteChar(ch: string): boolean {
  return QUOTE_CHARS.test(ch);
}

interface Open {
  readonly mark: Mark;
  readonly paragraph: number;
}

/** Pairs the marks of every paragraph; `paragraphs` are in text order and do not overlap. */
export function pairQuoteMarks(text: string, paragraphs: readonly Span[]): MarkedRegion[] {
  const regions: MarkedRegion[] = [];
  let carried: Open | null = null; // an opener left open at the end of the previous paragraph
  paragraphs.forEach((para, index) => {
    const marks = scanMarks(text, para.start, para.end);
    let stack: Open[] = [];
    let rest = marks;
    if (carried) {
      const first = marks[0];
      if (first && first.start === para.start && first.canOpen && first.family === carried.mark.family) {
        stack = [carried]; // a multi-paragraph quote reopens its mark
        rest = marks.slice(1);
      } else {
        regions.push(boundToParagraph(carried, paragraphs[index - 1]!, index - 1));
      }
      carried = null;
    }
    for (const mark of rest) {
      const depth = stack.findLastIndex((o) => o.mark.family === mark.family);
      if (mark.canClose && depth >= 0) {
        const opener = stack[depth]!;
        stack = stack.slice(0, depth);
        if (stack.length === 0 && mark.start > opener.mark.end) {
          regions.push({ start: opener.mark.end, end: mark.start, open: span(opener.mark), close: span(mark), firstParagraph: opener.paragraph, lastParagraph: index });
        }
      } else if (mark.canOpen && stack.length < 3) {
        stack.push({ mark, paragraph: index });
      }
    }
    const outer = stack[0];
    if (outer && outer.mark.family !== 'single') carried = outer;
    else if (outer) regions.push(boundToParagraph(outer, para, index));
  });
  if (carried) regions.push(boundToParagraph(carried, paragraphs.at(-1)!, paragraphs.length - 1));
  return regions.filter((r) => r.end > r.start && /[\p{L}\p{N}]/u.test(text.slice(r.start, r.end)));
}

/** An opener that never closed: the region runs to the end of the paragraph it stopped in. */
function boundToParagraph(open: Open, para: Span, index: number): MarkedRegion {
  return { start: open.mark.end, end: Math.max(open.mark.end, para.end), open: span(open.mark), close: null, firstParagraph: open.paragraph, lastParagraph: index };
}

function span(s: Span): Span {
  return { start: s.start, end: s.end };
}
