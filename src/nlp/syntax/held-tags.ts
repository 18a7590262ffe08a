import type { AnalyzedText, Sentence } from '../types.ts';
import { quotedTreeOf, shippedSyntaxModel, treeOf, wordsOf, type SentenceTree } from './index.ts';
import { keptIndex, keptWords } from './inline-quotes.ts';
import { setAsideWords } from './set-aside-words.ts';
import { NO_TAG } from './tagger-features.ts';
import { normalizeForm } from './word-form.ts';

/**
 * A second look at one sentence's tags, for the coder only (the plain parse never takes this path): how far
 * the tagger's reading of each word was from another tag, and the parse with some words held to a tag.
 */
export class HeldTags {
  private readonly model = shippedSyntaxModel();
  private wordList: string[] | null = null; // read when first asked: most sentences never are
  private scores: Int32Array | null = null;
  private plainTags: Uint8Array | null = null;

  constructor(private readonly doc: AnalyzedText, private readonly sentence: Sentence) {}

  private get words(): string[] {
    return (this.wordList ??= wordsOf(this.doc, this.sentence));
  }
  // the parser reads the sentence without its partial quotes' marks, as the plain parse does (inline-quotes.ts)
  private parsed: { words: string[]; dropped: number[] | null; index: Int32Array | null } | null = null;
  private get parserWords() {
    if (this.parsed === null) {
      const dropped = setAsideWords(this.words);
      this.parsed = dropped ? { words: keptWords(this.words, dropped), dropped, index: keptIndex(this.words.length, dropped) } : { words: this.words, dropped: null, index: null };
    }
    return this.parsed;
  }

  /**
   * The tagger's score of its own tag for word i (sentence-relative) less its score of `tag`: 0 where it gave
   * that tag or the word is one its dictionary tags without scoring, small where the two readings were close.
   */
  margin(i: number, tag: string): number {
    const k = this.model.tagger.tagNames.length;
    const { words, index } = this.parserWords;
    if (this.scores === null) {
      const n = words.length;
      this.scores = new Int32Array(n * k);
      // the scores only: no parse (a tree of the plain tags is the first parse's, already made)
      const tags = this.model.tagHeld(words, new Uint8Array(n).fill(NO_TAG), this.scores);
      this.plainTags = tags.slice(0, n);
    }
    const at = index ? index[i] : i;
    if (at < 0) return 0; // a partial quote's mark, never tagged
    return this.scores[at * k + this.plainTags![at]] - this.scores[at * k + this.model.tagId(tag)];
  }

  /** True when the lexicon the tagger was trained with lists `tag` among word i's tags (or there is no lexicon). */
  canBe(i: number, tag: string): boolean {
    return this.lexiconHas(this.words[i], tag);
  }

  /**
   * `canBe(i, 'VERB')`, or, for an -ing or -ed form the lexicon lists as a noun or adjective only ("bombing",
   * "shelling"), the same of its stem ("bomb", "shell").
   */
  canBeVerb(i: number): boolean {
    const word = this.words[i].toLowerCase();
    const stem = /^(.{2,}?)(ing|ed)$/.exec(word)?.[1];
    // "bombing" → bomb, "firing" → fir(e), "shelled" → shell, "stopped" → stop(p)
    if (this.lexiconHas(word, 'VERB') || (stem !== undefined && [stem, `${stem}e`, stem.replace(/(.)\1$/, '$1')].some((s) => this.lexiconHas(s, 'VERB')))) return true;
    // a present-tense -s form the training text had only as a plural noun: "shells" → shell, "raids" → raid
    const present = /^(.{2,}?[^s])(e?s)$/.exec(word);
    return present !== null && [present[1], `${present[1]}e`].some((s) => s !== word && this.lexiconHas(s, 'VERB'));
  }

  private lexiconHas(word: string, tag: string): boolean {
    const lexicon = this.model.tagger.clusters?.lexicon;
    if (!lexicon) return true;
    const id = lexicon.classOf.get(normalizeForm(word));
    return id !== undefined && lexicon.classNames[id].split(':')[1].split(' ').includes(tag);
  }

  /** The sentence's tree with the words of `held` (sentence-relative index → tag) held to their tag, the others tagged around them. */
  parse(held: ReadonlyMap<number, string>): SentenceTree {
    const { words, dropped, index } = this.parserWords;
    const forced = new Uint8Array(words.length).fill(NO_TAG);
    for (const [i, tag] of held) if (!index || index[i] >= 0) forced[index ? index[i] : i] = this.model.tagId(tag);
    const { tags, state } = this.model.analyzeHeld(words, forced);
    return dropped ? quotedTreeOf(this.model, this.sentence.tokenStart, this.words, dropped, tags, state) : treeOf(this.model, this.sentence.tokenStart, words.length, tags, state);
  }
}
