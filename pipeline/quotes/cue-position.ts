// Where a quotation's cue sits, read from the tokens around its marks:
//   before: `X said: “…”`, `Burton said, "…"` (a colon, or a comma after a speech verb);
//   after:  `“…,” she said`, `“…,” said X`, `“…?” Foreign Ministry spokesman Nasser Kan’ani wrote`,
//           and, for verbs missing from the lexicon, the bare shape `“…,” dijo Burtón.` /
//           `“…,” Burton argued.` (one lower-case word and a name or pronoun, then the sentence ends).
// A quotation ending with a period starts no attribution after it unless a lower-case word follows.
import type { RegionContext } from './quote-context.js';
import type { SpeechVerbIndex } from './speech-verbs.js';
import type { Token } from '../types.js';
import { isAbbreviationDot, isCapitalized, isLowerStart } from './token-shape.js';

export function cueBefore(before: readonly Token[], verbs: SpeechVerbIndex): boolean {
  const last = before.at(-1);
  if (!last) return false;
  if (last.value === ':') return true;
  if (last.value !== ',') return false;
  return before.some((_, i) => verbs.at(before, i) !== null);
}

/** Index in `c.after` of the cue verb attached after the closing mark, or -1. */
export function cueIndexAfter(c: RegionContext, verbs: SpeechVerbIndex): number {
  const after = c.after;
  let i = 0;
  while (i < after.length && after[i]!.kind === 'punctuation' && after[i]!.value !== '.') i++;
  if (c.lastInside === '.' && after[i] && isCapitalized(after[i]!.value)) return -1;
  if (after[i] && (after[i]!.pos === 'CCONJ' || after[i]!.pos === 'SCONJ')) return -1; // "…," but the utility said
  for (let k = i; k < Math.min(after.length, i + 12); k++) {
    if (verbs.at(after, k)) return k;
    const t = after[k]!;
    // a capitalised "verb" is a name wink mis-tagged ("Josh Earnest said")
    if (((t.pos === 'VERB' || t.pos === 'AUX') && !isCapitalized(t.value)) || (t.value === '.' && !isAbbreviationDot(after, k)) || t.value === ';') break;
  }
  // `“…,” Ann Roe, a law professor at Lakeview University who studies elections, said.`: a
  // name, an apposition between commas, then the verb
  if (c.lastInside === ',' && after[i] && isCapitalized(after[i]!.value)) {
    const comma = after.findIndex((t, k) => k > i + 1 && k < i + 40 && t.value === ',' && verbs.at(after, k + 1) !== null);
    if (comma > 0 && !after.slice(i, comma).some((t, k) => t.value === ';' || (t.value === '.' && !isAbbreviationDot(after, i + k)) || t.value === '“' || t.value === '"')) return comma + 1;
  }
  return bareCueIndex(after, i, c.lastInside);
}

/** `“…,” dijo Burtón.` / `“…,” Burton argued.`: the index of the unknown verb, or -1. */
function bareCueIndex(after: readonly Token[], i: number, lastInside: string): number {
  if (!/^[,?!]$/.test(lastInside) && after[0]?.value !== ',') return -1;
  const rest = after.slice(i).filter((t) => t.value !== '.');
  if (after.length - i - rest.length > 1 || rest.length < 2 || rest.length > 4) return -1;
  const lower = (t: Token) => isLowerStart(t.value) && t.kind === 'word' && t.pos !== 'PRON';
  const named = (t: Token) => isCapitalized(t.value) || t.pos === 'PRON';
  if (lower(rest[0]!) && rest.slice(1).every(named)) return i;
  if (lower(rest.at(-1)!) && rest.slice(0, -1).every(named)) return i + rest.length - 1;
  return -1;
}
