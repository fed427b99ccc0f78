// quotes.csv: one row per quotation (direct, partial or indirect) with its speaker and cue.
import { sentenceAt } from '../figures-of.js';
import type { DocResult, Quote } from '../types.js';
import { defineRowReport } from './report-spec.js';

interface Row {
  readonly doc: DocResult;
  readonly quote: Quote;
}

export const quotesReport = defineRowReport<Row>({
  file: 'quotes.csv',
  rowMeaning: 'quotation (scare quotes and titles are not quotations and get no row)',
  rowsOf: function* (outcome) {
    if (outcome.kind !== 'processed') return;
    const doc = outcome.doc;
    for (const quote of doc.quotes) yield { doc, quote };
  },
  columns: [
    { name: 'doc_id', type: 'string', meaning: 'Document id (see documents.csv).', value: (r) => r.doc.meta.docId },
    { name: 'outlet', type: 'string', meaning: 'Outlet of the document.', value: (r) => r.doc.meta.outlet },
    { name: 'quote_id', type: 'string', meaning: 'q1, q2, … in text order within the document.', value: (r) => r.quote.quoteId },
    { name: 'kind', type: 'string', meaning: 'direct (a quoted statement), partial (a quoted fragment inside reported speech) or indirect (reported speech without marks).', value: (r) => r.quote.kind },
    { name: 'start', type: 'integer', meaning: '0-based UTF-16 offset where the quoted words begin (marks excluded).', value: (r) => r.quote.start },
    { name: 'end', type: 'integer', meaning: 'End offset, exclusive.', value: (r) => r.quote.end },
    { name: 'text', type: 'string', meaning: 'The quoted words of this segment.', value: (r) => r.quote.parts.map((p) => r.doc.text.slice(p.start, p.end)).join(' … ') },
    { name: 'speaker', type: 'string', meaning: 'Canonical speaker within the document (titles stripped, pronouns and descriptions resolved); empty when unresolved.', value: (r) => r.quote.speaker },
    { name: 'speaker_mention', type: 'string', meaning: 'The words the text uses for the speaker at this quote ("he", "the Iranian diplomat").', value: (r) => r.quote.speakerMention },
    { name: 'speaker_type', type: 'string', meaning: 'person, organization, nominal (a description), anonymous, or unresolved.', value: (r) => r.quote.speakerType },
    { name: 'cue', type: 'string', meaning: 'The speech verb introducing the quote, as written.', value: (r) => r.quote.cue },
    { name: 'cue_lemma', type: 'string', meaning: "The cue verb's lemma.", value: (r) => r.quote.cueLemma },
    { name: 'cue_connotation', type: 'string', meaning: 'neutral or loaded, from the speech-verb lexicon (empty when the verb is not in it).', value: (r) => r.quote.cueConnotation },
    { name: 'utterance_id', type: 'string', meaning: 'u1, u2, … in text order within the document: the segments of one utterance (“A,” she said, “B.”) are separate rows sharing it, so statements can be counted as well as segments.', value: (r) => r.quote.utteranceId },
    { name: 'rule', type: 'string', meaning: 'The rule that made the quote: marks-cue, marks-split, marks-subject, marks-dash, marks-floating, marks-clause, pull-quote, clause-after-cue, clause-after-partial, clause-before-cue, clause-around-cue or according-to (docs/quotes.md).', value: (r) => r.quote.rule },
    { name: 'sentence', type: 'integer', meaning: '0-based index of the sentence where the quote starts.', value: (r) => sentenceAt(r.doc.sentenceStarts, r.quote.start) },
    { name: 'duplicate_sentence', type: 'boolean', meaning: 'With --dedup sentences: the quote starts in a sentence that repeats an earlier sentence of the same outlet; such quotes are left out of every count and share. Always false without --dedup sentences.', value: (r) => r.doc.duplicateSentences.includes(sentenceAt(r.doc.sentenceStarts, r.quote.start)) },
  ],
});
