import { describe, expect, it } from 'vitest';
import { speakerRows, speakersReport } from '../pipeline/reports/speakers-report.js';
import { totalsOf } from '../pipeline/stats/run-totals.js';
import type { DocResult, Quote, RunResult } from '../pipeline/types.js';

function quote(start: number, end: number, speaker: string, speakerType: Quote['speakerType'], kind: Quote['kind'] = 'direct'): Quote {
  return { quoteId: 'q', kind, parts: [{ start, end }], start, end, speaker, speakerMention: speaker, speakerType, cue: 'said', cueLemma: 'say', cueConnotation: 'neutral', utteranceId: 'u1', rule: 'marks-cue' };
}

function doc(outlet: string, text: string, quotes: Quote[]): DocResult {
  return { meta: { docId: outlet + text.length, outlet, date: '', title: '', url: '', author: '', origin: '' }, text, tokenCount: 0, sentenceCount: 0, quotes, hits: [], sentenceStarts: [], sentenceHashes: [], sentenceTokens: [], lemmas: [], duplicateSentences: [], actorMentions: [], labelCandidates: [] };
}

describe('speakers.csv', () => {
  it('counts quotes and quoted words per outlet × speaker, with the share of the outlet’s quotes, in a fixed order', () => {
    const t = 'one two three four five';
    const run: RunResult = {
      processed: [
        doc('B', t, [quote(0, 7, 'Edi Rama', 'person'), quote(8, 13, '', 'unresolved')]),
        doc('A', t, [quote(0, 13, 'Edi Rama', 'person', 'indirect'), quote(14, 23, 'Foreign Ministry', 'organization')]),
        doc('A', t, [quote(0, 3, 'Edi Rama', 'person', 'partial')]),
      ],
      setAside: [],
      lexicons: [],
    };
    const rows = speakerRows(totalsOf(run)).map((r) => speakersReport.columns.map((c) => c.value(r)));
    expect(speakersReport.columns.map((c) => c.name).slice(0, 6)).toEqual(['outlet', 'speaker', 'speaker_type', 'quotes', 'quoted_words', 'share_of_quotes']);
    expect(rows).toEqual([
      ['A', 'Edi Rama', 'person', 2, 4, 0.6667, 0, 1, 1],
      ['A', 'Foreign Ministry', 'organization', 1, 2, 0.3333, 1, 0, 0],
      ['B', '', 'unresolved', 1, 1, 0.5, 1, 0, 0],
      ['B', 'Edi Rama', 'person', 1, 2, 0.5, 1, 0, 0],
    ]);
  });
});
