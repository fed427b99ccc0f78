import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runEvalQuotes } from '../cli/commands/eval-quotes.js';
import { evaluateQuotes, readGoldQuotes, sameSpeaker, type GoldQuoteDoc } from '../pipeline/eval-quotes.js';
import { speechContext } from './helpers/quotes.js';
import { tempCorpus } from './helpers/temp-corpus.js';

const GOLD = join(import.meta.dirname, 'gold');

function gold(file: string): GoldQuoteDoc[] {
  const { docs, problems } = readGoldQuotes(readFileSync(join(GOLD, file), 'utf8'), file);
  expect(problems).toEqual([]);
  return docs;
}

describe('eval quotes: matching', () => {
  it('matches one-to-one at token overlap, counts scare items found as false positives, judges the resolved speaker', async () => {
    const text = '“The road is closed,” said a police officer. Police ended what they called a “security operation.” “Go home,” he said.';
    const doc: GoldQuoteDoc = { id: 'd1', outlet: 'Q', text, quotes: [
      { start: 1, end: 19, speaker: 'police officer', kind: 'direct' },
      { start: text.indexOf('security'), end: text.indexOf('operation.') + 9, speaker: null, kind: 'scare' },
      { start: text.indexOf('Go home'), end: text.indexOf('Go home') + 8, speaker: 'Jane Roe', kind: 'direct' },
    ] };
    const [e30] = evaluateQuotes([doc], await speechContext(), [0.3]);
    expect(e30!.detection).toMatchObject({ tp: 2, fp: 0, fn: 0 });
    expect(e30!.scareFound).toBe(0);
    expect(e30!.speaker).toMatchObject({ judged: 2, correct: 1 });
  });

  it('compares speakers on the resolved person: a shorter form of the name counts, a pronoun does not', () => {
    expect(sameSpeaker('Kazem Gharibabadi', 'Gharibabadi')).toBe(true);
    expect(sameSpeaker('the Foreign Ministry', 'Foreign Ministry')).toBe(true);
    expect(sameSpeaker('Kazem Gharibabadi', 'he')).toBe(false);
    expect(sameSpeaker('Kazem Gharibabadi', '')).toBe(false);
    expect(sameSpeaker('Seth Jones', 'rookie defenceman')).toBe(false);
  });

  it('reports gold problems with their line', () => {
    const { problems } = readGoldQuotes('{"id":"a","text":"abc","quotes":[{"start":2,"end":9,"kind":"direct"}]}\nnot json', 'g.jsonl');
    expect(problems.map((p) => [p.line, p.code])).toEqual([[1, 'GOLD_INVALID'], [2, 'GOLD_SYNTAX']]);
  });
});

describe('eval quotes: figures on the hand-annotated gold sets stay above the measured floors', () => {
  // Floors a little under the figures measured now. The held-out sets were unseen when first
  // measured (figures in the README); the rules were then fixed on sets 1–5, so only set 6 is unseen
  // by the rules (the speech-verb lexicon grew after it was written: see the README). Set 7 was
  // written blind by another annotator after every rule change and has never been tuned on.
  it.each([
    ['quotes-dev.jsonl', 0.95, 0.95],
    ['quotes-seed.jsonl', 0.9, 0.9],
    ['quotes-heldout.jsonl', 0.9, 0.9],
    ['quotes-heldout-2.jsonl', 0.9, 0.9],
    ['quotes-heldout-3.jsonl', 0.9, 0.9],
    ['quotes-heldout-4.jsonl', 0.9, 0.85],
    ['quotes-heldout-5.jsonl', 0.9, 0.85],
    ['quotes-heldout-6.jsonl', 0.88, 0.9],
    ['quotes-heldout-7.jsonl', 0.9, 0.88],
  ])('%s: F1 at 0.3 ≥ %s, speaker accuracy ≥ %s, no scare item found', async (file, f1, speaker) => {
    const [e30, e80] = evaluateQuotes(gold(file), await speechContext());
    expect(e30!.detection.f1).toBeGreaterThanOrEqual(f1);
    expect(e30!.speaker.accuracy).toBeGreaterThanOrEqual(speaker);
    expect(e80!.detection.f1).toBeLessThanOrEqual(e30!.detection.f1);
  });
});

describe('framelens eval quotes', () => {
  it('prints the figures and writes quote-matches.csv with --out', async () => {
    const out = tempCorpus();
    let printed = '';
    const code = await runEvalQuotes([join(GOLD, 'quotes-dev.jsonl'), '--out', out], { stdout: { write: (t: string) => (printed += t) } });
    expect(code).toBe(0);
    expect(printed).toMatch(/^overlap\s+precision\s+recall\s+f1/m);
    expect(printed).toMatch(/^0\.3 /m);
    expect(printed).toMatch(/^0\.8 /m);
    const csv = readFileSync(join(out, 'quote-matches.csv'), 'utf8');
    expect(csv.split('\r\n')[0]).toBe('doc_id,status,overlap,gold_kind,found_kind,gold_start,gold_end,found_start,found_end,gold_speaker,found_speaker,speaker_mention,speaker_type,speaker_ok,cue,gold_text,found_text');
    expect(csv).toContain(',match,');
  });
});
