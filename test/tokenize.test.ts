import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sentenceTokens, spanText } from '../pipeline/spans.js';
import { tokenize } from '../pipeline/tokenize.js';
import type { SourceDoc } from '../pipeline/types.js';

function source(text: string): SourceDoc {
  return { meta: { docId: 'd1', outlet: 'Test', date: '', title: '', url: '', author: '', origin: 'inline' }, text };
}

describe('tokenize', () => {
  it('gives tokens whose offsets slice to their value', () => {
    const doc = tokenize(source('The regime’s “cult” isn’t a cult.\r\nRingleaders met in Tirana.'));
    for (const t of doc.tokens) expect(spanText(doc.text, t)).toBe(t.value);
    expect(doc.tokens.map((t) => t.value)).toContain('Ringleaders');
  });

  it('splits paragraphs on newlines before sentences, so no sentence crosses a line', () => {
    const doc = tokenize(source('Gisoo Misha Ahmadi\nAn Iranian court held a hearing. The trial began.\n\n  \nBy Ivan Kesic'));
    expect(doc.paragraphs.map((p) => spanText(doc.text, p))).toEqual([
      'Gisoo Misha Ahmadi',
      'An Iranian court held a hearing. The trial began.',
      'By Ivan Kesic',
    ]);
    expect(doc.sentences.map((s) => spanText(doc.text, s))).toEqual([
      'Gisoo Misha Ahmadi',
      'An Iranian court held a hearing.',
      'The trial began.',
      'By Ivan Kesic',
    ]);
    expect(sentenceTokens(doc, 2).map((t) => t.value)).toEqual(['The', 'trial', 'began', '.']);
  });

  it('gives lemmas, folded forms and negation', () => {
    const doc = tokenize(source('The MKO ringleaders’ group is not a cult.'));
    const byValue = new Map(doc.tokens.map((t) => [t.value, t]));
    expect(byValue.get('ringleaders')?.lemma).toBe('ringleader');
    expect(byValue.get('cult')?.negated).toBe(true);
    expect(byValue.get('MKO')?.norm).toBe('mko');
  });

  it('keeps offsets exact for any text (property)', () => {
    const alphabet = fc.constantFrom(...'ab Z.,;“”‘’"\'\n\r\t—-é😀0'.split(''), 'cannot', "won't", 'U.S.', ' ');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 60 }), (parts) => {
        const doc = tokenize(source(parts.join('')));
        for (const t of doc.tokens) {
          if (spanText(doc.text, t) !== t.value) return false;
          if (doc.sentences[t.sentence]!.start > t.start || doc.sentences[t.sentence]!.end < t.end) return false;
        }
        for (let i = 1; i < doc.tokens.length; i++) if (doc.tokens[i]!.start < doc.tokens[i - 1]!.end) return false;
        return true;
      }),
      { numRuns: 300 },
    );
  });

  it('gives each token the lemma of its own tag, and a contraction part the lemma of its contraction', () => {
    const lemmas = (text: string): string[] => tokenize(source(text)).tokens.map((t) => t.lemma);
    expect(lemmas('I saw the saw.')).toEqual(['i', 'see', 'the', 'saw', '.']);
    expect(lemmas("They can't go. The can is red.")).toEqual(['they', 'can', 'not', 'go', '.', 'the', 'can', 'be', 'red', '.']);
  });

  it('keeps offsets exact around invisible characters, and reads a text the same the second time (property)', () => {
    const part = fc.constantFrom(
      ...'ab Z.,;“”‘’"\'\n\r—-'.split(''),
      '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD',
      'ter\u200Brorist', 'cu\u00ADlt', 'saw', 'saws', "can't", 'not', 'Leads', 'leading',
    );
    fc.assert(
      fc.property(fc.array(part, { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        const doc = tokenize(source(text));
        for (let i = 0; i < doc.tokens.length; i++) {
          const t = doc.tokens[i]!;
          if (text.slice(t.start, t.end) !== t.value || t.start >= t.end) return false;
          if (i > 0 && t.start < doc.tokens[i - 1]!.end) return false;
        }
        expect(tokenize(source(text))).toEqual(doc);
        return true;
      }),
      { numRuns: 300 },
    );
  });
});
