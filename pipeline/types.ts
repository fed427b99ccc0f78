// The document model. Each stage adds one typed layer to the document:
//   SourceDoc → TokenizedDoc → QuotedDoc → AttributedDoc → TaggedDoc → ActorDoc → LabeledDoc
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

/** A record that will not be analysed, with a reason a person understands and a code a
 *  script can count (the table in docs/input.md). */
export interface SetAsideRecord {
  readonly meta: RecordMeta;
  readonly status: 'rejected' | 'duplicate';
  readonly reason: string;
  readonly reasonCode: string;
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
  /** A word's lemma's id in this thread's lemma table (THREAD_LEMMAS, stats/lemma-counts.ts),
   *  so lemmas are counted without hashing strings (-1 for other kinds); an id means nothing
   *  in another thread. */
  readonly lemmaId: number;
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

/** A mention of an actor of the actors lexicon: one alias occurrence covering whole tokens. */
export interface ActorMention extends Span {
  /** The actor's id in the actors lexicon (`mko`). */
  readonly actor: string;
  /** The alias entry that matched, as written in the lexicon (`Mujahed* e Khalq`). */
  readonly alias: string;
  readonly text: string;
  readonly sentence: number;
  readonly tokens: IndexRange;
  /** As for term hits: inside quotation marks used for speech, or the outlet's own words. */
  readonly voice: Voice;
}

export interface ActorDoc extends TaggedDoc {
  readonly actorMentions: readonly ActorMention[];
}

/** A noun or adjective that attaches to an actor mention like a label but is in no lexicon. */
export interface LabelCandidate {
  readonly actor: string;
  /** The word's lemma, lower case (`militant`). */
  readonly word: string;
  readonly sentence: number;
  /** The words that attach it, as written (`the militant MKO`). */
  readonly example: string;
}

/** Hits carry their `target`; label candidates are found. */
export interface LabeledDoc extends ActorDoc {
  readonly labelCandidates: readonly LabelCandidate[];
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

export type LexiconUse = 'terms' | 'speech-verbs' | 'quote-words' | 'actors' | 'stopwords';

export interface Lexicon {
  readonly id: string;
  readonly version: string;
  readonly description: string;
  /** `terms` (tagged in text), `speech-verbs` (cues for the quotes stage) or `actors` (names
   *  of actors: one entry per alias, its category the actor's id). */
  readonly use: LexiconUse;
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
  /** Per sentence, in order: its start offset, a 53-bit hash of its normalised text (the
   *  tokens' matching forms joined by spaces) and its tokens (punctuation excluded). */
  readonly sentenceStarts: readonly number[];
  readonly sentenceHashes: readonly number[];
  readonly sentenceTokens: readonly number[];
  /** Lemmas of the document's word tokens with their counts, in order of first occurrence
   *  (counted where the document is analysed, for distinctive_terms.csv). */
  readonly lemmas: readonly (readonly [string, number])[];
  /** The same lemmas' ids in the lemma table of the thread that analysed the document (see
   *  Token.lemmaId), where it sums them; absent or meaningless anywhere else. */
  readonly lemmaIds?: Int32Array;
  /** Indices of sentences that repeat an earlier sentence of the same outlet (--dedup
   *  sentences; set by the report writer in doc_id order, empty otherwise). */
  readonly duplicateSentences: readonly number[];
  readonly actorMentions: readonly ActorMention[];
  readonly labelCandidates: readonly LabelCandidate[];
}

// ---- Per-document figures, as the statistics read them -------------------------------

/** A term hit reduced to what statistics need (no offsets, no context). Recoverable from a
 *  terms.csv row, so a merge of shard folders can rebuild it. */
export interface HitFigure {
  /** 0-based sentence index (terms.csv `sentence`). */
  readonly sentence: number;
  readonly term: string;
  readonly category: string;
  readonly lexicon: string;
  readonly voice: Voice;
  readonly scareQuoted: boolean;
  readonly negated: boolean;
  /** The matched form (matchForm of the hit's text), for term_variants.csv. */
  readonly form: string;
  readonly target: string;
  readonly speaker: string;
  readonly quoteKind: QuoteKind | '';
}

/** A quote reduced to what statistics need. Recoverable from a quotes.csv row. */
export interface QuoteFigure {
  /** 0-based index of the sentence where the quote starts (quotes.csv `sentence`). */
  readonly sentence: number;
  readonly kind: QuoteKind;
  readonly speaker: string;
  readonly speakerType: SpeakerType;
  /** Words inside the quote's parts (marks and punctuation excluded). */
  readonly words: number;
  readonly cueLemma: string;
  readonly cueConnotation: Connotation;
}

/** A document's mentions of one actor by one alias, counted by voice. Kept in figures.jsonl
 *  (no row report holds mentions). */
export interface ActorMentionFigure {
  readonly actor: string;
  readonly alias: string;
  readonly own: number;
  readonly quoted: number;
}

/** A document's label candidates of one actor and word (see LabelCandidate): how many, and
 *  the first example in the document. Kept in figures.jsonl. */
export interface LabelCandidateFigure {
  readonly actor: string;
  readonly word: string;
  readonly count: number;
  readonly example: string;
}

/** Everything a statistic may use of one processed document: no text, no tokens. Every
 *  summary report is a pure function of the set of DocFigures of a run (see stats/). */
export interface DocFigures {
  readonly docId: string;
  readonly outlet: string;
  readonly date: string;
  readonly tokens: number;
  readonly sentences: number;
  /** sha256 of outlet and normalised text (mark-duplicates.ts): finds duplicates across shards. */
  readonly dupKey: string;
  readonly hits: readonly HitFigure[];
  readonly quotes: readonly QuoteFigure[];
  /** Per sentence: hash of its normalised text and its tokens (DocResult); for --dedup
   *  sentences, and for a merge to redo it across shards (figures.jsonl). */
  readonly sentenceHashes: readonly number[];
  readonly sentenceTokens: readonly number[];
  /** Sentences repeating an earlier sentence of the outlet (in doc_id order); their hits,
   *  quotes and tokens are left out of every statistic. Empty unless --dedup sentences. */
  readonly duplicateSentences: readonly number[];
  readonly actors: readonly ActorMentionFigure[];
  readonly candidates: readonly LabelCandidateFigure[];
}

/** A record's outcome, as the row reports read them (in doc_id order). */
export type RecordOutcome =
  | { readonly kind: 'processed'; readonly doc: DocResult }
  | { readonly kind: 'set-aside'; readonly record: SetAsideRecord };

// ---- A run ------------------------------------------------------------------------------

/** What every stage may read besides the document: loaded lexicons and options. */
export interface AnalysisContext {
  readonly lexicons: readonly Lexicon[];
  /** Words of KWIC context on each side of a term hit. */
  readonly kwicWindow: number;
  /** Told how far (UTF-16 offset) tokenize has come in a long document, now and then, so a
   *  run can show progress inside a document of many megabytes. */
  readonly onText?: (offset: number) => void;
}

/** A whole run held in memory (the library's analyzeCorpus, tests, small corpora). Lists are
 *  in doc_id order (compareDocIds). Large runs stream instead (ReportWriter). */
export interface RunResult {
  readonly processed: readonly DocResult[];
  readonly setAside: readonly SetAsideRecord[];
  readonly lexicons: readonly Lexicon[];
}
