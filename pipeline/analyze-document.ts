// The stage order: the one place that knows it. Each stage adds one layer to the document,
// so the types check that no stage reads a layer before it exists:
//   SourceDoc → tokenize → findQuotes → attributeQuotes → tagTerms → findActors → attachLabels
//   → LabeledDoc
// Quotes come before terms because a term's voice (own or quoted) and speaker come from them;
// actors come after terms because a label's target is found from hits and mentions together.
import { attachLabels } from './attach-labels.js';
import { attributeQuotes } from './attribute-quotes.js';
import { findActors } from './find-actors.js';
import { findQuotes } from './find-quotes.js';
import { tagTerms } from './tag-terms.js';
import { tokenize } from './tokenize.js';
import type { AnalysisContext, DocResult, LabeledDoc, SourceDoc } from './types.js';

export function analyzeDocument(doc: SourceDoc, ctx: AnalysisContext): LabeledDoc {
  const tokenized = tokenize(doc);
  const quoted = findQuotes(tokenized, ctx);
  const attributed = attributeQuotes(quoted, ctx);
  const tagged = tagTerms(attributed, ctx);
  return attachLabels(findActors(tagged, ctx));
}

/** What the reports keep of an analysed document: no tokens, so a large run stays small. */
export function summarizeDocument(doc: LabeledDoc): DocResult {
  return {
    meta: doc.meta,
    text: doc.text,
    tokenCount: doc.tokens.filter((t) => t.kind !== 'punctuation').length,
    sentenceCount: doc.sentences.length,
    quotes: doc.quotes,
    hits: doc.hits,
    actorMentions: doc.actorMentions,
    labelCandidates: doc.labelCandidates,
  };
}
