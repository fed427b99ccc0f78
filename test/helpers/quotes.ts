// Runs tokenize → findQuotes → attributeQuotes on a text with the bundled speech-verb lexicon,
// and gives the quotes in a form tests can compare: the quoted words, speaker, type, kind, cue.
import { join } from 'node:path';
import { attributeQuotes } from '../../pipeline/attribute-quotes.js';
import { findQuotes } from '../../pipeline/find-quotes.js';
import { loadLexiconFiles } from '../../pipeline/load-lexicon.js';
import { BUNDLED_LEXICON_DIR } from '../../pipeline/package-root.js';
import { tokenize } from '../../pipeline/tokenize.js';
import type { AnalysisContext, AttributedDoc, QuotedDoc } from '../../pipeline/types.js';

let ctx: AnalysisContext | null = null;

export async function speechContext(): Promise<AnalysisContext> {
  if (ctx) return ctx;
  const { lexicons, problems } = await loadLexiconFiles([join(BUNDLED_LEXICON_DIR, 'speech-verbs.yaml')]);
  if (problems.length > 0 || lexicons.length === 0) throw new Error(`speech verbs did not load: ${JSON.stringify(problems)}`);
  ctx = { lexicons, kwicWindow: 5 };
  return ctx;
}

function source(text: string) {
  return { meta: { docId: 'd1', outlet: 'Test', date: '', title: '', url: '', author: '', origin: 'inline' }, text };
}

export async function quoted(text: string): Promise<QuotedDoc> {
  return findQuotes(tokenize(source(text)), await speechContext());
}

export async function attributed(text: string): Promise<AttributedDoc> {
  const c = await speechContext();
  return attributeQuotes(findQuotes(tokenize(source(text)), c), c);
}

export interface QuoteView {
  readonly text: string;
  readonly speaker: string;
  readonly type: string;
  readonly kind: string;
  readonly cue: string;
}

/** Quotes as [words (parts joined by " … "), speaker, type, kind, cue lemma]. */
export async function quotesOf(text: string): Promise<QuoteView[]> {
  const doc = await attributed(text);
  return doc.quotes.map((q) => ({
    text: q.parts.map((p) => text.slice(p.start, p.end)).join(' … '),
    speaker: q.speaker,
    type: q.speakerType,
    kind: q.kind,
    cue: q.cueLemma,
  }));
}

/** The words of each region with its role. */
export async function regionsOf(text: string): Promise<[string, string][]> {
  const doc = await quoted(text);
  return doc.quoteRegions.map((r) => [text.slice(r.start, r.end), r.role]);
}
