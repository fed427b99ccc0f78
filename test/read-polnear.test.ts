import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateQuotes } from '../pipeline/eval-quotes.js';
import { polnearGold, speakerOf } from '../pipeline/eval/read-polnear.js';
import { speechContext } from './helpers/quotes.js';

// An invented article in PolNeAR's brat standoff form (no PolNeAR text is committed).
const TEXT = 'Fares will rise, the mayor said. “We have no choice,” Ann Roe, a city official, said, “none at all.” Roe said the plan was “dead on arrival” and 😀 would go. He said the vote was fair.';
/** A brat T line for the `nth` occurrence of `s` (code-point offsets; fragments joined by ";"). */
function t(id: string, type: string, ...pieces: (string | [string, number])[]): string {
  const spans = pieces.map((p) => {
    const [s, nth] = typeof p === 'string' ? [p, 0] : p;
    let i = -1;
    for (let k = 0; k <= nth; k++) i = TEXT.indexOf(s, i + 1);
    const from = [...TEXT.slice(0, i)].length;
    return [from, from + [...s].length];
  });
  return `${id}\t${type} ${spans.map(([x, y]) => `${x} ${y}`).join(';')}\t${pieces.map((p) => (typeof p === 'string' ? p : p[0])).join(' ')}`;
}
const ANN = [
  t('T1', 'Source', 'the mayor'),
  t('T2', 'Cue', 'said'),
  t('T3', 'Content', 'Fares will rise,'),
  'E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1',
  t('T4', 'Source', 'Ann Roe, a city official,'),
  t('T5', 'Cue', ['said', 1]),
  t('T6', 'Content', '“We have no choice,”', '“none at all.”'),
  'E2\tAttribution:T5 Content:T6 Cue:T5 Source:T4',
  t('T7', 'Source', ['Roe', 1]),
  t('T8', 'Content', 'the plan was “dead on arrival” and 😀 would go'),
  'E3\tAttribution:T8 Content:T8 Source:T7',
  t('T9', 'Source', 'He'),
  t('T10', 'Content', 'the vote was fair.'),
  'E4\tAttribution:T10 Content:T10 Source:T9',
].join('\n');

describe('PolNeAR → framelens gold', () => {
  it('maps contents to kinds, drops marks off direct quotes, keeps split quotes as parts, converts offsets to UTF-16', () => {
    const { doc, problems } = polnearGold('a1', 'nyt', TEXT, ANN);
    expect(problems).toEqual([]);
    const view = doc.quotes.map((q) => [q.kind, (q.parts ?? [q]).map((p) => TEXT.slice(p.start, p.end)).join(' | '), q.speaker]);
    expect(view).toEqual([
      ['indirect', 'Fares will rise', null],
      ['direct', 'We have no choice, | none at all.', 'Ann Roe'],
      ['partial', 'the plan was “dead on arrival” and 😀 would go', 'Roe'],
      ['indirect', 'the vote was fair', null],
    ]);
    expect(doc.quotes[3]!.mention).toBe('He');
  });

  it('takes the name out of a source span and leaves pronouns and bare descriptions unjudged', () => {
    expect(speakerOf('Steven Rosenthal, a tax lawyer at the Urban Institute,')).toBe('Steven Rosenthal');
    expect(speakerOf('Sen. David Perdue (R-Ga.)')).toBe('David Perdue');
    expect(speakerOf('Attorney General Roy Cooper')).toBe('Roy Cooper');
    expect(speakerOf('The New York Times')).toBe('The New York Times');
    expect(speakerOf('the mayor')).toBeNull();
    expect(speakerOf('she')).toBeNull();
  });

  it('gives gold that eval quotes reads, the split quote matched as one utterance', async () => {
    const { doc } = polnearGold('a1', 'nyt', TEXT, ANN);
    const [e] = evaluateQuotes([doc], await speechContext(), [0.3]);
    const split = e!.matches.find((m) => m.gold?.kind === 'direct');
    expect(split?.status).toBe('match');
    expect(split?.found?.parts).toHaveLength(2);
  });
});

const CHECKOUT = process.env.POLNEAR_DIR ?? '/work/data/polnear';
const DEV = join(CHECKOUT, 'data', 'dev');

describe.skipIf(!existsSync(join(DEV, 'attributions')))(`PolNeAR dev (${DEV}; skipped without the checkout: its texts are not redistributable)`, () => {
  it('converts every dev annotation whose spans slice to their text', () => {
    const anns = readdirSync(join(DEV, 'attributions')).filter((f) => f.endsWith('.ann')).slice(0, 10);
    for (const file of anns) {
      const id = file.replace(/(_[0-9a-f]{4})?\.ann$/, '');
      const { doc } = polnearGold(id, id.split('_')[0]!, readFileSync(join(DEV, 'text', `${id}.txt`), 'utf8'), readFileSync(join(DEV, 'attributions', file), 'utf8'));
      expect(doc.quotes.length).toBeGreaterThan(0);
      for (const q of doc.quotes) expect(q.end).toBeLessThanOrEqual(doc.text.length);
    }
  });
});
