import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runEvalQuotes } from '../cli/commands/eval-quotes.js';
import { evaluateQuotes, readGoldQuotes, sameSpeaker, strictSameSpeaker, type GoldQuoteDoc } from '../pipeline/eval-quotes.js';
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
  // Strict floors (two-sided overlap, the speaker's name itself) a little under the figures
  // measured when the strict scoring was added.
  it.each([
    ['quotes-dev.jsonl', 0.95, 0.95, 0.95, 0.92],
    ['quotes-seed.jsonl', 0.9, 0.9, 0.9, 0.85],
    ['quotes-heldout.jsonl', 0.9, 0.9, 0.9, 0.85],
    ['quotes-heldout-2.jsonl', 0.9, 0.9, 0.9, 0.85],
    ['quotes-heldout-3.jsonl', 0.9, 0.9, 0.9, 0.85],
    ['quotes-heldout-4.jsonl', 0.9, 0.85, 0.9, 0.8],
    ['quotes-heldout-5.jsonl', 0.9, 0.85, 0.9, 0.8],
    ['quotes-heldout-6.jsonl', 0.88, 0.9, 0.88, 0.78],
    ['quotes-heldout-7.jsonl', 0.9, 0.88, 0.9, 0.8],
  ])('%s: F1 at 0.3 ≥ %s, speaker ≥ %s; strict F1 ≥ %s, strict speaker ≥ %s; no scare item found', async (file, f1, speaker, strictF1, strictSpeaker) => {
    const [lenient, strict] = evaluateQuotes(gold(file), await speechContext(), [0.3], ['lenient', 'strict']);
    expect(lenient!.detection.f1).toBeGreaterThanOrEqual(f1);
    expect(lenient!.speaker.accuracy).toBeGreaterThanOrEqual(speaker);
    expect(strict!.detection.f1).toBeGreaterThanOrEqual(strictF1);
    expect(strict!.speaker.accuracy).toBeGreaterThanOrEqual(strictSpeaker);
    expect(lenient!.scareFound).toBe(0);
  });
});

describe('eval quotes: strict scoring', () => {
  const text = 'Officials said the bridge will reopen on Monday after repairs. Sen. Ann Roe said the vote was fair.';
  const doc: GoldQuoteDoc = { id: 'd', outlet: 'Q', text, quotes: [
    // gold covers only "the bridge will reopen": the found clause runs on over "on Monday after repairs"
    { start: text.indexOf('the bridge'), end: text.indexOf(' on Monday'), speaker: 'officials', kind: 'indirect' },
    { start: text.indexOf('the vote'), end: text.indexOf('fair') + 4, speaker: 'Roe', kind: 'indirect' },
  ] };

  it('charges an over-long span (two-sided overlap) and wants the name itself, not a shorter form', async () => {
    const [lenient, strict] = evaluateQuotes([doc], await speechContext(), [0.8], ['lenient', 'strict']);
    expect(lenient!.detection).toMatchObject({ tp: 2, fp: 0, fn: 0 });
    expect(lenient!.speaker).toMatchObject({ judged: 2, correct: 2 });
    // 4 gold words of 8 found: 0.5 < 0.8
    expect(strict!.detection).toMatchObject({ tp: 1, fp: 1, fn: 1 });
    // "Ann Roe" is not the gold "Roe" under strict matching
    expect(strict!.speaker).toMatchObject({ judged: 1, correct: 0 });
  });

  it('folds titles and articles in strict speaker matching', () => {
    expect(strictSameSpeaker('Sen. Ann Roe', 'Ann Roe')).toBe(true);
    expect(strictSameSpeaker('the Foreign Ministry', 'Foreign Ministry')).toBe(true);
    expect(strictSameSpeaker('Roe', 'Ann Roe')).toBe(false);
    expect(strictSameSpeaker('', '')).toBe(false);
  });

  it('breaks found quotes down by rule and kind', async () => {
    const [e] = evaluateQuotes([doc], await speechContext(), [0.3]);
    expect(e!.byRule['clause-after-cue']).toMatchObject({ found: 2, matched: 2 });
    expect(e!.byFoundKind['indirect']).toMatchObject({ found: 2, matched: 2 });
  });
});

describe('framelens eval quotes', () => {
  it('prints the figures and writes quote-matches.csv with --out', async () => {
    const out = tempCorpus();
    let printed = '';
    const code = await runEvalQuotes([join(GOLD, 'quotes-dev.jsonl'), '--out', out], { stdout: { write: (t: string) => (printed += t) } });
    expect(code).toBe(0);
    expect(printed).toMatch(/^scoring\s+overlap\s+precision\s+recall\s+f1/m);
    for (const row of ['lenient  0.3', 'lenient  0.8', 'strict   0.3', 'strict   0.8']) expect(printed).toMatch(new RegExp(`^${row} `, 'm'));
    expect(printed).toMatch(/^by found kind and rule \(lenient, overlap 0\.3\):\n {2}direct /m);
    const csv = readFileSync(join(out, 'quote-matches.csv'), 'utf8');
    expect(csv.split('\r\n')[0]).toBe('doc_id,status,overlap,gold_kind,found_kind,rule,gold_start,gold_end,found_start,found_end,gold_speaker,found_speaker,speaker_mention,speaker_type,speaker_ok,cue,gold_text,found_text');
    expect(csv).toContain(',match,');
  });
});
