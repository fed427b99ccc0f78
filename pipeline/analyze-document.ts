// The stage order: the one place that knows it. Each stage adds one layer to the document,
// so the types check that no stage reads a layer before it exists:
//   SourceDoc → tokenize → findQuotes → attributeQuotes → tagTerms → TaggedDoc
// Quotes come before terms because a term's voice (own or quoted) and speaker come from them.
import { attributeQuotes } from './attribute-quotes.js';
import { findQuotes } from './find-quotes.js';
import { tagTerms } from './tag-terms.js';
import { tokenize } from './tokenize.js';
import type { AnalysisContext, DocResult, SourceDoc, TaggedDoc } from './types.js';

export function analyzeDocument(doc: SourceDoc, ctx: AnalysisContext): TaggedDoc {
  const tokenized = tokenize(doc, ctx.onText);
  const quoted = findQuotes(tokenized, ctx);
  const attributed = attributeQuotes(quoted, ctx);
  return tagTerms(attributed, ctx);
}

/** What the reports keep of an analysed document: no tokens, so a large run stays small. */
export function summarizeDocument(doc: TaggedDoc): DocResult {
  return {
    meta: doc.meta,
    text: doc.text,
    tokenCount: doc.tokens.filter((t) => t.kind !== 'punctuation').length,
    sentenceCount: doc.sentences.length,
    quotes: doc.quotes,
    hits: doc.hits,
  };
}
