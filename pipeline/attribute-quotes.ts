// Stage: attribute-quotes.
// Reads a QuotedDoc and the speech-verb lexicons; adds quotes (direct, partial, indirect)
// with their canonical speaker, mention, speaker type and cue verb.
import type { AnalysisContext, AttributedDoc, QuotedDoc } from './types.js';

export function attributeQuotes(doc: QuotedDoc, _ctx: AnalysisContext): AttributedDoc {
  return { ...doc, quotes: [] }; // TODO(issue 4): replaced by the real stage
}
