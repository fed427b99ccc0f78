// Speech that did not happen, read from the words around a cue verb in running text: negated
// ("He would not say whether …", "did not tell"), hypothetical or only intended ("declined to
// say", "could argue", "has yet to explain"), an order to the reader ("Now tell
// us …", "please ask yourself …"), or the writer's question ("Did he say that …?"). Reads the
// tokens and the cue's sentence; gives true when the cue reports no speech (no quote, no event).
import { UNREAL_HEADS } from './name-words.js';
import { isCapitalized } from './token-shape.js';
import type { Token } from '../types.js';

const NEGATION = new Set(['not', "n't", 'never']);
const MODALS = new Set(['would', 'could', 'might', 'should', 'may', 'must', 'can', "'d"]);
/** Words that may open an order before its verb ("please tell", "now ask", "just say"). */
const ORDER_OPENERS = new Set(['please', 'now', 'just', 'so', 'then', 'and', 'but', 'go']);

export function isUnrealSpeech(tokens: readonly Token[], verb: number, from: number, to: number): boolean {
  // the words right before the verb, within its clause
  let k = verb - 1;
  let negated = false;
  let modal = false;
  for (let steps = 0; k >= from && steps < 3; k--, steps++) {
    const t = tokens[k]!;
    if (NEGATION.has(t.norm)) negated = true;
    else if (MODALS.has(t.norm) && !isCapitalized(t.value)) modal = true; // "Theresa May said" is no modal
    else if (t.pos !== 'ADV' && t.pos !== 'AUX') break;
  }
  if (negated || modal) return true;
  // "declined to say", "refused to comment", "has yet to explain": an infinitive after a word that
  // keeps the speech from happening (quote-words `unreal-head`); "took to Twitter to accuse" is speech
  const head = tokens[verb - 2];
  if (tokens[verb - 1]?.norm === 'to' && verb - 2 >= from && head && (UNREAL_HEADS.has(head.lemma) || UNREAL_HEADS.has(head.norm))) return true;
  // an order: the verb in its base form opens the sentence
  let s = from;
  while (s < verb && (tokens[s]!.kind === 'punctuation' || ORDER_OPENERS.has(tokens[s]!.norm))) s++;
  const v = tokens[verb]!;
  if (s === verb && v.norm === v.lemma) return true;
  // the writer's question
  let end = to - 1;
  while (end > verb && /^[”"’»)]$/.test(tokens[end]!.value)) end--;
  return tokens[end]?.value === '?';
}
