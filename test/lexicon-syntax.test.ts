// Lexicon syntax errors at the line and column of the fault (issue 7 row 11): an unclosed
// quote is placed where it opens, not at the end of the file; a .json lexicon must be JSON
// (a trailing comma is rejected at the comma).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonSyntaxFault } from '../pipeline/lexicon/json-syntax.js';
import { formatProblem, loadLexiconFile } from '../pipeline/load-lexicon.js';
import { tempCorpus } from './helpers/temp-corpus.js';

async function problemsOf(name: string, text: string): Promise<string[]> {
  const dir = tempCorpus();
  writeFileSync(join(dir, name), text);
  const { problems } = await loadLexiconFile(join(dir, name));
  return problems.map((p) => formatProblem({ ...p, file: name }));
}

const YAML_HEAD = 'lexicon: test-lex\nversion: 1.0.0\ncategories:\n  label: A label.\nentries:\n  - term: cult\n    category: label\n';

describe('lexicon syntax errors', () => {
  it('places an unclosed double or single quote on line 8 of 9 where it opens', async () => {
    expect(await problemsOf('a.yaml', `${YAML_HEAD}  - term: "thug\n    category: label\n`)).toEqual([
      'a.yaml:8:11: a quoted string opened here is never closed (MISSING_CHAR) [LEXICON_SYNTAX]',
    ]);
    expect(await problemsOf('b.yaml', `${YAML_HEAD}  - term: 'thug\n    category: label\n`)).toEqual([
      "b.yaml:8:11: a quoted string opened here is never closed (MISSING_CHAR) [LEXICON_SYNTAX]",
    ]);
  });

  it('rejects a JSON lexicon with a trailing comma, at the comma; and other JSON faults where they are', async () => {
    const json = '{\n  "lexicon": "json-lex",\n  "categories": {"label": "A label."},\n  "entries": [\n    {"term": "cult", "category": "label"},\n  ]\n}\n';
    expect(await problemsOf('t.json', json)).toEqual(['t.json:5:42: invalid JSON: a trailing comma before ] [LEXICON_SYNTAX]']);
    expect(await problemsOf('u.json', '{"lexicon": "x", "categories": {}, "entries": [], }')).toEqual(['u.json:1:49: invalid JSON: a trailing comma before } [LEXICON_SYNTAX]']);
    expect(await problemsOf('v.json', "{'lexicon': 'x'}")).toEqual([`v.json:1:2: invalid JSON: expected a "quoted" key, found ''' [LEXICON_SYNTAX]`]);
    expect(await problemsOf('w.json', '{"lexicon": "x"\n')).toEqual(["w.json:2:1: invalid JSON: expected '}' or a comma after a value, found the end of the file [LEXICON_SYNTAX]"]);
    expect(await problemsOf('ok.json', '{"lexicon": "x", "categories": {"l": "L"}, "entries": [{"term": "a", "category": "l"}]}')).toEqual([]);
  });

  it('accepts exactly what JSON.parse accepts (property)', () => {
    const agrees = (text: string) => {
      let parses = true;
      try {
        JSON.parse(text);
      } catch {
        parses = false;
      }
      expect(jsonSyntaxFault(text) === null).toBe(parses);
    };
    fc.assert(fc.property(fc.json(), agrees), { numRuns: 300, seed: 11 });
    const broken = fc.tuple(fc.json(), fc.nat(), fc.constantFrom(',', '}', ']', '"', ':', ' ', '\n', 'x', '\\', '1', '-', '.')).map(([text, at, char]) => {
      const k = at % (text.length + 1);
      return text.slice(0, k) + char + text.slice(k);
    });
    fc.assert(fc.property(broken, agrees), { numRuns: 1000, seed: 12 });
    agrees(`[${'1'.repeat(1000)}]`);
    expect(jsonSyntaxFault('['.repeat(200_000))).toMatchObject({ message: expect.stringMatching(/nested too deeply|expected a value/) });
  });
});
