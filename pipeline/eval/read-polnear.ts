// PolNeAR attributions (brat standoff) as framelens quote gold. Reads one article's text and
// its .ann file (T lines: Source / Cue / Content spans, possibly discontinuous "a b;c d"; E
// lines linking them); gives one gold document (interface.md "Gold files") whose quotes are
// the Content spans. The mapping of PolNeAR's conventions to framelens kinds:
// - kind: a Content wholly inside quotation marks (its fragments each one quoted run) is
//   `direct`, the marks left out; a Content holding quotation marks among unmarked words is
//   `partial` (framelens's "reported clause holding quoted words"); one with no marks is
//   `indirect`. A discontinuous Content keeps its fragments as `parts` (a split quote).
// - an unmarked or partial Content loses a leading "that" and closing punctuation (framelens's
//   clause starts after "said that").
// - speaker: the Source span's name, its apposition and leading titles cut off ("Ann Roe, a law
//   professor" → Ann Roe, "Sen. David Perdue" → David Perdue); a pronoun or a definite description without a name ("he", "the mayor") gets speaker
//   null (PolNeAR has no coreference, so the person meant is unknown and the speaker is not
//   judged); an attribution without a source has speaker null. `mention` keeps the source.
// - PolNeAR also annotates beliefs and knowledge ("X believes", "polls show"); they are kept,
//   with the cue in `cue`, so a reader can filter; nested attributions are separate items.
// Offsets: brat counts code points; framelens counts UTF-16 code units (converted here).
import type { GoldQuote, GoldQuoteDoc } from '../eval-quotes.js';
import { matchForm } from '../normalize-text.js';
import { ensureQuoteWords, TITLE_WORDS } from '../quotes/name-words.js';
import type { Span } from '../types.js';

export interface PolnearGoldQuote extends GoldQuote {
  readonly cue: string;
}

interface Annotation {
  readonly type: string;
  readonly spans: readonly Span[];
  readonly text: string;
}

const PRONOUN = /^(he|she|they|it|i|we|you|him|her|them|us|me|his|its|their)$/i;
const OPEN = '“"‘«';
const CLOSE = '”"’»';

/** The gold document for one article; `problems` lists spans that do not slice to their text. */
export function polnearGold(id: string, outlet: string, text: string, ann: string): { doc: GoldQuoteDoc & { quotes: PolnearGoldQuote[] }; problems: string[] } {
  const toUnits = codeUnitMap(text);
  const annotations = new Map<string, Annotation>();
  const problems: string[] = [];
  for (const line of ann.split(/\r?\n/)) {
    const [key, body, written] = line.split('\t');
    if (!key?.startsWith('T') || !body) continue;
    const [type, ...rest] = body.split(' ');
    const spans = rest.join(' ').split(';').map((s) => s.trim().split(/\s+/).map(Number)).map(([a, b]) => ({ start: toUnits(a!), end: toUnits(b!) }));
    const slices = spans.map((s) => text.slice(s.start, s.end)).join(' ');
    if (written !== undefined && normalizeSpace(slices) !== normalizeSpace(written)) problems.push(`${id} ${key}: span text differs`);
    annotations.set(key, { type: type!, spans, text: slices });
  }
  const quotes: PolnearGoldQuote[] = [];
  for (const line of ann.split(/\r?\n/)) {
    const [key, body] = line.split('\t');
    if (!key?.startsWith('E') || !body) continue;
    const roles = new Map(body.split(' ').slice(1).map((r) => r.split(':') as [string, string]));
    const content = annotations.get(roles.get('Content') ?? '');
    if (!content) continue;
    const source = annotations.get(roles.get('Source') ?? '');
    const cue = annotations.get(roles.get('Cue') ?? '');
    // “A,” said Ann Roe. “B.”: a content running over its own source and cue is split around them
    const inside = [source, cue].flatMap((a) => a?.spans ?? []).filter((s) => content.spans.some((c) => c.start <= s.start && s.end <= c.end));
    const item = contentItem(text, inside.length > 0 ? cutOut(content.spans, inside) : content.spans);
    if (!item) continue;
    const sourceText = source ? normalizeSpace(source.text) : '';
    const speaker = speakerOf(sourceText);
    quotes.push({ ...item, speaker, ...(sourceText ? { mention: sourceText } : {}), cue: cue ? normalizeSpace(cue.text) : '' });
  }
  quotes.sort((a, b) => a.start - b.start || a.end - b.end);
  return { doc: { id, outlet, text, quotes }, problems };
}

/** The name a source span gives: its apposition or relative clause cut off ("Ann Roe, a law
 *  professor, who …" → "Ann Roe"); null for a pronoun or a definite description without a
 *  name ("the mayor"): PolNeAR does not resolve them, so the speaker cannot be judged. */
export function speakerOf(source: string): string | null {
  ensureQuoteWords();
  const core = source.split(/\s*[,(]\s*|\s+(?:who|whose|which|that)\s+/)[0]!.replace(/^both\s+/i, '').trim();
  if (core === '' || PRONOUN.test(core)) return null;
  const words = core.split(' ');
  if (/^(the|this|that|these|those)$/i.test(words[0]!) && /^\p{Ll}/u.test(words.at(-1)!)) return null;
  // "Mr. Alexander", "Attorney General Roy Cooper": the name without its titles
  let k = 0;
  while (k < words.length - 1 && TITLE_WORDS.has(matchForm(words[k]!)) && /^\p{Lu}/u.test(words[k + 1]!)) k++;
  return words.slice(k).join(' ');
}

/** A Content's kind and span(s): marks and white space trimmed off a wholly quoted content. */
function contentItem(text: string, spans: readonly Span[]): Pick<GoldQuote, 'start' | 'end' | 'kind' | 'parts'> | null {
  const trimmed = spans.map((s) => trimSpace(text, s)).filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  if (trimmed.length === 0) return null;
  const quoted = trimmed.map((s) => unmark(text, s));
  const direct = quoted.every((s) => s !== null);
  const parts = direct ? quoted.map((s) => trimSpace(text, s!)).filter((s) => s.end > s.start) : trimmed.map((s) => trimPunctuation(text, s));
  if (parts.length === 0) return null;
  const marked = trimmed.some((s) => [...text.slice(s.start, s.end)].some((c) => OPEN.includes(c) || CLOSE.includes(c)));
  const kind = direct ? 'direct' : marked ? 'partial' : 'indirect';
  const span = { start: parts[0]!.start, end: parts.at(-1)!.end };
  return parts.length > 1 ? { ...span, kind, parts } : { ...span, kind };
}

/** The spans with the gap from the first to the last of `holes` taken out. */
function cutOut(spans: readonly Span[], holes: readonly Span[]): Span[] {
  const from = Math.min(...holes.map((h) => h.start));
  const to = Math.max(...holes.map((h) => h.end));
  return spans.flatMap((s) => (s.end <= from || s.start >= to ? [s] : [{ start: s.start, end: from }, { start: to, end: s.end }].filter((x) => x.end > x.start)));
}

/** The span without its enclosing marks when it is one quoted run (`“…,”` or `“…”.`), else null. */
function unmark(text: string, s: Span): Span | null {
  let { start, end } = s;
  while (end > start && /[.,;:!?\s]/.test(text[end - 1]!)) end--;
  while (start < end && /[,;:\s]/.test(text[start]!)) start++;
  if (!OPEN.includes(text[start]!) || !CLOSE.includes(text[end - 1]!)) return null;
  const inner = text.slice(start + 1, end - 1);
  // “A” and “B” is two runs, not one quoted run
  if ([...inner].some((c) => c === '“' || c === '”' || c === '"')) return null;
  return { start: start + 1, end: end - 1 };
}

function trimSpace(text: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** Closing punctuation off an unmarked content ("…, sources said." ends at the clause). */
function trimPunctuation(text: string, s: Span): Span {
  let { start, end } = s;
  while (end > start && /[.,;:\s]/.test(text[end - 1]!)) end--;
  while (start < end && /[,;:\s]/.test(text[start]!)) start++;
  // framelens's reported clause starts after "that" (said that the plan …)
  const that = /^that\s+/i.exec(text.slice(start, end));
  if (that) start += that[0].length;
  return { start, end };
}

function normalizeSpace(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Maps a code-point offset to a UTF-16 offset. */
function codeUnitMap(text: string): (cp: number) => number {
  const units: number[] = [];
  let u = 0;
  for (const ch of text) {
    units.push(u);
    u += ch.length;
  }
  units.push(u);
  return (cp) => units[Math.min(cp, units.length - 1)]!;
}
