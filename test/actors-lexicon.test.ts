// The actors lexicon (use: actors): loading, coded and positioned problems, and how --actors
// replaces the bundled one.
import { describe, expect, it } from 'vitest';
import { formatProblem, loadLexiconFiles } from '../pipeline/load-lexicon.js';
import { resolveLexicons } from '../pipeline/lexicon/resolve-lexicons.js';
import { tempCorpus } from './helpers/temp-corpus.js';

const GOOD = `lexicon: my-actors
version: 2.0.0
use: actors
entries:
  - id: mko
    aliases: [MKO, Mujahedin-e Khalq, {alias: Hypocrites, case: sensitive}]
    note: The group.
    source: a book
  - id: nhm
    case: sensitive
    aliases: [NHM, Northern Harvest*]
`;

const BROKEN = `lexicon: my-actors
use: actors
entries:
  - id: MKO
    aliases: [MKO, "*ism"]
  - id: nhm
    aliases: []
  - id: kestria
    aliases: [Kestria, mko]
    colour: red
  - id: kestria
    aliases: [{alias: Lesmark, case: loud}]
`;

const TERMS = `lexicon: tiny-terms
categories:
  loaded: Loaded words.
entries:
  - term: cult
    category: loaded
`;

describe('actors lexicon', () => {
  it('loads actors as entries: one per alias, the actor id as category, case per alias or actor', async () => {
    const dir = tempCorpus({ 'actors.yaml': GOOD });
    const { lexicons, problems } = await loadLexiconFiles([`${dir}/actors.yaml`]);
    expect(problems).toEqual([]);
    expect(lexicons[0]).toMatchObject({ id: 'my-actors', version: '2.0.0', use: 'actors', categories: { mko: 'The group.', nhm: '' } });
    expect(lexicons[0]!.entries.map((e) => `${e.category}:${e.term}:${e.caseSensitive ? 'sensitive' : 'insensitive'}`)).toEqual([
      'mko:MKO:insensitive',
      'mko:Mujahedin-e Khalq:insensitive',
      'mko:Hypocrites:sensitive',
      'nhm:NHM:sensitive',
      'nhm:Northern Harvest*:sensitive',
    ]);
    expect(lexicons[0]!.entries[0]).toMatchObject({ note: 'The group.', source: 'a book' });
  });

  it('reports every problem with its position and code', async () => {
    const dir = tempCorpus({ 'actors.yaml': BROKEN });
    const { lexicons, problems } = await loadLexiconFiles([`${dir}/actors.yaml`]);
    expect(lexicons).toEqual([]);
    expect(problems.map((p) => formatProblem(p).replace(`${dir}/`, ''))).toEqual([
      'actors.yaml:4:9: entries[0].id: expected kebab-case: lower-case letters and digits joined by "-" [LEXICON_INVALID_ENTRY]',
      'actors.yaml:5:20: entries[0].aliases[1].alias: "*ism": "*" is allowed only at the end of a word [LEXICON_INVALID_ENTRY]',
      'actors.yaml:7:14: entries[1].aliases: an actor needs at least one alias [LEXICON_INVALID_ENTRY]',
      'actors.yaml:9:24: alias "mko" repeats entries[0].aliases[0] [LEXICON_DUPLICATE_ALIAS]',
      'actors.yaml:10:5: entries[2].colour: unknown field [LEXICON_INVALID_ENTRY]',
      'actors.yaml:11:9: actor id "kestria" repeats entries[2] [LEXICON_DUPLICATE_ACTOR]',
      'actors.yaml:12:38: entries[3].aliases[0].case: Invalid option: expected one of "sensitive"|"insensitive" [LEXICON_INVALID_ENTRY]',
    ]);
  });

  it('the bundled lexicons include the actors: the MKO under its names and the sample corpus actors', async () => {
    const r = await resolveLexicons([]);
    if (!r.ok) throw new Error(r.problems.join('\n'));
    const actors = r.lexicons.find((l) => l.use === 'actors')!;
    expect(Object.keys(actors.categories)).toEqual(['mko', 'northern-harvest', 'kestria', 'lesmark']);
    const mko = actors.entries.filter((e) => e.category === 'mko').map((e) => e.term);
    for (const name of ['MKO', 'MEK', 'PMOI', 'Mujahedin-e Khalq Organization', 'Mojahedin-e Khalq', 'Mujahedeen-e Khalq', 'Monafeqin', 'Hypocrites']) expect(mko).toContain(name);
  });

  it('--actors replaces the bundled actors lexicon, with or without --lexicon', async () => {
    const dir = tempCorpus({ 'actors.yaml': GOOD, 'terms.yaml': TERMS });
    for (const paths of [[], [`${dir}/terms.yaml`]]) {
      const r = await resolveLexicons(paths, `${dir}/actors.yaml`);
      if (!r.ok) throw new Error(r.problems.join('\n'));
      expect(r.lexicons.filter((l) => l.use === 'actors').map((l) => l.id)).toEqual(['my-actors']);
    }
  });

  it('--actors with a lexicon that is not an actors lexicon is a problem, not a run', async () => {
    const dir = tempCorpus({ 'terms.yaml': TERMS });
    const r = await resolveLexicons([], `${dir}/terms.yaml`);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems).toEqual([`${dir}/terms.yaml:1:1: --actors needs an actors lexicon (use: actors); tiny-terms has use: terms [ACTORS_NOT_ACTORS]`]);
  });
});
