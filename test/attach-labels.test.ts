// Which actor a label is applied to (hit target) and which unlisted words attach to an actor
// (label candidates): inline sentences through the whole document pipeline with the bundled
// lexicons (lexicons/actors.yaml names the MKO and the Northern Harvest Movement).
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeText } from '../pipeline/index.js';
import { resolveLexicons } from '../pipeline/lexicon/resolve-lexicons.js';
import type { Lexicon } from '../pipeline/types.js';

let lexicons: readonly Lexicon[] = [];
beforeAll(async () => {
  const r = await resolveLexicons([]);
  if (!r.ok) throw new Error(r.problems.join('\n'));
  lexicons = r.lexicons;
});

/** `label→target` for every hit (target '-' when none). */
async function targets(text: string): Promise<string[]> {
  const doc = await analyzeText(text, { lexicons });
  return doc.hits.map((h) => `${h.text}→${h.target || '-'}`);
}

describe('target: same noun phrase', () => {
  it.each([
    ['the terrorist cult Mujahedin-e-Khalq Organization (MKO) met.', ['terrorist cult→mko']],
    ['MKO terrorists fled.', ['terrorists→mko']],
    ['The MKO ringleaders stayed.', ['ringleaders→mko']],
    ['They restricted the MKO’s terrorist and cyber activities.', ['terrorist→mko']],
    ['They met the ringleader of the MKO.', ['ringleader→mko']],
    ['Victims fell to the MKO’s acts of terror.', ['terror→mko']],
    ['Police arrested MKO-affiliated terrorists.', ['terrorists→mko']],
    ['Members of the Mujahedin-e-Khalq (MKO) terrorist group must appear.', ['terrorist group→mko']],
    ['The Northern Harvest terror cult left the camp.', ['terror cult→northern-harvest']],
  ])('%s', async (text, expected) => {
    expect(await targets(text)).toEqual(expected);
  });
});

describe('target: apposition, copula, "as" predicate', () => {
  it.each([
    ['The MKO, a terrorist cult, left Iraq.', ['terrorist cult→mko']],
    ['They met a terrorist group (MKO) in Paris.', ['terrorist group→mko']],
    ['Officials said the MKO is really a terrorist group.', ['terrorist group→mko']],
    ['The MKO has always been a cult.', ['cult→mko']],
    ['Albania listed the MKO as a terrorist organization.', ['terrorist organization→mko']],
  ])('%s', async (text, expected) => {
    expect(await targets(text)).toEqual(expected);
  });
});

describe('no target across clauses or outside the phrase', () => {
  it.each([
    ['The MKO said the terrorists had fled.', ['terrorists→-']], // the label is in another clause
    ['The MKO has carried out numerous terrorist attacks.', ['terrorist→-']], // object of a verb
    ['Albania restricted the terrorist activities the MKO devises.', ['terrorist→-']], // relative clause
    ['The MKO was involved in terror attacks.', ['terror→-']], // a complement, not a predicate noun
    ['The terror cult left. The MKO stayed.', ['terror cult→-']], // another sentence
    ['The MKO reportedly left.', ['reportedly→-']], // a hedge is no label
    ['Support inside the MKO was hard, and the cult split.', ['cult→-']],
  ])('%s', async (text, expected) => {
    expect(await targets(text)).toEqual(expected);
  });

  it('picks the nearest actor when two are attached, and keeps the voice of the quote', async () => {
    expect(await targets('The NHM and the MKO terrorists met.')).toEqual(['terrorists→mko']);
    const doc = await analyzeText('“The MKO is a cult,” he said.', { lexicons });
    expect(doc.hits.map((h) => [h.target, h.voice])).toEqual([['mko', 'quoted']]);
    expect(doc.actorMentions.map((m) => [m.actor, m.alias, m.voice])).toEqual([['mko', 'MKO', 'quoted']]);
  });
});

describe('actor mentions', () => {
  it('match every spelling of an alias, the longest alias first, inflections as terms do, case where marked', async () => {
    const doc = await analyzeText('The Mujahedin-e-Khalq Organization, Mujahedin e Khalq, the Mojahedin-e Khalq (MKO) and the Hypocrites; hypocrites and MKOTV are no mention, MKOs is.', { lexicons });
    expect(doc.actorMentions.map((m) => `${m.text}=${m.alias}`)).toEqual([
      'Mujahedin-e-Khalq Organization=Mujahedin-e Khalq Organization',
      'Mujahedin e Khalq=Mujahedin-e Khalq',
      'Mojahedin-e Khalq=Mojahedin-e Khalq',
      'MKO=MKO',
      'Hypocrites=Hypocrites',
      'MKOs=MKO',
    ]);
  });
});

describe('label candidates', () => {
  it('are nouns and adjectives attached like a label but in no lexicon, with the attaching words', async () => {
    const doc = await analyzeText('The militant MKO left, and MKO members stayed. The MKO is a terrorist cult.', { lexicons });
    expect(doc.labelCandidates.map((c) => `${c.actor}:${c.word}:${c.example}`)).toEqual(['mko:militant:The militant MKO', 'mko:member:MKO members']);
  });
});

describe('target: general property', () => {
  const piece = fc.constantFrom('the MKO', 'MKO', 'the NHM', 'terrorists', 'a terrorist cult', 'said', 'is', 'the ringleaders', ',', 'and', 'of', 'left', 'the group', 'members');
  it('a hit gets a target only when its sentence mentions that actor', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(piece, { minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 3 }), async (sentences) => {
        const text = sentences.map((words) => `${words.join(' ')}.`).join(' ');
        const doc = await analyzeText(text, { lexicons });
        for (const h of doc.hits.filter((x) => x.target !== '')) {
          expect(doc.actorMentions.some((m) => m.actor === h.target && m.sentence === h.sentence)).toBe(true);
        }
      }),
      { numRuns: 40 },
    );
  });
});
