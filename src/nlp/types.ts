/** A token with its character span in the document text. */
export interface Token {
  readonly index: number; // position in the document's token array
  readonly text: string;
  readonly lower: string;
  readonly lemma: string;
  readonly pos: string; // universal POS tag from wink-nlp (VERB, NOUN, PROPN, ADP, ...)
  readonly start: number;
  readonly end: number;
  readonly sentence: number;
  /** The word the tagger and parser read in its place, when not `text` ("secretary-general" is read as "secretary"). */
  readonly readAs?: string;
}

export interface Sentence {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Index range [first, last) into the document's tokens. */
  readonly tokenStart: number;
  readonly tokenEnd: number;
}

export interface AnalyzedText {
  readonly text: string;
  readonly sentences: readonly Sentence[];
  readonly tokens: readonly Token[];
}
