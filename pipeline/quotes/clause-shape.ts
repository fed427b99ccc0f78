// The shape of a reported clause, read from POS tags alone: does a finite clause start here
// ("said the MKO must leave"), and where does the reported clause end (before a quotation,
// before ", adding …", without its closing punctuation or a dangling "and").
import type { SpeechVerbIndex } from './speech-verbs.js';
import type { Token } from '../types.js';

const NP_START = new Set(['DET', 'PRON', 'PROPN', 'NOUN', 'ADJ', 'NUM']);
const STOP = new Set([',', '.', ';', ':', '?', '!', '(', '“', '"', '”']);
/** The longest reported clause, in tokens (a sentence of sane length: 99.9% of PolNeAR train's
 *  reported contents are shorter). A run-on text without full stops still gives output linear
 *  in its length. */
export const MAX_CLAUSE_TOKENS = 150;
const DANGLING = new Set(['and', 'but', 'or', ',', '—', '–', '-', ':', ';', '.', '?', '!', 'that']);

/** True when tokens from `at` read as "subject … finite verb" before any comma. */
export function isFiniteClause(tokens: readonly Token[], at: number, to: number, verbs: SpeechVerbIndex): boolean {
  const first = tokens[at];
  // "said about 300 residents had …", "said nearly all …": an adverb may open the subject
  const opensSubject = (t: Token | undefined): boolean => t !== undefined && NP_START.has(t.pos);
  if (!first || first.norm === 'to' || !(opensSubject(first) || (first.pos === 'ADV' && opensSubject(tokens[at + 1])))) return false;
  if (first.pos === 'PRON' && ['him', 'her', 'them', 'me', 'us', 'it', 'this'].includes(first.norm) && tokens[at + 1]?.pos !== 'AUX' && tokens[at + 1]?.pos !== 'VERB') return false;
  for (let k = at + 1; k < Math.min(to, at + 12); k++) {
    const t = tokens[k]!;
    if (STOP.has(t.value) || (t.norm === 'to' && tokens[k + 1]?.pos === 'VERB')) return false; // "asked the city to look": an infinitive
    if (t.pos === 'AUX') return true;
    if (t.pos === 'VERB' && !t.norm.endsWith('ing') && tokens[k - 1]!.norm !== 'to' && !verbs.at(tokens, k)) return true;
  }
  return false;
}

/** End (exclusive token index) of a reported clause starting at `start` in a sentence ending at `to`. */
export function findCueEnd(tokens: readonly Token[], start: number, to: number, isSpeechToken: (k: number) => boolean, verbs: SpeechVerbIndex, isHeldToken: (k: number) => boolean = () => false): number {
  to = Math.min(to, start + MAX_CLAUSE_TOKENS);
  let end = to;
  for (let k = start; k < to; k++) {
    if (isSpeechToken(k)) {
      end = k;
      break;
    }
    const next = tokens[k + 1];
    if (isHeldToken(k)) continue;
    if (tokens[k]!.value === ',' && next && next.norm.endsWith('ing') && verbs.at(tokens, k + 1)) {
      end = k;
      break;
    }
  }
  while (end > start && DANGLING.has(tokens[end - 1]!.norm)) end--;
  return end;
}
