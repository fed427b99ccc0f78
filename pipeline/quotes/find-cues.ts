// Cue verbs and their speaker phrases. Reads a quotation region's context (or a speech verb
// found in running text) and the speech verbs; gives the cue verb's token and the token range
// of its speaker phrase:
//   “…,” she said / “…” Foreign Ministry spokesman Nasser Kan’ani wrote   (cue after, subject first)
//   “…,” said X, a spokeswoman for Y / “…,” insists Burton                (cue after, verb first)
//   X said: “…” / Burton said, "…" / Rama said his country “…”            (cue before)
//   …, adding that …                                                      (a gerund after a comma
//   takes the subject of the sentence's first speech verb, or of its first verb)
import type { RegionContext } from './quote-context.js';
import { cueBefore, cueIndexAfter } from './cue-position.js';
import { phraseAfter, subjectBefore } from './speaker-phrase.js';
import type { SpeechVerb, SpeechVerbIndex } from './speech-verbs.js';
import type { IndexRange, Token } from '../types.js';
import { DOCUMENT_NOUNS } from './name-words.js';
import { isLowerStart } from './token-shape.js';

export interface Cue {
  /** Token index of the cue verb. */
  readonly verb: number;
  readonly info: SpeechVerb;
  /** Token range of the speaker phrase (may hold no noun: then there is no speaker). */
  readonly phrase: IndexRange;
  /** Attached to the quotation (`“…,” she said`, `X said: “…”`), not just earlier in its sentence. */
  readonly attached: boolean;
}

/** The cue attached to a quotation: after its closing mark, else the last one before it. */
export function cueOfRegion(tokens: readonly Token[], c: RegionContext, verbs: SpeechVerbIndex): Cue | null {
  const before = cueBefore(c.before, verbs);
  const k = before ? -1 : cueIndexAfter(c, verbs);
  if (k >= 0) {
    const verb = c.afterRange.from + k;
    const t = tokens[verb]!;
    const info = verbs.at(tokens, verb) ?? { lemma: t.lemma, connotation: '', length: 1 };
    let from = c.afterRange.from;
    while (from < verb && tokens[from]!.kind === 'punctuation') from++;
    const phrase = from < verb ? { from, to: verb } : phraseAfter(tokens, verb + info.length, c.afterRange.to);
    return { verb, info, phrase, attached: true };
  }
  // the subject may stand before an earlier quotation of the same sentence ("X called it “…” and said …")
  let floor = c.beforeRange.from;
  const sentence = tokens[floor]?.sentence;
  while (floor > 0 && tokens[floor - 1]!.sentence === sentence) floor--;
  for (let verb = c.beforeRange.to - 1; verb >= c.beforeRange.from; verb--) {
    const info = verbs.at(tokens, verb);
    if (info) return { verb, info, phrase: speakerPhraseOf(tokens, verb, info, floor, c.beforeRange.to, verbs), attached: before };
  }
  return null;
}

/** Speaker phrase of the speech verb at `verb`, within tokens [floor, ceiling). */
export function speakerPhraseOf(tokens: readonly Token[], verb: number, info: SpeechVerb, floor: number, ceiling: number, verbs: SpeechVerbIndex): IndexRange {
  const t = tokens[verb]!;
  // "Rep. Elijah Cummings (D-Md.) said": a false sentence break after an abbreviation; the
  // subject is in the "sentence" before
  const prev = tokens[verb - 1];
  if (verb === floor && prev && prev.paragraph === t.paragraph && isLowerStart(t.value) && (prev.value === ')' || /^\p{Lu}\p{L}{0,3}\.$/u.test(prev.value))) {
    let start = verb - 1;
    while (start > 0 && verb - start < 40 && tokens[start - 1]!.sentence === prev.sentence) start--;
    return speakerPhraseOf(tokens, verb, info, start, ceiling, verbs);
  }
  // "(D-N.Y.) said", "R-S.C., said": the tagger broke the sentence inside a state's letters
  const lead = tokens[floor - 1];
  if (verb > floor && verb - floor <= 3 && lead && lead.paragraph === t.paragraph && tokens.slice(floor, verb).every((x) => x.kind === 'punctuation' || /^\p{Lu}\.$/u.test(x.value))) {
    let start = floor - 1;
    while (start > 0 && verb - start < 40 && tokens[start - 1]!.sentence === lead.sentence) start--;
    return speakerPhraseOf(tokens, verb, info, start, ceiling, verbs);
  }
  const before = tokens[verb - 1]?.norm ?? '';
  const gerund = t.norm.endsWith('ing') && [',', 'and'].includes(before);
  const participle = verb === floor && (t.norm.endsWith('ing') || t.norm.endsWith('ed'));
  // "…, adding that", "Iran sought … and warned", "… did not vote but said", "Asked about …, X was brief"
  if (gerund || participle || tokens[verb - 1]?.pos === 'CCONJ') {
    if (participle) {
      // "Asked about the captain, who was linked with a move, ten Hag was brief": the main clause follows the last comma
      const comma = tokens.slice(verb, ceiling).map((x) => x.value).lastIndexOf(',');
      if (comma > 0) return sentenceSubject(tokens, verb + comma + 1, ceiling) ?? { from: verb, to: verb };
    }
    for (let v = floor; v < verb; v++) {
      const first = verbs.at(tokens, v);
      if (first && !tokens[v]!.norm.endsWith('ing')) return speakerPhraseOf(tokens, v, first, floor, ceiling, verbs);
    }
    return sentenceSubject(tokens, floor, verb) ?? { from: verb, to: verb };
  }
  const subject = subjectBefore(tokens, verb, floor);
  // "Roe issued a statement saying …": the document is the vehicle, its issuer the speaker
  if (t.norm.endsWith('ing') && subject.to > subject.from && DOCUMENT_NOUNS.has(tokens[subject.to - 1]!.norm)) {
    const issuer = sentenceSubject(tokens, floor, subject.from);
    if (issuer && issuer.to > issuer.from) return issuer;
  }
  if (tokens.slice(subject.from, subject.to).some((x) => x.kind === 'word')) return subject;
  return phraseAfter(tokens, verb + info.length, ceiling);
}

/** The subject of the first verb in tokens [floor, to), if a verb is there. */
export function sentenceSubject(tokens: readonly Token[], floor: number, to: number): IndexRange | null {
  for (let k = floor; k < Math.min(to, tokens.length); k++) if (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX') return subjectBefore(tokens, k, floor);
  return null;
}
