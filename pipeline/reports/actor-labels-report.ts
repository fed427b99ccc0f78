// actor_labels.csv: the loaded-term hits whose target is an actor (attach-labels.ts), per
// outlet × actor × label. Per outlet × actor that is mentioned, one row with empty label and
// category (all its labels, possibly zero), then one row per label and category that occurs
// (most first, then label, then category). Voice as in terms.csv: a label inside a quote
// used for speech is the speaker's (quoted), elsewhere the outlet's own.
import { compareCodeUnits } from '../corpus/compare-doc-ids.js';
import { actorTallies, type ActorTally, type LabelCount } from '../stats/actor-totals.js';
import type { RunTotals } from '../stats/run-totals.js';
import { share } from '../stats/shares.js';
import { defineSummaryReport } from './report-spec.js';

interface Row {
  readonly tally: ActorTally;
  readonly label: string;
  readonly category: string;
  readonly counts: LabelCount;
}

function* labelRows(totals: RunTotals): Generator<Row> {
  for (const tally of actorTallies(totals)) {
    if (tally.mentions.count === 0) continue;
    const labels = [...tally.labels.values()];
    yield { tally, label: '', category: '', counts: tally.labelled };
    labels.sort((a, b) => b.count - a.count || compareCodeUnits(a.label, b.label) || compareCodeUnits(a.category, b.category));
    for (const l of labels) yield { tally, label: l.label, category: l.category, counts: l };
  }
}

export const actorLabelsReport = defineSummaryReport<Row>({
  file: 'actor_labels.csv',
  rowMeaning: 'outlet × actor (label empty: all its labels), then outlet × actor × label × category',
  rows: labelRows,
  columns: [
    { name: 'outlet', type: 'string', meaning: 'Outlet.', value: (r) => r.tally.outlet },
    { name: 'actor', type: 'string', meaning: 'Actor id in the actors lexicon; the target column of terms.csv.', value: (r) => r.tally.actor },
    { name: 'label', type: 'string', meaning: 'The lexicon term of the hit (as in terms.csv term); empty on the row for all labels of the actor.', value: (r) => r.label },
    { name: 'category', type: 'string', meaning: 'Its lexicon category; empty on the all-labels row.', value: (r) => r.category },
    { name: 'count', type: 'integer', meaning: 'Term hits with this label (all labels on the all-labels row) whose target is the actor: the hit stands in the same noun phrase, an apposition, or a copular or "as" predicate with a mention of the actor, within one sentence (docs/actors.md).', value: (r) => r.counts.count },
    { name: 'own_voice_count', type: 'integer', meaning: 'Of those, hits in the outlet\'s own voice (terms.csv voice own).', value: (r) => r.counts.own },
    { name: 'quoted_count', type: 'integer', meaning: 'Of those, hits in quoted voice (inside a quote used for speech).', value: (r) => r.counts.quoted },
    { name: 'quoted_share', type: 'number', meaning: 'quoted_count / count: the share of the actor\'s labels that the outlet puts in a speaker\'s mouth rather than its own, 4 decimals; empty when count is 0.', value: (r) => share(r.counts.quoted, r.counts.count) },
    { name: 'scare_quoted_count', type: 'integer', meaning: 'Of those, hits inside quotation marks that are not speech (a scare quote or quoted label: listed the MKO as a “terrorist organization”), which keep the own voice; the outlet may be distancing itself from the label.', value: (r) => r.counts.scareQuoted },
    { name: 'documents', type: 'integer', meaning: 'Processed documents of the outlet with at least one such hit.', value: (r) => r.counts.documents },
    { name: 'actor_mentions', type: 'integer', meaning: 'Mentions of the actor in the outlet (actor_mentions.csv count, all aliases).', value: (r) => r.tally.mentions.count },
    { name: 'share_of_actor_mentions', type: 'number', meaning: 'count / actor_mentions: labels per mention of the actor in the outlet (a ratio of sums; can exceed 1 when one mention carries several labels), 4 decimals.', value: (r) => share(r.counts.count, r.tally.mentions.count) },
  ],
});
