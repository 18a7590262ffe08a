import type { Parser } from './parser.ts';
import type { ParserState } from './parser-state.ts';
import { SentenceContext } from './sentence-context.ts';
import type { Tagger } from './tagger.ts';
import { TokenTable } from './token-table.ts';

/** What the model file says about itself (source treebank, licence, hashes, scores). */
export interface ModelHeader {
  readonly treebank: string;
  readonly commit: string;
  readonly licence: string;
  readonly trainingDataSha256: string;
  readonly trainingCodeSha256: string;
  readonly trainedAt: string;
  /** The word-class table the model was trained with (its file's hash, source and licence), if any. */
  readonly wordClasses?: string;
  /** The tag lexicon the tagger was trained with (`WordLexicon`: its source and licence), if any. */
  readonly lexicon?: string;
  readonly options: Record<string, number>;
  readonly scores?: Record<string, number>;
}

export interface WordAnalysis {
  readonly tags: Uint8Array; // tag ids, read up to the sentence length
  readonly state: ParserState; // heads (root = n) and label ids
}

/** Tagger + parser over one sentence's words, reusing every buffer between calls. */
export class SyntaxModel {
  private readonly table: TokenTable;
  private readonly context = new SentenceContext();
  private tags = new Uint8Array(256);
  private readonly batchTables: TokenTable[] = [];
  private readonly batchTags: Uint8Array[] = [];

  constructor(readonly header: ModelHeader, readonly tagger: Tagger, readonly parser: Parser) {
    this.table = new TokenTable(tagger.clusters);
    this.context.markerTemplates = header.options.markerTemplates ?? 0;
  }

  analyzeWords(words: readonly string[]): WordAnalysis {
    if (this.tags.length < words.length) this.tags = new Uint8Array(words.length * 2);
    this.table.fill(words);
    this.tagger.tag(this.table, this.tags);
    this.context.fill(this.table, this.tags);
    return { tags: this.tags, state: this.parser.parse(this.context) };
  }

  /**
   * Like `analyzeWords` with some tokens' tags held (`forced`: a tag id per token, NO_TAG where free) and the
   * tagger's second-pass scores written to `scores` (tokens × tags) when given: the coder's second look at a
   * sentence whose tags it doubts. The plain analysis never takes this path.
   */
  analyzeHeld(words: readonly string[], forced: Uint8Array, scores: Int32Array | null = null): WordAnalysis {
    const tags = this.tagHeld(words, forced, scores);
    this.context.fill(this.table, tags);
    return { tags, state: this.parser.parse(this.context) };
  }

  /** The tags of `analyzeHeld` alone, without the parse: a look at the tagger's scores needs no tree. */
  tagHeld(words: readonly string[], forced: Uint8Array, scores: Int32Array | null = null): Uint8Array {
    if (this.tags.length < words.length) this.tags = new Uint8Array(words.length * 2);
    this.table.fill(words);
    this.tagger.tagHeld(this.table, this.tags, forced, scores);
    return this.tags;
  }

  /**
   * Tags and parses several sentences: all tagging first (pass by pass), then all parsing, so each
   * weight table is read for many sentences in a row. `each` gets every sentence's result in order;
   * the state and the tag buffers are reused, so they must be read before `each` returns.
   */
  analyzeMany(sentences: readonly (readonly string[])[], each: (index: number, tags: Uint8Array, state: ParserState) => void): void {
    // Tables and tag buffers are kept for the next batch (they grow to the longest sentence seen).
    while (this.batchTables.length < sentences.length) {
      this.batchTables.push(new TokenTable(this.tagger.clusters));
      this.batchTags.push(new Uint8Array(64));
    }
    const tables = this.batchTables.slice(0, sentences.length);
    const tags = this.batchTags;
    for (let s = 0; s < sentences.length; s++) {
      tables[s].fill(sentences[s]);
      if (tags[s].length < sentences[s].length) tags[s] = new Uint8Array(sentences[s].length * 2);
    }
    this.tagger.tagMany(tables, tags);
    for (let s = 0; s < tables.length; s++) {
      this.context.fill(tables[s], tags[s]);
      each(s, tags[s], this.parser.parse(this.context));
    }
  }

  tagName(id: number): string { return this.tagger.tagNames[id]; }
  tagId(name: string): number { return this.tagger.tagNames.indexOf(name); }
  labelName(id: number): string { return this.parser.labelNames[id]; }
}
