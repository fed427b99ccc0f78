// Stage: tag-terms.
// Reads an AttributedDoc and the term lexicons; adds hits: loaded-term matches with voice,
// speaker, negation, sentence, offsets and KWIC context.
import type { AnalysisContext, AttributedDoc, TaggedDoc } from './types.js';

export function tagTerms(doc: AttributedDoc, _ctx: AnalysisContext): TaggedDoc {
  return { ...doc, hits: [] }; // TODO(issue 3): replaced by the real stage
}
