import type { AnalyzedText, Sentence } from '../types.ts';
import { parseSentence as parseOne, parseSentences as parseMany, type SentenceTree } from './index.ts';
import { metered } from '../../stage-meter.ts';

const parseSentences = metered('tag+parse', parseMany);
const parseSentence = metered('tag+parse', parseOne);

/**
 * The dependency trees of one document's sentences. Those named up front (the ones known to need a
 * tree) are parsed one after another before any other work: the tagger's and parser's weight tables
 * (30 MB) then stay in cache from one sentence to the next. Parsed one at a time between the coder's
 * other stages, the same sentences went at about half the tokens per second (45k against 84k on the
 * bench corpus). Any other sentence is parsed when first asked for. The trees are the same either way:
 * a sentence's parse depends on its words only.
 */
export class SentenceTrees {
  private readonly trees = new Map<number, SentenceTree>();

  constructor(private readonly doc: AnalyzedText, ahead: readonly Sentence[]) {
    parseSentences(doc, ahead).forEach((tree, k) => this.trees.set(ahead[k].index, tree));
  }

  of(sentence: Sentence): SentenceTree {
    let tree = this.trees.get(sentence.index);
    if (tree === undefined) this.trees.set(sentence.index, (tree = parseSentence(this.doc, sentence)));
    return tree;
  }
}
