// Every quotation in the seed file (corpus/seed-outlet, one document as `analyze` reads it) with
// its speaker; and the scare quotes, which must give no quote.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED_CORPUS_DIR } from '../pipeline/package-root.js';
import { quotesOf, type QuoteView } from './helpers/quotes.js';

const SEED = readFileSync(join(BUNDLED_CORPUS_DIR, 'seed-outlet', '000_b90d90e24e1c5f4f.txt'), 'utf8');
let quotes: QuoteView[] = [];
beforeAll(async () => {
  quotes = await quotesOf(SEED);
});

const KG = 'Kazem Gharibabadi';
const MN = 'Majid Nili Ahmad-Abadi';

/** Start of the quoted words → speaker, type, kind: every direct and partial quote of the seed. */
const MARKED: readonly [string, string, string, string][] = [
  ['Given serious crimes and assassinations', 'Nasser Kan’ani', 'person', 'direct'], // “…” Iranian Foreign Ministry spokesman Nasser Kan’ani wrote
  ['The court will soon start its work', KG, 'person', 'direct'], // “…,” he said
  ['In parallel with the legal, judicial', KG, 'person', 'direct'], // “…,” Gharibabadi noted
  ['clear example of promoting and encouraging terrorism', 'Tehran', 'organization', 'partial'], // Tehran criticized …, describing it as a “…”
  ['The Islamic Republic does not tolerate support', MN, 'person', 'direct'], // “…,” the Iranian diplomat said
  ['All governance mechanisms of the civilized world', 'Foreign Ministry', 'organization', 'direct'], // after "The Foreign Ministry said …"
  ['Doubtless any move by anyone', MN, 'person', 'direct'], // after "The Iranian Foreign Ministry official underscored …"
  ['Support for terrorism will not guarantee', MN, 'person', 'direct'], // a quote-only paragraph
];

describe('seed file: quotations in marks', () => {
  it.each(MARKED)('“%s…” → %s (%s, %s)', (start, speaker, type, kind) => {
    const q = quotes.find((x) => x.text.startsWith(start));
    expect(q).toMatchObject({ speaker, type, kind });
  });

  it('attributes all three copies of Edi Rama’s partial quote to him, title stripped', () => {
    // one partial quote covering the reported clause that holds the quoted words
    const rama = quotes.filter((q) => q.text.startsWith('his country has no intention') && q.text.includes('does not accept anyone who has abused our hospitality'));
    expect(rama.map((q) => [q.speaker, q.kind])).toEqual([['Edi Rama', 'partial'], ['Edi Rama', 'partial'], ['Edi Rama', 'partial']]);
  });

  it('gives the scare quotes no quote', () => {
    for (const scare of ['terror and cyber attacks', 'terrorist organization', 'huge', 'Tehran,', 'liberal asylum seeker', 'Takfiri terrorist', 'all-Iranian', 'terror and cyberattacks']) {
      expect(quotes.filter((q) => q.text.replace(/[.,]$/, '') === scare.replace(/[.,]$/, ''))).toEqual([]);
    }
  });
});

describe('seed file: reported speech', () => {
  it.each([
    ['following mounting pressure from the Tirana government', 'informed security source', 'anonymous'],
    ['Iran wants to rid the world of terrorism', KG, 'person'], // Kazem Gharibabadi, secretary of …, emphasized
    ['a “huge” case has been brought against 107', KG, 'person'], // He explained that …
    ['A special branch has also been formed', KG, 'person'], // …, he said.
    ['the Islamic Republic is determined to employ', KG, 'person'], // Gharibabadi reiterated that …
    ['Tehran will not be content', KG, 'person'], // The top Iranian rights official also vowed that …
    ['the Islamic Republic has brought a “huge” case', KG, 'person'], // Iran’s top human rights official says (named in the next paragraph)
    ['a series of measures have been taken', 'Mohammad Dehqan', 'person'],
    ['legal measures have been initiated', KG, 'person'], // deputy chief of Iran’s judiciary (international affairs) Kazem Gharibabadi stated
    ['Iran respects the national sovereignty', 'Foreign Ministry', 'organization'],
    ['the MKO group must leave Tirana', 'Edi Rama', 'person'], // The Albanian prime minister says (named on the next line)
    ['the MKO will always remain a threat', 'Nasser Kan’ani', 'person'], // with foreign ministry spokesman Nasser Kan’ani insisting that
    ['It was the latest move by Albania to restrict the terrorist and cyber activities the MKO devises at the Ashraf-3 camp in', 'Tasnim news agency', 'organization'],
    ['the intelligence ministry has repeatedly warned', 'Iran’s intelligence ministry', 'organization'], // The statement also noted
  ])('%s… → %s', (start, speaker, type) => {
    const q = quotes.find((x) => x.text.startsWith(start));
    expect(q).toMatchObject({ speaker, type, kind: 'indirect' });
  });
});
