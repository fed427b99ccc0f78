// Per outlet × actor totals, folded from the DocFigures of a run (actor mentions, term hits with
// a target, label candidates): what actor_mentions.csv, actor_labels.csv and
// label_candidates.csv print. A pure function of the set of documents: documents are read in
// doc_id order (so each candidate's example is its first occurrence in doc_id order), tallies
// come out sorted by outlet (natural order) then actor id (code units). Computed once per run
// (RunTotals.cached): actor_mentions, actor_labels and label_candidates read the same tallies.
import { compareCodeUnits, compareDocIds } from '../corpus/compare-doc-ids.js';
import type { RunTotals } from './run-totals.js';

export interface VoiceCount {
  count: number;
  own: number;
  quoted: number;
  /** Documents with at least one. */
  documents: number;
}

export interface LabelCount extends VoiceCount {
  readonly label: string;
  readonly category: string;
  /** Of count, hits inside quotation marks that are not speech (a scare quote). */
  scareQuoted: number;
}

export interface CandidateCount {
  readonly word: string;
  count: number;
  readonly example: string;
}

export interface ActorTally {
  readonly outlet: string;
  readonly actor: string;
  /** Tokens of the outlet's processed documents. */
  readonly outletTokens: number;
  readonly mentions: VoiceCount;
  readonly byAlias: Map<string, VoiceCount>;
  /** Every targeted hit (all labels). */
  readonly labelled: LabelCount;
  /** Targeted hits by label (term) and category. */
  readonly labels: Map<string, LabelCount>;
  readonly candidates: Map<string, CandidateCount>;
}

const TALLIES = Symbol('actor tallies');

/** The run's actor tallies: one pass over the documents, shared by the three reports. */
export function actorTallies(totals: RunTotals): readonly ActorTally[] {
  return totals.cached(TALLIES, () => tallyActors(totals));
}

function tallyActors(totals: RunTotals): ActorTally[] {
  const tallies = new Map<string, Omit<ActorTally, 'outletTokens'>>();
  const outletTokens = new Map<string, number>();
  const tally = (outlet: string, actor: string): Omit<ActorTally, 'outletTokens'> => {
    const key = JSON.stringify([outlet, actor]);
    let t = tallies.get(key);
    if (!t) tallies.set(key, (t = { outlet, actor, mentions: zero(), labelled: { label: '', category: '', scareQuoted: 0, ...zero() }, byAlias: new Map(), labels: new Map(), candidates: new Map() }));
    return t;
  };
  for (const doc of totals.docs) {
    outletTokens.set(doc.outlet, (outletTokens.get(doc.outlet) ?? 0) + doc.tokens);
    const seen = new Set<object>(); // counters already counted for this document
    const count = (c: VoiceCount, own: number, quoted: number): void => {
      c.count += own + quoted;
      c.own += own;
      c.quoted += quoted;
      if (!seen.has(c)) {
        seen.add(c);
        c.documents++;
      }
    };
    for (const m of doc.actors) {
      const t = tally(doc.outlet, m.actor);
      count(t.mentions, m.own, m.quoted);
      count(getOr(t.byAlias, m.alias, zero), m.own, m.quoted);
    }
    for (const h of doc.hits) {
      if (h.target === '') continue;
      const t = tally(doc.outlet, h.target);
      const [own, quoted] = h.voice === 'own' ? [1, 0] : [0, 1];
      const label = getOr(t.labels, JSON.stringify([h.term, h.category]), () => ({ label: h.term, category: h.category, scareQuoted: 0, ...zero() }));
      for (const c of [t.labelled, label]) {
        count(c, own, quoted);
        if (h.scareQuoted) c.scareQuoted++;
      }
    }
    for (const c of doc.candidates) {
      getOr(tally(doc.outlet, c.actor).candidates, c.word, () => ({ word: c.word, count: 0, example: c.example })).count += c.count;
    }
  }
  return [...tallies.values()]
    .map((t): ActorTally => ({ ...t, outletTokens: outletTokens.get(t.outlet) ?? 0 }))
    .sort((a, b) => compareDocIds(a.outlet, b.outlet) || compareCodeUnits(a.actor, b.actor));
}

function zero(): VoiceCount {
  return { count: 0, own: 0, quoted: 0, documents: 0 };
}

function getOr<V>(map: Map<string, V>, key: string, make: () => V): V {
  let v = map.get(key);
  if (v === undefined) map.set(key, (v = make()));
  return v;
}
