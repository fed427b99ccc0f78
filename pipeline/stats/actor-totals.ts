// Per outlet × actor totals, folded from the DocFigures of a run: actor mentions and term hits
// with a target (actorTallies: what actor_mentions.csv and actor_labels.csv print, computed once
// per run and shared through RunTotals.cached), and label candidates (candidateTallies, for
// label_candidates.csv, in a pass of their own: on a large corpus they are hundreds of thousands
// of words with their examples, which report.html, drawn between the two, does not need). A
// pure function of the set of documents: documents are read in doc_id order (so each
// candidate's example is its first occurrence in doc_id order), tallies come out sorted by
// outlet (natural order) then actor id (code units).
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
}

/** The label candidates of one outlet × actor, by word. */
export interface CandidateTally {
  readonly outlet: string;
  readonly actor: string;
  readonly candidates: Map<string, CandidateCount>;
}

const TALLIES = Symbol('actor tallies');

/** The run's actor tallies: one pass over the documents, shared by the reports. */
export function actorTallies(totals: RunTotals): readonly ActorTally[] {
  return totals.cached(TALLIES, () => tallyActors(totals));
}

function tallyActors(totals: RunTotals): ActorTally[] {
  const tallies = new Map<string, Omit<ActorTally, 'outletTokens'>>();
  const outletTokens = new Map<string, number>();
  const tally = (outlet: string, actor: string): Omit<ActorTally, 'outletTokens'> => {
    const key = actorKey(outlet, actor);
    let t = tallies.get(key);
    if (!t) tallies.set(key, (t = { outlet, actor, mentions: zero(), labelled: { label: '', category: '', scareQuoted: 0, ...zero() }, byAlias: new Map(), labels: new Map() }));
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
  }
  return [...tallies.values()].map((t): ActorTally => ({ ...t, outletTokens: outletTokens.get(t.outlet) ?? 0 })).sort(byOutletActor);
}

/** The run's label candidates per outlet × actor (those with any): one pass over the documents. */
export function candidateTallies(totals: RunTotals): CandidateTally[] {
  const tallies = new Map<string, CandidateTally>();
  for (const doc of totals.docs) {
    for (const c of doc.candidates) {
      const t = getOr(tallies, actorKey(doc.outlet, c.actor), () => ({ outlet: doc.outlet, actor: c.actor, candidates: new Map<string, CandidateCount>() }));
      getOr(t.candidates, c.word, () => ({ word: c.word, count: 0, example: c.example })).count += c.count;
    }
  }
  return [...tallies.values()].sort(byOutletActor);
}

/** A key for an outlet × actor pair. */
export function actorKey(outlet: string, actor: string): string {
  return JSON.stringify([outlet, actor]);
}

function byOutletActor(a: { readonly outlet: string; readonly actor: string }, b: { readonly outlet: string; readonly actor: string }): number {
  return compareDocIds(a.outlet, b.outlet) || compareCodeUnits(a.actor, b.actor);
}

function zero(): VoiceCount {
  return { count: 0, own: 0, quoted: 0, documents: 0 };
}

function getOr<V>(map: Map<string, V>, key: string, make: () => V): V {
  let v = map.get(key);
  if (v === undefined) map.set(key, (v = make()));
  return v;
}
