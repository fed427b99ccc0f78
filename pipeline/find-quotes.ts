// Stage: find-quotes.
// Reads a TokenizedDoc; adds quoteRegions: every region between quotation marks, found per
// paragraph, with its role (speech or scare quote).
import type { QuotedDoc, TokenizedDoc } from './types.js';

export function findQuotes(doc: TokenizedDoc): QuotedDoc {
  return { ...doc, quoteRegions: [] }; // TODO(issue 4): replaced by the real stage
}
