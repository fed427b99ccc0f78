import { describe, expect, it } from 'vitest';
import { resolveLexicons } from '../pipeline/lexicon/resolve-lexicons.js';
import { tempCorpus } from './helpers/temp-corpus.js';

const TERMS = `lexicon: tiny-terms
version: 1.0.0
description: A test lexicon.
categories:
  loaded: Loaded words.
entries:
  - term: cult
    category: loaded
`;

const VERBS = `lexicon: my-verbs
version: 1.0.0
description: My speech verbs.
use: speech-verbs
categories:
  speech-verb: Verbs of saying.
entries:
  - term: say
    category: speech-verb
`;

describe('resolveLexicons', () => {
  it('loads the bundled lexicons when none is given, speech verbs included', async () => {
    const r = await resolveLexicons([]);
    if (!r.ok) throw new Error(r.problems.join('\n'));
    expect(r.lexicons.some((l) => l.use === 'speech-verbs')).toBe(true);
  });

  it('adds the bundled speech verbs quote words, actors and stop-words to term lexicons given with --lexicon', async () => {
    const dir = tempCorpus({ 'terms.yaml': TERMS });
    const r = await resolveLexicons([`${dir}/terms.yaml`]);
    if (!r.ok) throw new Error(r.problems.join('\n'));
    expect(r.lexicons.map((l) => l.id)).toEqual(['tiny-terms', 'quote-words', 'speech-verbs', 'actors', 'stopwords']);
  });

  it('does not add speech verbs when a given lexicon holds speech verbs', async () => {
    const dir = tempCorpus({ 'terms.yaml': TERMS, 'verbs.yaml': VERBS });
    const r = await resolveLexicons([`${dir}/terms.yaml`, `${dir}/verbs.yaml`]);
    if (!r.ok) throw new Error(r.problems.join('\n'));
    expect(r.lexicons.map((l) => l.id)).toEqual(['tiny-terms', 'my-verbs', 'quote-words', 'actors', 'stopwords']);
  });

  it('returns every problem as a formatted line', async () => {
    const r = await resolveLexicons(['/no/such/lexicon.yaml']);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]).toMatch(/^\/no\/such\/lexicon\.yaml:\d+:\d+: .* \[[A-Z_]+\]$/);
  });
});
