// Stage: find-quotes.
// Reads a TokenizedDoc and the speech-verb lexicons; adds quoteRegions: every region between
// quotation marks (“…” ‘…’ "…" ''…'' ``…'' «…» „…“), paired per paragraph over the raw text
// (wink splits a multi-sentence quote into sentences), with its role: speech, or scare for
// scare quotes, titles, nicknames and quoted labels. A quote that runs over several
// paragraphs reopens its mark at each; an unbalanced mark is bounded by its paragraph.
import { regionContext, regionMembership } from './quotes/quote-context.js';
import { pairQuoteMarks } from './quotes/quote-marks.js';
import { classifyQuoteRole } from './quotes/quote-role.js';
import { speechVerbIndex } from './quotes/speech-verbs.js';
import { useQuoteWords } from './quotes/name-words.js';
import type { AnalysisContext, QuotedDoc, QuoteRegion, TokenizedDoc } from './types.js';

export function findQuotes(doc: TokenizedDoc, ctx: AnalysisContext): QuotedDoc {
  useQuoteWords(ctx);
  const marked = pairQuoteMarks(doc.text, doc.paragraphs);
  const owner = regionMembership(doc.tokens, marked);
  const verbs = speechVerbIndex(ctx);
  const quoteRegions: QuoteRegion[] = marked.map((region, k) => {
    const context = regionContext(doc, marked, owner, k);
    const multi = region.lastParagraph > region.firstParagraph;
    const { start, end } = trimSpace(doc.text, region.start, region.end);
    return { start, end, open: region.open, close: region.close, role: classifyQuoteRole(doc, context, verbs, multi) };
  });
  return { ...doc, quoteRegions };
}

/** Content without surrounding white space (`“ Hello ”` → `Hello`). */
function trimSpace(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return { start: s, end: e };
}
