// actor_mentions.csv, actor_labels.csv, label_candidates.csv and the quote measures of
// outlet_summary.csv on small corpora whose figures were counted by hand (see each comment).
import { describe, expect, it } from 'vitest';
import { analyzeCorpus, figuresOf, RunTotals } from '../pipeline/index.js';
import { actorLabelsReport } from '../pipeline/reports/actor-labels-report.js';
import { actorMentionsReport } from '../pipeline/reports/actor-mentions-report.js';
import { labelCandidatesReport } from '../pipeline/reports/label-candidates-report.js';
import { outletSummaryReport } from '../pipeline/reports/outlet-summary-report.js';
import { loadedCueQuotes, topSpeakerQuotes, uniqueSpeakers } from '../pipeline/stats/quote-measures.js';
import type { DocFigures, DocResult, Quote, QuoteFigure, RunResult } from '../pipeline/types.js';
import type { SummaryReport } from '../pipeline/reports/report-spec.js';
import { reportCsv } from '../pipeline/write-reports.js';
import { tempCorpus } from './helpers/temp-corpus.js';

const CORPUS = [
  '{"id":"a1","outlet":"A","text":"The MKO terrorists fled. The MKO is a cult."}',
  '{"id":"a2","outlet":"A","text":"“MKO terrorists must go,” the minister said. The MEK left."}',
  '{"id":"b1","outlet":"B","text":"The militant NHM met. NHM members stayed."}',
].join('\n');

async function run(): Promise<RunResult> {
  const dir = tempCorpus({ 'c.jsonl': CORPUS });
  const outcome = await analyzeCorpus({ inputs: [dir] });
  if (!outcome.ok) throw new Error(outcome.problems.join('\n'));
  return outcome.run;
}

const lines = (csv: string): string[] => csv.split('\r\n').filter((l) => l !== '');

describe('actor reports on a three-document corpus', () => {
  // By hand. A: a1 has 9 words (The MKO terrorists fled The MKO is a cult), a2 has 10 (MKO
  // terrorists must go the minister said The MEK left): 19 tokens. MKO: a1 twice (own), a2 once
  // inside the quote; MEK once (own). Labels: "MKO terrorists" (a1 own, a2 quoted), "the MKO is
  // a cult" (copula, own). B: 7 tokens, NHM twice; "militant" and "members" attach, unlisted.
  it('actor_mentions.csv: per outlet × actor, then per alias', async () => {
    expect(lines(reportCsv(actorMentionsReport, await run()))).toEqual([
      'outlet,actor,alias,count,own_voice_count,quoted_count,documents,share_of_actor_mentions,rate_per_1k',
      'A,mko,,4,3,1,2,1,210.526',
      'A,mko,MKO,3,2,1,2,0.75,157.895',
      'A,mko,MEK,1,1,0,1,0.25,52.632',
      'B,northern-harvest,,2,2,0,1,1,285.714',
      'B,northern-harvest,NHM,2,2,0,1,1,285.714',
    ]);
  });

  it('actor_labels.csv: all labels, then each label, own and quoted voice, share of mentions', async () => {
    expect(lines(reportCsv(actorLabelsReport, await run()))).toEqual([
      'outlet,actor,label,category,count,own_voice_count,quoted_count,quoted_share,scare_quoted_count,documents,actor_mentions,share_of_actor_mentions',
      'A,mko,,,3,2,1,0.3333,0,2,4,0.75',
      'A,mko,terrorist,delegitimizing,2,1,1,0.5,0,2,4,0.5',
      'A,mko,cult,delegitimizing,1,1,0,0,0,1,4,0.25',
      'B,northern-harvest,,,0,0,0,,0,0,2,0',
    ]);
  });

  it('label_candidates.csv: unlisted words attached to an actor, with an example', async () => {
    expect(lines(reportCsv(labelCandidatesReport, await run()))).toEqual([
      'outlet,actor,word,count,share_of_actor_mentions,example',
      'B,northern-harvest,member,1,0.5,NHM members',
      'B,northern-harvest,militant,1,0.5,The militant NHM',
    ]);
  });
});

describe('actor reports from figures', () => {
  /** Rows as `column=value` strings, computed from totals. */
  const rows = <Row>(spec: SummaryReport<Row>, totals: RunTotals): string[] =>
    [...spec.rows(totals)].map((row) => spec.columns.map((c) => `${c.name}=${String(c.value(row))}`).join(' '));

  it('are the same from figures that went through JSON (figures.jsonl) and arrived in any order', async () => {
    const r = await run();
    const direct = new RunTotals(r.lexicons);
    const viaJson = new RunTotals(r.lexicons);
    const figures = r.processed.map(figuresOf);
    for (const f of figures) direct.addFigures(f);
    for (const f of [...figures].reverse()) viaJson.addFigures(JSON.parse(JSON.stringify(f)) as DocFigures);
    for (const spec of [actorMentionsReport, actorLabelsReport, labelCandidatesReport] as SummaryReport<unknown>[]) {
      expect(rows(spec, viaJson)).toEqual(rows(spec, direct));
    }
    expect(figures[0]!.actors).toEqual([{ actor: 'mko', alias: 'MKO', own: 2, quoted: 0 }]);
  });
});

function quote(n: number, speaker: string, speakerType: Quote['speakerType'], loaded = false): Quote {
  const cue = loaded ? { cue: 'claimed', cueLemma: 'claim', cueConnotation: 'loaded' as const } : { cue: 'said', cueLemma: 'say', cueConnotation: 'neutral' as const };
  return { quoteId: `q${n}`, utteranceId: `u${n}`, rule: 'marks-cue', kind: 'direct', parts: [{ start: 0, end: 3 }], start: 0, end: 3, speaker, speakerMention: speaker, speakerType, ...cue };
}

function doc(docId: string, outlet: string, quotes: Quote[]): DocResult {
  return { meta: { docId, outlet, date: '', title: '', url: '', author: '', origin: '' }, text: 'one two', tokenCount: 2, sentenceCount: 1, quotes, hits: [], actorMentions: [], labelCandidates: [], sentenceStarts: [0], sentenceHashes: [0], sentenceTokens: [2], lemmas: [], duplicateSentences: [] };
}

describe('quote measures per outlet', () => {
  // Outlet Q, 11 quotes: Ana 3 (person, one with a loaded cue), Bureau 1 (organization), a
  // resident 1 (nominal), officials 1 (anonymous), Eva, Finn, Gus 1 each (person, Gus loaded),
  // 2 unresolved. Person 6/11, organization, nominal and anonymous 1/11 each, unresolved 2/11;
  // 7 distinct speakers; the top five (Ana 3 + four with 1) 7/11; loaded cues 2/11.
  const q = [
    quote(1, 'Ana', 'person', true), quote(2, 'Ana', 'person'), quote(3, 'Ana', 'person'),
    quote(4, 'Bureau', 'organization'), quote(5, 'a resident', 'nominal'), quote(6, 'officials', 'anonymous'),
    quote(7, 'Eva', 'person'), quote(8, 'Finn', 'person'), quote(9, 'Gus', 'person', true),
    quote(10, '', 'unresolved'), quote(11, '', 'unresolved'),
  ];
  const run: RunResult = { processed: [doc('d1', 'Q', q.slice(0, 6)), doc('d2', 'Q', q.slice(6)), doc('d3', 'R', [])], setAside: [], lexicons: [] };

  it('outlet_summary.csv gives shares by speaker type, of the top five speakers and of loaded cues', () => {
    const csv = lines(reportCsv(outletSummaryReport, run));
    expect(csv[0]).toBe('outlet,documents,tokens,quotes,unique_speakers,person_quote_share,organization_quote_share,nominal_quote_share,anonymous_quote_share,unresolved_quote_share,top5_speaker_share,loaded_cue_share,term_hits,rate_per_1k,ci_low,ci_high,rejected,duplicates,duplicate_sentences');
    expect(csv.slice(1)).toEqual(['Q,2,4,11,7,0.5455,0.0909,0.0909,0.0909,0.1818,0.6364,0.1818,0,0,0,0,0,0,0', 'R,1,2,0,0,,,,,,,,0,0,,,0,0,0']);
  });

  it('the measures are functions of the quote figures, whatever their order', () => {
    const figures: QuoteFigure[] = q.map((x) => ({ sentence: 0, kind: x.kind, speaker: x.speaker, speakerType: x.speakerType, words: 1, cueLemma: x.cueLemma, cueConnotation: x.cueConnotation }));
    for (const list of [figures, [...figures].reverse()]) {
      expect([uniqueSpeakers(list), topSpeakerQuotes(list), topSpeakerQuotes(list, 1), loadedCueQuotes(list)]).toEqual([7, 7, 3, 2]);
    }
  });
});
