import type { Sentence, Token } from '../../nlp/types.ts';
import type { SentenceTrees } from '../../nlp/syntax/sentence-trees.ts';
import type { SentenceTree } from '../../nlp/syntax/index.ts';
import { TreeView } from '../tree-roles/tree-view.ts';
import { repairedTreeWithLists as repairTree } from './index.ts';
import { metered, meterMethods, meterParsed, meterSentence } from '../../stage-meter.ts';

const repairedTreeWithLists = metered('repair', repairTree);
import { NO_REPAIR_WORDS, type RepairWords } from './repair-words.ts';

/** A second parse of a sentence whose tags are in doubt (retag-verb.ts), with the nodes it moved and its rule id; null to keep the first. */
export type SecondParse = (sentence: Sentence, tree: SentenceTree) => { tree: SentenceTree; moved: ReadonlySet<number>; id: string } | null;

/**
 * The repaired tree of each sentence, as the role readers navigate it, made once per sentence. The sentences
 * named up front (those with a trigger, just parsed) get theirs one after another before the coder's sentence
 * loop: the repairs then run while their code and the trees are in the CPU's caches, not once between each
 * sentence's other stages. Any other sentence's is made when first asked for; a view is the same either way.
 * With `second`, a sentence whose tags are in doubt may be parsed again before its repairs.
 */
export class SentenceViews {
  private readonly views = new Map<number, TreeView>();

  constructor(private readonly trees: SentenceTrees, private readonly tokens: readonly Token[], ahead: readonly Sentence[], private readonly second: SecondParse | null = null, private readonly words: RepairWords = NO_REPAIR_WORDS) {
    for (const sentence of ahead) {
      meterSentence(sentence.start), meterParsed(sentence.start, sentence.tokenEnd - sentence.tokenStart);
      this.of(sentence);
    }
    meterSentence(-1);
  }

  of(sentence: Sentence): TreeView {
    let view = this.views.get(sentence.index);
    if (view === undefined) this.views.set(sentence.index, (view = this.repaired(sentence)));
    return view;
  }

  private repaired(sentence: Sentence): TreeView {
    const tree = this.trees.of(sentence);
    const again = this.second?.(sentence, tree) ?? null;
    const { tree: repaired, lists } = again === null ? repairedTreeWithLists(tree, this.tokens, new Map(), this.words) : repairedTreeWithLists(again.tree, this.tokens, new Map([...again.moved].map((node) => [node, again.id])), this.words);
    return new TreeView(repaired, this.tokens, lists);
  }
}

// what is left of a view, its parse and repairs apart: the second parse's check and the view's indexes
meterMethods(SentenceViews.prototype, ['of'], 'views');
