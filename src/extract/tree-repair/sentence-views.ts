import type { Sentence, Token } from '../../nlp/types.ts';
import type { SentenceTrees } from '../../nlp/syntax/sentence-trees.ts';
import { TreeView } from '../tree-roles/tree-view.ts';
import { repairedTree } from './index.ts';

/**
 * The repaired tree of each sentence, as the role readers navigate it, made once per sentence. The sentences
 * named up front (those with a trigger, just parsed) get theirs one after another before the coder's sentence
 * loop: the repairs then run while their code and the trees are in the CPU's caches, not once between each
 * sentence's other stages. Any other sentence's is made when first asked for; a view is the same either way.
 */
export class SentenceViews {
  private readonly views = new Map<number, TreeView>();

  constructor(private readonly trees: SentenceTrees, private readonly tokens: readonly Token[], ahead: readonly Sentence[]) {
    for (const sentence of ahead) this.of(sentence);
  }

  of(sentence: Sentence): TreeView {
    let view = this.views.get(sentence.index);
    if (view === undefined) this.views.set(sentence.index, (view = new TreeView(repairedTree(this.trees.of(sentence), this.tokens), this.tokens)));
    return view;
  }
}
