// One document to its outcome, wherever it runs (this thread or a worker): the stages
// (analyze-document.ts), then the summary the reports keep. A document whose analysis throws
// is rejected (`internal error: …`, reason code internal_error) and the run goes on.
import { analyzeDocument, summarizeDocument } from '../analyze-document.js';
import type { AnalysisContext, RecordMeta, RecordOutcome, SourceDoc } from '../types.js';

export function analyzeOne(doc: SourceDoc, ctx: AnalysisContext): RecordOutcome {
  try {
    return { kind: 'processed', doc: summarizeDocument(analyzeDocument(doc, ctx)) };
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return rejectedOutcome(doc.meta, `internal error: ${why}`, 'internal_error');
  }
}

export function rejectedOutcome(meta: RecordMeta, reason: string, reasonCode: string): RecordOutcome {
  return { kind: 'set-aside', record: { meta, status: 'rejected', reason, reasonCode } };
}
