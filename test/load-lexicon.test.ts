import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, loadLexiconFiles } from '../pipeline/load-lexicon.js';
import { BUNDLED_LEXICON_DIR, PACKAGE_ROOT } from '../pipeline/package-root.js';

const FIXTURES = join(PACKAGE_ROOT, 'test/fixtures/lexicons');
const good = (name: string): string => join(FIXTURES, 'good', name);
const broken = (name: string): string => join(FIXTURES, 'broken', name);

/** Problems as `NAME:LINE:COL: message [CODE]` with the fixture folder stripped. */
async function problemsOf(...paths: string[]): Promise<string[]> {
  const { problems } = await loadLexiconFiles(paths);
  return problems.map((p) => formatProblem(p).replace(`${FIXTURES}/`, ''));
}

describe('loadLexiconFiles: framelens YAML and JSON', () => {
  it('reports every problem of a broken YAML lexicon at once, each at its line and column', async () => {
    expect(await problemsOf(broken('broken.yaml'))).toEqual([
      'broken/broken.yaml:1:10: lexicon: expected kebab-case: lower-case letters and digits joined by "-" [LEXICON_INVALID_HEADER]',
      'broken/broken.yaml:8:13: entries[0].except: Invalid input: expected array, received string [LEXICON_INVALID_ENTRY]',
      'broken/broken.yaml:9:11: entries[1].term: "*ism": "*" is allowed only at the end of a word [LEXICON_INVALID_ENTRY]',
      'broken/broken.yaml:11:5: entries[2].category: required field missing [LEXICON_INVALID_ENTRY]',
      'broken/broken.yaml:12:5: entries[2].categroy: unknown field [LEXICON_INVALID_ENTRY]',
      'broken/broken.yaml:14:15: category "delegitimising" is not declared under categories [LEXICON_UNKNOWN_CATEGORY]',
      'broken/broken.yaml:15:11: "cult" repeats entries[0] in the same category [LEXICON_DUPLICATE_TERM]',
      'broken/broken.yaml:17:5: entries[5].term: required field missing [LEXICON_INVALID_ENTRY]',
      'broken/broken.yaml:18:11: entries[5].case: Invalid option: expected one of "sensitive"|"insensitive" [LEXICON_INVALID_ENTRY]',
    ]);
  });

  it('reports YAML syntax errors with their position', async () => {
    const problems = await problemsOf(broken('bad-syntax.yaml'));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatch(/^broken\/bad-syntax\.yaml:7:\d+: .* \[LEXICON_SYNTAX\]$/);
  });

  it('locates problems in JSON lexicons too', async () => {
    expect(await problemsOf(broken('broken.json'))).toEqual([
      'broken/broken.json:6:34: entries[1].category: Invalid input: expected string, received number [LEXICON_INVALID_ENTRY]',
    ]);
  });

  it('loads a JSON lexicon with except, case and note, and hashes the file', async () => {
    const { lexicons, problems } = await loadLexiconFiles([good('small.json')]);
    expect(problems).toEqual([]);
    const [lex] = lexicons;
    expect(lex).toMatchObject({ id: 'json-labels', version: '0.1.0', use: 'terms', categories: { label: 'A label.' } });
    expect(lex!.entries).toEqual([
      { term: 'cult', category: 'label', except: ['cult film'], caseSensitive: false, note: '', source: '', connotation: '' },
      { term: 'MEK', category: 'label', except: [], caseSensitive: true, note: 'actor', source: '', connotation: '' },
    ]);
    expect(lex!.sha256).toBe(createHash('sha256').update(readFileSync(good('small.json'))).digest('hex'));
  });

  it('reads use: speech-verbs and connotations', async () => {
    const { lexicons } = await loadLexiconFiles([good('speech.yaml')]);
    expect(lexicons[0]!.use).toBe('speech-verbs');
    expect(lexicons[0]!.entries.map((e) => `${e.term}:${e.connotation}`)).toEqual(['say:neutral', 'claim:loaded']);
  });
});

describe('loadLexiconFiles: converted formats', () => {
  it('converts a LIWC .dic file: numbered categories become kebab-case, a word may be in several', async () => {
    const { lexicons, problems } = await loadLexiconFiles([good('small.dic')]);
    expect(problems).toEqual([]);
    expect(lexicons[0]!.id).toBe('small');
    expect(Object.keys(lexicons[0]!.categories)).toEqual(['delegitimizing-labels', 'hedge']);
    expect(lexicons[0]!.entries.map((e) => `${e.term}:${e.category}`)).toEqual([
      'cult:delegitimizing-labels', 'terror*:delegitimizing-labels', 'troll factory:delegitimizing-labels',
      'reportedly:hedge', 'so-called:delegitimizing-labels', 'so-called:hedge',
    ]);
  });

  it('reports .dic problems by line', async () => {
    expect(await problemsOf(broken('broken.dic'))).toEqual([
      'broken/broken.dic:5:1: "*ism": "*" is allowed only at the end of a word [LEXICON_INVALID_ENTRY]',
      'broken/broken.dic:6:6: category number 3 is not declared in the header [LEXICON_UNKNOWN_CATEGORY]',
      'broken/broken.dic:7:1: expected "word<TAB>category numbers", got "nothing-here" [LEXICON_DIC_LINE]',
    ]);
  });

  it('converts a quanteda-style YAML dictionary: nested keys become one category', async () => {
    const { lexicons, problems } = await loadLexiconFiles([good('small-quanteda.yml')]);
    expect(problems).toEqual([]);
    expect(lexicons[0]!.entries.map((e) => `${e.term}:${e.category}`)).toEqual([
      'cult:labels-delegitimizing', 'terror*:labels-delegitimizing', 'troll factory:labels-delegitimizing',
      'dissident:labels-legitimizing', 'activist:labels-legitimizing', 'reportedly:hedge',
    ]);
  });

  it('reports quanteda problems with their position', async () => {
    expect(await problemsOf(broken('broken-quanteda.yml'))).toEqual([
      'broken/broken-quanteda.yml:2:26: "*ism": "*" is allowed only at the end of a word [LEXICON_INVALID_ENTRY]',
      'broken/broken-quanteda.yml:4:7: category labels-other: expected a term (a string) [LEXICON_INVALID_ENTRY]',
      'broken/broken-quanteda.yml:5:1: category empty has no terms [LEXICON_INVALID_ENTRY]',
    ]);
  });
});

describe('loadLexiconFiles: files and folders', () => {
  it('loads every lexicon file of a folder, sorted by name', async () => {
    const { lexicons, problems } = await loadLexiconFiles([join(FIXTURES, 'good')]);
    expect(problems).toEqual([]);
    expect(lexicons.map((l) => l.id)).toEqual(['small-quanteda', 'small', 'json-labels', 'small-speech-verbs']);
  });

  it('reports a missing path and a duplicate lexicon id as problems, not exceptions', async () => {
    expect(await problemsOf(join(FIXTURES, 'nope.yaml'), good('small.json'), good('small.json'))).toEqual([
      'nope.yaml:1:1: no such file or folder [LEXICON_NOT_FOUND]',
      'good/small.json:1:1: lexicon id "json-labels" is already used by ' + `${FIXTURES}/good/small.json [LEXICON_DUPLICATE_ID]`,
    ]);
  });

  it('loads the bundled lexicons without problems, every term and speech-verb entry with a note', async () => {
    const { lexicons, problems } = await loadLexiconFiles([BUNDLED_LEXICON_DIR]);
    expect(problems.map(formatProblem)).toEqual([]);
    expect(lexicons.map((l) => `${l.id}:${l.use}`)).toEqual([
      'actors:actors', 'delegitimizing-labels:terms', 'hedges:terms', 'legitimizing-labels:terms', 'quote-words:quote-words', 'speech-verbs:speech-verbs', 'stopwords:stopwords',
    ]);
    // quote words and stop-words are plain word lists; their categories carry the meaning (actors: the actor's note)
    for (const lex of lexicons.filter((l) => l.use !== 'stopwords' && l.use !== 'quote-words')) for (const e of lex.entries) expect(e.note, `${lex.id}: ${e.term}`).not.toBe('');
    const verbs = lexicons.find((l) => l.use === 'speech-verbs')!;
    for (const e of verbs.entries) expect(['neutral', 'loaded']).toContain(e.connotation);
  });
});
