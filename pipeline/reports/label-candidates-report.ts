// label_candidates.csv: nouns and adjectives that attach to an actor's mentions the way a
// label does (same noun phrase, apposition, copular or "as" predicate; attach-labels.ts) but
// are in no lexicon, per outlet × actor × word (lemma): words to consider for a lexicon.
// Rows: outlet, actor, then most frequent first, then word.
import { compareCodeUnits } from '../corpus/compare-doc-ids.js';
import { actorKey, actorTallies, candidateTallies, type CandidateCount } from '../stats/actor-totals.js';
import type { RunTotals } from '../stats/run-totals.js';
import { share } from '../stats/shares.js';
import { defineSummaryReport } from './report-spec.js';

interface Row {
  readonly outlet: string;
  readonly actor: string;
  /** Mentions of the actor in the outlet. */
  readonly mentions: number;
  readonly candidate: CandidateCount;
}

function* candidateRows(totals: RunTotals): Generator<Row> {
  const mentions = new Map(actorTallies(totals).map((t) => [actorKey(t.outlet, t.actor), t.mentions.count]));
  for (const { outlet, actor, candidates } of candidateTallies(totals)) {
    const sorted = [...candidates.values()].sort((a, b) => b.count - a.count || compareCodeUnits(a.word, b.word));
    const count = mentions.get(actorKey(outlet, actor)) ?? 0;
    for (const candidate of sorted) yield { outlet, actor, mentions: count, candidate };
  }
}

export const labelCandidatesReport = defineSummaryReport<Row>({
  file: 'label_candidates.csv',
  rowMeaning: 'outlet × actor × candidate word',
  rows: candidateRows,
  columns: [
    { name: 'outlet', type: 'string', meaning: 'Outlet.', value: (r) => r.outlet },
    { name: 'actor', type: 'string', meaning: 'Actor id in the actors lexicon.', value: (r) => r.actor },
    { name: 'word', type: 'string', meaning: 'Lemma (lower case) of a noun or adjective, three letters or more, that attaches to a mention of the actor as a label would but is part of no term hit and no actor mention. A candidate to check, not a label: "member", "camp" attach too.', value: (r) => r.candidate.word },
    { name: 'count', type: 'integer', meaning: 'Occurrences: word tokens attached to a mention of the actor (a token attached to two mentions of the actor counts once).', value: (r) => r.candidate.count },
    { name: 'share_of_actor_mentions', type: 'number', meaning: 'count / mentions of the actor in the outlet, 4 decimals.', value: (r) => share(r.candidate.count, r.mentions) },
    { name: 'example', type: 'string', meaning: 'The words that attach it, as written, at its first occurrence in doc_id order (the phrases from the mention to the word; at most 120 characters).', value: (r) => r.candidate.example },
  ],
});
