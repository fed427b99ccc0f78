// actor_mentions.csv: how often each outlet names each actor of the actors lexicon, and by
// which alias. Per outlet × actor one row with an empty alias (all aliases), then one row per
// alias that occurs (most mentions first, then alias). A mention is one alias occurrence
// ("Mujahedin-e-Khalq Organization (MKO)" is two).
import { actorTallies, type ActorTally, type VoiceCount } from '../stats/actor-totals.js';
import { compareCodeUnits } from '../corpus/compare-doc-ids.js';
import type { RunTotals } from '../stats/run-totals.js';
import { per1k, share } from '../stats/shares.js';
import { defineSummaryReport } from './report-spec.js';

interface Row {
  readonly tally: ActorTally;
  readonly alias: string;
  readonly counts: VoiceCount;
}

function* mentionRows(totals: RunTotals): Generator<Row> {
  for (const tally of actorTallies(totals)) {
    if (tally.mentions.count === 0) continue;
    yield { tally, alias: '', counts: tally.mentions };
    const aliases = [...tally.byAlias].sort(([a, x], [b, y]) => y.count - x.count || compareCodeUnits(a, b));
    for (const [alias, counts] of aliases) yield { tally, alias, counts };
  }
}

export const actorMentionsReport = defineSummaryReport<Row>({
  file: 'actor_mentions.csv',
  rowMeaning: 'outlet × actor (alias empty: all its aliases), then outlet × actor × alias',
  rows: mentionRows,
  columns: [
    { name: 'outlet', type: 'string', meaning: 'Outlet.', value: (r) => r.tally.outlet },
    { name: 'actor', type: 'string', meaning: 'Actor id in the actors lexicon (lexicons/actors.yaml or --actors).', value: (r) => r.tally.actor },
    { name: 'alias', type: 'string', meaning: 'The alias as written in the actors lexicon (a pattern: `*` matches any continuation, hyphens and spaces alike); empty on the row for all aliases.', value: (r) => r.alias },
    { name: 'count', type: 'integer', meaning: 'Mentions: occurrences of the alias (or of any of the actor\'s aliases) in the outlet\'s processed documents; the longest alias wins where aliases overlap.', value: (r) => r.counts.count },
    { name: 'own_voice_count', type: 'integer', meaning: 'Of those, mentions in the outlet\'s own words (outside quotation marks used for speech).', value: (r) => r.counts.own },
    { name: 'quoted_count', type: 'integer', meaning: 'Of those, mentions inside quotation marks used for speech (a direct or partial quote).', value: (r) => r.counts.quoted },
    { name: 'documents', type: 'integer', meaning: 'Processed documents of the outlet with at least one such mention.', value: (r) => r.counts.documents },
    { name: 'share_of_actor_mentions', type: 'number', meaning: 'count / all mentions of the actor in the outlet (1 on the all-aliases row), 4 decimals.', value: (r) => share(r.counts.count, r.tally.mentions.count) },
    { name: 'rate_per_1k', type: 'number', meaning: 'count per 1,000 tokens of the outlet (1000 · count / the outlet\'s tokens, a ratio of sums), 3 decimals.', value: (r) => per1k(r.counts.count, r.tally.outletTokens) },
  ],
});
