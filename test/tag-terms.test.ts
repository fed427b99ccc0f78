import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLexiconFiles } from '../pipeline/load-lexicon.js';
import { BUNDLED_LEXICON_DIR, PACKAGE_ROOT } from '../pipeline/package-root.js';
import { tagTerms } from '../pipeline/tag-terms.js';
import { tokenize } from '../pipeline/tokenize.js';
import type { Lexicon, LexiconEntry, Quote, QuoteRegion, TermHit } from '../pipeline/types.js';

function lexicon(id: string, entries: Partial<LexiconEntry>[], use: Lexicon['use'] = 'terms'): Lexicon {
  return {
    id, version: '1', description: '', use, file: `${id}.yaml`, sha256: '', categories: {},
    entries: entries.map((e) => ({ term: '', category: 'label', except: [], caseSensitive: false, note: '', source: '', connotation: '', ...e })),
  };
}

const TEST_LEXICONS = [
  lexicon('test-labels', [
    { term: 'cult', except: ['cult film', 'cult classic', 'cult following'] },
    { term: 'terror cult' },
    { term: 'terror*' },
    { term: 'terrorist' },
    { term: 'ringleader' },
    { term: 'regime' },
    { term: 'anti-Iran' },
    { term: 'so-called', category: 'distancing' },
    { term: 'troll factory' },
    { term: 'MEK', category: 'actor-name', caseSensitive: true },
  ]),
  lexicon('verbs', [{ term: 'say', connotation: 'neutral' }], 'speech-verbs'),
];

interface Marks {
  quoteRegions?: QuoteRegion[];
  quotes?: Quote[];
}

function tag(text: string, marks: Marks = {}, lexicons: readonly Lexicon[] = TEST_LEXICONS, kwicWindow = 3): readonly TermHit[] {
  const doc = tokenize({ meta: { docId: 'd1', outlet: 'Test', date: '', title: '', url: '', author: '', origin: 'inline' }, text });
  return tagTerms({ ...doc, quoteRegions: marks.quoteRegions ?? [], quotes: marks.quotes ?? [] }, { lexicons, kwicWindow }).hits;
}

/** Hits as readable strings: `text=term` plus the flags that are set. */
function show(hits: readonly TermHit[]): string[] {
  return hits.map((h) =>
    [`${h.text}=${h.term}`, h.voice === 'quoted' ? `quoted(${h.speaker})` : '', h.scareQuoted ? 'scare' : '', h.negated ? 'negated' : ''].filter(Boolean).join(' '),
  );
}

/** A quotation region around `inner` in `text`, with the marks just outside it. */
function regionAround(text: string, inner: string, role: QuoteRegion['role']): QuoteRegion {
  const start = text.indexOf(inner);
  return { start, end: start + inner.length, open: { start: start - 1, end: start }, close: { start: start + inner.length, end: start + inner.length + 1 }, role };
}

describe('tagTerms: matching rules', () => {
  it('matches a one-word entry through its inflections (lemma) and as written', () => {
    expect(show(tag('Two ringleaders and one ringleader fled.'))).toEqual(['ringleaders=ringleader', 'ringleader=ringleader']);
  });

  it('matches PROPN-tagged plurals at a sentence start, which wink leaves unlemmatised', () => {
    expect(show(tag('Terrorists attacked. Ringleaders fled.'))).toEqual(['Terrorists=terrorist', 'Ringleaders=ringleader']);
  });

  it('cancels a hit that an except phrase overlaps (cult film, cult classic)', () => {
    expect(show(tag('A cult film, a cult classic with a cult following, and a real cult.'))).toEqual(['cult=cult']);
    expect(show(tag('Two cult films.'))).toEqual([]);
  });

  it('gives a multi-word entry one hit, and the longest match wins with no token counted twice', () => {
    expect(show(tag('The terror cult met.'))).toEqual(['terror cult=terror cult']);
    expect(show(tag('A troll factory and two troll factories.'))).toEqual(['troll factory=troll factory', 'troll factories=troll factory']);
  });

  it('prefers an exact entry over a wildcard on the same words, and reports the wildcard elsewhere', () => {
    expect(show(tag('A terrorist, terrorism and terror.'))).toEqual(['terrorist=terrorist', 'terrorism=terror*', 'terror=terror*']);
  });

  it('names the entry equal to the word as written when a lemma entry matches the same word', () => {
    const lex = [lexicon('exile', [{ term: 'exile' }, { term: 'exiled' }])];
    expect(show(tag('Exiles and exiled members.', {}, lex))).toEqual(['Exiles=exile', 'exiled=exiled']);
  });

  it('honours case: sensitive', () => {
    expect(show(tag('The MEK is not the mek.'))).toEqual(['MEK=MEK']);
  });

  it('matches curly and straight apostrophes and hyphen variants alike', () => {
    expect(show(tag('The regime’s plan and the regime\'s plan.'))).toEqual(['regime=regime', 'regime=regime']);
    expect(show(tag('anti-Iran, anti Iran, anti–Iran, anti - Iran.'))).toEqual(['anti-Iran=anti-Iran', 'anti Iran=anti-Iran', 'anti–Iran=anti-Iran', 'anti - Iran=anti-Iran']);
    expect(show(tag('the so-called plan, the so called plan'))).toEqual(['so-called=so-called', 'so called=so-called']);
  });

  it('matches a word inside a hyphenated compound, giving the offsets of that part', () => {
    const hits = tag('It was terror-linked.');
    expect(show(hits)).toEqual(['terror=terror*']);
    expect(hits[0]!.start).toBe('It was '.length);
  });

  it('does not match a phrase split across paragraphs', () => {
    expect(show(tag('They run a terror\ncult of their own.'))).toEqual(['terror=terror*', 'cult=cult']);
    expect(show(tag('A troll\nfactory.'))).toEqual([]);
  });
});

/** A quote by `speaker` over `inner` (its first occurrence in `text`), cue "said". */
function quoteOver(text: string, inner: string, kind: Quote['kind'], speaker: string): Quote {
  const start = text.indexOf(inner);
  const span = { start, end: start + inner.length };
  return { ...span, quoteId: 'q1', kind, parts: [span], speaker, speakerMention: speaker, speakerType: 'nominal', cue: 'said', cueLemma: 'say', cueConnotation: 'neutral', utteranceId: 'u1', rule: 'marks-cue' };
}

describe('tagTerms: what each hit records', () => {
  it('marks a negated term ("is not a cult", "isn’t a cult")', () => {
    expect(show(tag('The group is not a cult.'))).toEqual(['cult=cult negated']);
    expect(show(tag('It isn’t a cult.'))).toEqual(['cult=cult negated']);
  });

  it('gives voice quoted with the speaker inside a quote, own outside', () => {
    const text = '“They are a cult,” said the minister. The cult denied it.';
    const inner = 'They are a cult,';
    const quote = quoteOver(text, inner, 'direct', 'the minister');
    expect(show(tag(text, { quotes: [quote], quoteRegions: [regionAround(text, inner, 'speech')] }))).toEqual(['cult=cult quoted(the minister)', 'cult=cult']);
  });

  it('keeps reported speech without marks (an indirect quote) in own voice, naming its speaker', () => {
    const text = 'The minister said the cult must leave.';
    const [hit] = tag(text, { quotes: [quoteOver(text, 'the cult must leave', 'indirect', 'the minister')] });
    expect([hit?.text, hit?.voice, hit?.speaker, hit?.quoteKind]).toEqual(['cult', 'own', 'the minister', 'indirect']);
  });

  it('treats text between speech quotation marks as quoted even before a quote is attributed', () => {
    const text = 'He called it “a terror cult that lies.”';
    expect(show(tag(text, { quoteRegions: [regionAround(text, 'a terror cult that lies.', 'speech')] }))).toEqual(['terror cult=terror cult quoted()']);
  });

  it('keeps a scare-quoted label in the outlet’s own voice, marked scare', () => {
    const text = 'The so-called “regime” answered.';
    expect(show(tag(text, { quoteRegions: [regionAround(text, 'regime', 'scare')] }))).toEqual(['so-called=so-called', 'regime=regime scare']);
  });

  it('gives sentence, offsets that slice to the hit, and KWIC words within the paragraph', () => {
    const text = 'First line here.\nIn Tirana, the MKO ringleaders met again today. Then they left.';
    const [hit] = tag(text);
    expect(hit).toMatchObject({ sentence: 1, text: 'ringleaders', left: 'Tirana, the MKO', right: 'met again today', voice: 'own', lexicon: 'test-labels', category: 'label' });
    expect(text.slice(hit!.start, hit!.end)).toBe('ringleaders');
    expect(tag('The cult.', {}, TEST_LEXICONS, 8)[0]).toMatchObject({ left: 'The', right: '.' });
  });

  it('does not tag speech-verb lexicons', () => {
    expect(tag('She said so.')).toEqual([]);
  });
});

describe('tagTerms: invariants on random text', () => {
  const word = fc.constantFrom('cult', 'Cults', 'terror', 'terrorists', 'Terrorists', 'film', 'anti', 'Iran', 'anti-Iran', 'regime’s', 'troll', 'factory', 'MEK', 'mek', 'not', 'the', 'so-called', '–', '"', '“', '”', '.', ',', '\n', 'ringleaders');
  it('gives hits that slice to their text, stay in one paragraph, and never share a word within a category', () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 40 }), (words) => {
        const text = words.join(' ');
        const hits = tag(text);
        for (const h of hits) {
          expect(text.slice(h.start, h.end)).toBe(h.text);
          expect(h.text).not.toContain('\n');
        }
        for (const a of hits) for (const b of hits) {
          if (a !== b && a.category === b.category) expect(a.end <= b.start || b.end <= a.start).toBe(true);
        }
      }),
      { numRuns: 200, seed: 42 },
    );
  });
});

describe('tagTerms on the seed corpus with the bundled lexicons', () => {
  const seedFile = `${PACKAGE_ROOT}/corpus/seed-outlet/000_b90d90e24e1c5f4f.txt`;
  let text = '';
  let hits: readonly TermHit[] = [];
  beforeAll(async () => {
    const { lexicons, problems } = await loadLexiconFiles([BUNDLED_LEXICON_DIR]);
    expect(problems).toEqual([]);
    text = readFileSync(seedFile, 'utf8');
    hits = tag(text, {}, lexicons, 8);
  });

  const covered = (re: RegExp): { total: number; uncovered: string[] } => {
    const found = [...text.matchAll(re)];
    const uncovered = found
      .filter((m) => !hits.some((h) => h.start <= m.index && m.index + m[0].length <= h.end))
      .map((m) => text.slice(Math.max(0, m.index - 30), m.index + 30));
    return { total: found.length, uncovered };
  };

  it('covers every "ringleader"/"ringleaders" (8) with a hit', () => {
    expect(covered(/\bringleaders?\b/gi)).toEqual({ total: 8, uncovered: [] });
  });

  it('covers every "cult" (30, including "cult’s") with a hit', () => {
    expect(covered(/\bcult\b/gi)).toEqual({ total: 30, uncovered: [] });
  });
});
