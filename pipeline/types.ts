// The document model. Each stage adds one typed layer to the document:
//   SourceDoc → TokenizedDoc → QuotedDoc → AttributedDoc → TaggedDoc
// so the compiler checks the stage order (see analyze-document.ts).
// Every span is a pair of 0-based UTF-16 offsets into the record's text as read, end
// exclusive: `text.slice(span.start, span.end)` is the span. Read spans through the
// accessors in spans.ts rather than poking at arrays.

export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A half-open range of indices into one of the document's arrays (tokens, sentences). */
export interface IndexRange {
  readonly from: number;
  readonly to: number;
}

/** Metadata of an input record, as read. Missing fields are empty strings. */
export interface RecordMeta {
  readonly docId: string;
  readonly outlet: string;
  readonly date: string;
  readonly title: string;
  readonly url: string;
  readonly author: string;
  /** Where the record came from, for people: `corpus/a.csv:12` (row/line are 1-based). */
  readonly origin: string;
}

export type RecordStatus = 'processed' | 'rejected' | 'duplicate';

/** A record that will not be analysed, with a reason a person understands. */
export interface SetAsideRecord {
  readonly meta: RecordMeta;
  readonly status: 'rejected' | 'duplicate';
  readonly reason: string;
}

/** What a reader yields for each input record: text to analyse, or a record set aside. */
export type ReadResult =
  | { readonly kind: 'doc'; readonly doc: SourceDoc }
  | { readonly kind: 'set-aside'; readonly record: SetAsideRecord };

export interface SourceDoc {
  readonly meta: RecordMeta;
  readonly text: string;
}

export type TokenKind = 'word' | 'number' | 'punctuation' | 'symbol' | 'other';

export interface Token extends Span {
  /** The token exactly as in the text. */
  readonly value: string;
  /** Matching form: NFC, lower case, curly apostrophes/quotes and hyphen variants folded. */
  readonly norm: string;
  /** wink's lemma, normalised like `norm` (wink gives PROPN words their surface form). */
  readonly lemma: string;
  /** Universal POS tag from wink (NOUN, PROPN, VERB, PUNCT, …). */
  readonly pos: string;
  /** wink's negation flag: the token is in the scope of a negation. */
  readonly negated: boolean;
  readonly kind: TokenKind;
  readonly sentence: number;
  readonly paragraph: number;
}

export interface Sentence extends Span {
  readonly index: number;
  readonly paragraph: number;
  readonly tokens: IndexRange;
}

/** A line of the text (split on newlines), holding at least one token. */
export interface Paragraph extends Span {
  readonly index: number;
  readonly tokens: IndexRange;
  readonly sentences: IndexRange;
}

export interface TokenizedDoc extends SourceDoc {
  readonly paragraphs: readonly Paragraph[];
  readonly sentences: readonly Sentence[];
  readonly tokens: readonly Token[];
}

/** A region between quotation marks. `span` is the content without the marks. */
export interface QuoteRegion extends Span {
  /** The opening and closing marks; a region may run over several paragraphs. */
  readonly open: Span;
  readonly close: Span | null;
  /** Speech (a quoted statement or fragment) or not (scare quote, title, nickname, label). */
  readonly role: 'speech' | 'scare';
}

export interface QuotedDoc extends TokenizedDoc {
  readonly quoteRegions: readonly QuoteRegion[];
}

export type QuoteKind = 'direct' | 'partial' | 'indirect';
/** The rule that made a quote (quotes.csv `rule`; docs/quotes.md describes each). */
export type QuoteRule =
  | 'marks-cue' | 'marks-split' | 'marks-subject' | 'marks-dash' | 'marks-floating' | 'marks-clause' | 'pull-quote'
  | 'clause-after-cue' | 'clause-after-partial' | 'clause-before-cue' | 'clause-around-cue' | 'according-to' | 'speech-event';
export type SpeakerType = 'person' | 'organization' | 'nominal' | 'anonymous' | 'unresolved';
export type Connotation = 'neutral' | 'loaded' | '';

export interface Quote extends Span {
  /** `q1`, `q2`, … in text order within the document. */
  readonly quoteId: string;
  readonly kind: QuoteKind;
  /** The spans that make up the quote (a split quote has two). `start`/`end` cover them all. */
  readonly parts: readonly Span[];
  /** Canonical speaker within the document ("Kazem Gharibabadi"); empty when unresolved. */
  readonly speaker: string;
  /** The words the text uses at the attribution ("he", "the Iranian diplomat"). */
  readonly speakerMention: string;
  readonly speakerType: SpeakerType;
  /** The cue verb as written, its lemma and its connotation from the speech-verb lexicon. */
  readonly cue: string;
  readonly cueLemma: string;
  readonly cueConnotation: Connotation;
  /** The segments of one utterance (`“A,” she said, “B.”`) share it: u1, u2, … in text order. */
  readonly utteranceId: string;
  /** The rule that made the quote. */
  readonly rule: QuoteRule;
}

export interface AttributedDoc extends QuotedDoc {
  readonly quotes: readonly Quote[];
}

export type Voice = 'own' | 'quoted';

export interface TermHit extends Span {
  readonly sentence: number;
  readonly tokens: IndexRange;
  readonly text: string;
  readonly term: string;
  readonly category: string;
  readonly lexicon: string;
  readonly voice: Voice;
  /** Speaker of the quotation the hit stands in, direct, partial or indirect ('' outside any). */
  readonly speaker: string;
  /** Kind of the quotation the hit stands in ('' outside any). */
  readonly quoteKind: QuoteKind | '';
  /** Inside quotation marks that are not speech (a scare quote or quoted label). */
  readonly scareQuoted: boolean;
  readonly negated: boolean;
  /** The actor the label is applied to, where known ('' until actors are resolved). */
  readonly target: string;
  readonly left: string;
  readonly right: string;
}

export interface TaggedDoc extends AttributedDoc {
  readonly hits: readonly TermHit[];
}

// ---- Lexicons -------------------------------------------------------------------------

export interface LexiconEntry {
  readonly term: string;
  readonly category: string;
  readonly except: readonly string[];
  readonly caseSensitive: boolean;
  readonly note: string;
  readonly source: string;
  /** Speech-verb lexicons: the verb's connotation. */
  readonly connotation: Connotation;
}

export interface Lexicon {
  readonly id: string;
  readonly version: string;
  readonly description: string;
  /** `terms` (tagged in text) or `speech-verbs` (cues for the quotes stage). */
  readonly use: 'terms' | 'speech-verbs' | 'quote-words';
  readonly file: string;
  /** sha256 of the file's bytes, for the manifest. */
  readonly sha256: string;
  readonly categories: Readonly<Record<string, string>>;
  readonly entries: readonly LexiconEntry[];
}

/** A problem found in an input file: `file:line:col: message [CODE]`. A value, not an exception. */
export interface Problem {
  readonly file: string;
  readonly line: number;
  readonly col: number;
  readonly message: string;
  readonly code: string;
}

// ---- Per-document results, as the reports read them ------------------------------------

/** What a processed document leaves for the reports, without its tokens. */
export interface DocResult {
  readonly meta: RecordMeta;
  readonly text: string;
  readonly tokenCount: number;
  readonly sentenceCount: number;
  readonly quotes: readonly Quote[];
  readonly hits: readonly TermHit[];
}

// ---- A run ------------------------------------------------------------------------------

/** What every stage may read besides the document: loaded lexicons and options. */
export interface AnalysisContext {
  readonly lexicons: readonly Lexicon[];
  /** Words of KWIC context on each side of a term hit. */
  readonly kwicWindow: number;
}

/** Everything the reports are built from. Lists are in doc_id order (compareDocIds). */
export interface RunResult {
  readonly processed: readonly DocResult[];
  readonly setAside: readonly SetAsideRecord[];
  readonly lexicons: readonly Lexicon[];
}
