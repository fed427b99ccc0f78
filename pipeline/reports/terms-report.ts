// terms.csv: one row per loaded-term hit, with its voice and KWIC context.
import type { DocResult, TermHit } from '../types.js';
import { defineRowReport } from './report-spec.js';

interface Row {
  readonly doc: DocResult;
  readonly hit: TermHit;
}

export const termsReport = defineRowReport<Row>({
  file: 'terms.csv',
  rowMeaning: 'loaded-term hit',
  rowsOf: function* (outcome) {
    if (outcome.kind !== 'processed') return;
    const doc = outcome.doc;
    for (const hit of doc.hits) yield { doc, hit };
  },
  columns: [
    { name: 'doc_id', type: 'string', meaning: 'Document id (see documents.csv).', value: (r) => r.doc.meta.docId },
    { name: 'outlet', type: 'string', meaning: 'Outlet of the document.', value: (r) => r.doc.meta.outlet },
    { name: 'sentence', type: 'integer', meaning: '0-based index of the sentence in the document.', value: (r) => r.hit.sentence },
    { name: 'start', type: 'integer', meaning: '0-based UTF-16 offset of the hit in the text as read.', value: (r) => r.hit.start },
    { name: 'end', type: 'integer', meaning: 'End offset, exclusive: text.slice(start, end) is the hit.', value: (r) => r.hit.end },
    { name: 'text', type: 'string', meaning: 'The hit as written.', value: (r) => r.hit.text },
    { name: 'term', type: 'string', meaning: 'The lexicon entry that matched.', value: (r) => r.hit.term },
    { name: 'category', type: 'string', meaning: "The entry's category.", value: (r) => r.hit.category },
    { name: 'lexicon', type: 'string', meaning: 'Id of the lexicon holding the entry.', value: (r) => r.hit.lexicon },
    { name: 'voice', type: 'string', meaning: "quoted: inside quotation marks used for speech (a direct or partial quote); own: everything else — the outlet's narration, scare-quoted words, and reported speech without marks (indirect quotes are the outlet's paraphrase; see quote_kind).", value: (r) => r.hit.voice },
    { name: 'speaker', type: 'string', meaning: 'Speaker of the quotation (direct, partial or indirect) holding the hit; empty outside any quotation or when unresolved.', value: (r) => r.hit.speaker },
    { name: 'quote_kind', type: 'string', meaning: 'Kind of the quotation holding the hit: direct, partial, indirect; empty outside any quotation.', value: (r) => r.hit.quoteKind },
    { name: 'scare_quoted', type: 'boolean', meaning: 'The hit stands inside quotation marks that are not speech (scare quote, quoted label).', value: (r) => r.hit.scareQuoted },
    { name: 'negated', type: 'boolean', meaning: 'The hit is in the scope of a negation (wink-nlp negation flag), e.g. "is not a cult".', value: (r) => r.hit.negated },
    { name: 'target', type: 'string', meaning: 'Actor id (actors lexicon) the label is applied to: an alias of the actor stands in the same noun phrase, an apposition, or a copular or "as" predicate with the hit, in the same sentence (docs/actors.md); empty otherwise.', value: (r) => r.hit.target },
    { name: 'duplicate_sentence', type: 'boolean', meaning: 'With --dedup sentences: the hit stands in a sentence that repeats an earlier sentence of the same outlet (first occurrence in doc_id order kept); such hits are left out of every count and rate. Always false without --dedup sentences.', value: (r) => r.doc.duplicateSentences.includes(r.hit.sentence) },
    { name: 'left', type: 'string', meaning: 'Words before the hit within its paragraph (KWIC context).', value: (r) => r.hit.left },
    { name: 'right', type: 'string', meaning: 'Words after the hit within its paragraph (KWIC context).', value: (r) => r.hit.right },
  ],
});
