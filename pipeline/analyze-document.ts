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
import { Hash53 } from './stats/hash-string.js';
import { countLemmaIds } from './stats/lemma-counts.js';
import { tagTerms } from './tag-terms.js';
import { tokenize } from './tokenize.js';
import type { AnalysisContext, DocResult, LabeledDoc, SourceDoc } from './types.js';

export function analyzeDocument(doc: SourceDoc, ctx: AnalysisContext): LabeledDoc {
  const tokenized = tokenize(doc, ctx.onText);
  const quoted = findQuotes(tokenized, ctx);
  const attributed = attributeQuotes(quoted, ctx);
  const tagged = tagTerms(attributed, ctx);
  return attachLabels(findActors(tagged, ctx));
}

/** What the reports keep of an analysed document: no tokens, so a large run stays small —
 *  only per-sentence figures (start, hash of the normalised text, tokens) and the lemmas of
 *  its words, which the statistics need. */
export function summarizeDocument(doc: LabeledDoc): DocResult {
  const sentenceTokens = doc.sentences.map(() => 0);
  const wordLemmas: number[] = [];
  let tokenCount = 0;
  for (const t of doc.tokens) {
    if (t.kind === 'punctuation') continue;
    tokenCount++;
    if (t.sentence < sentenceTokens.length) sentenceTokens[t.sentence]!++;
    if (t.kind === 'word') wordLemmas.push(t.lemmaId);
  }
  const { lemmas, lemmaIds } = countLemmaIds(wordLemmas);
  return {
    meta: doc.meta,
    text: doc.text,
    tokenCount,
    sentenceCount: doc.sentences.length,
    quotes: doc.quotes,
    hits: doc.hits,
    sentenceStarts: doc.sentences.map((s) => s.start),
    sentenceHashes: doc.sentences.map((s) => sentenceHash(doc, s.tokens.from, s.tokens.to)),
    sentenceTokens,
    lemmas,
    lemmaIds,
    duplicateSentences: [],
    actorMentions: doc.actorMentions,
    labelCandidates: doc.labelCandidates,
  };
}

/** The hash of a sentence as --dedup sentences compares it: its tokens' matching forms (lower
 *  case, quote, apostrophe and hyphen variants folded) joined by one space, so spacing and case
 *  differences do not make two sentences different. Hashed form by form, never joined. */
function sentenceHash(doc: LabeledDoc, from: number, to: number): number {
  const hash = new Hash53();
  for (let i = from; i < to; i++) {
    if (i > from) hash.add(' ');
    hash.add(doc.tokens[i]!.norm);
  }
  return hash.value();
}
