// Stage: attach-labels.
// Reads an ActorDoc (term hits and actor mentions); gives each hit its `target` and adds
// labelCandidates. A hit's target is the actor of a mention that stands in the same noun
// phrase, an apposition, or a copular or "as" predicate with it, within one sentence (rules in
// actors/noun-phrases.ts); with several such mentions, the nearest (in tokens; the earlier on
// a tie). A label candidate is a noun or adjective (lemma, three letters or more) that attaches
// to a mention the same way but is part of no term hit and no mention: words a scholar may
// want to add to a lexicon. One candidate per word token and actor.
import { sentencePhrases, type SentencePhrases } from './actors/noun-phrases.js';
import type { ActorDoc, ActorMention, LabelCandidate, LabeledDoc, TermHit } from './types.js';
import { groupBy } from './stats/outlet-units.js';

const CANDIDATE_POS = new Set(['NOUN', 'ADJ']);
const CANDIDATE_WORD = /^\p{L}[\p{L}'’-]*\p{L}$/u;
const MAX_EXAMPLE = 120;

export function attachLabels(doc: ActorDoc): LabeledDoc {
  if (doc.actorMentions.length === 0) return { ...doc, labelCandidates: [] };
  const anchored = new Set<number>();
  const actorOf = new Map<number, string>();
  for (const h of doc.hits) for (let t = h.tokens.from; t < h.tokens.to; t++) anchored.add(t);
  for (const m of doc.actorMentions) {
    for (let t = m.tokens.from; t < m.tokens.to; t++) {
      anchored.add(t);
      actorOf.set(t, m.actor);
    }
  }
  const mentionsBySentence = groupBy(doc.actorMentions, (m) => m.sentence);
  const phrasesOf = new Map<number, SentencePhrases>();
  for (const sentence of mentionsBySentence.keys()) {
    phrasesOf.set(sentence, sentencePhrases({ doc, sentence, anchored, actorAt: (t) => actorOf.get(t) }));
  }
  const hits = doc.hits.map((h): TermHit => {
    const phrases = phrasesOf.get(h.sentence);
    const mentions = mentionsBySentence.get(h.sentence);
    if (!phrases || !mentions) return h;
    const target = nearestAttached(phrases, mentions, h.tokens.from);
    return target ? { ...h, target: target.actor } : h;
  });
  const labelCandidates: LabelCandidate[] = [];
  for (const [sentence, mentions] of mentionsBySentence) {
    labelCandidates.push(...candidatesOf(doc, phrasesOf.get(sentence)!, mentions, anchored));
  }
  return { ...doc, hits, labelCandidates };
}

function nearestAttached(phrases: SentencePhrases, mentions: readonly ActorMention[], token: number): ActorMention | null {
  const at = phrases.phraseAt(token);
  let best: ActorMention | null = null;
  for (const m of mentions) {
    if (!phrases.attached(at, phrases.phraseAt(m.tokens.from))) continue;
    if (!best || Math.abs(m.tokens.from - token) < Math.abs(best.tokens.from - token)) best = m;
  }
  return best;
}

function candidatesOf(doc: ActorDoc, phrases: SentencePhrases, mentions: readonly ActorMention[], anchored: ReadonlySet<number>): LabelCandidate[] {
  const out: LabelCandidate[] = [];
  const seen = new Set<string>();
  for (const m of mentions) {
    const own = phrases.phraseAt(m.tokens.from);
    if (own < 0) continue;
    for (const k of [own - 1, own, own + 1]) {
      if (!phrases.attached(own, k)) continue;
      const p = phrases.phrases[k]!;
      for (let t = p.from; t < p.to; t++) {
        const token = doc.tokens[t]!;
        if (anchored.has(t) || !CANDIDATE_POS.has(token.pos) || !CANDIDATE_WORD.test(token.lemma) || token.lemma.length < 3) continue;
        const key = `${t}\u0000${m.actor}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ actor: m.actor, word: token.lemma, sentence: m.sentence, example: exampleOf(doc, phrases.phrases[Math.min(own, k)]!.from, phrases.phrases[Math.max(own, k)]!.to) });
      }
    }
  }
  return out;
}

/** The words from the first token to the last, as written (at most MAX_EXAMPLE characters). */
function exampleOf(doc: ActorDoc, from: number, to: number): string {
  const text = doc.text.slice(doc.tokens[from]!.start, doc.tokens[to - 1]!.end).replace(/\s+/g, ' ');
  return text.length <= MAX_EXAMPLE ? text : `${text.slice(0, MAX_EXAMPLE - 1)}…`;
}
