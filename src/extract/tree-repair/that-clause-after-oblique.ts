import type { Token } from '../../nlp/types.ts';
import { takesBareClause } from './clause-verbs.ts';
import type { EditableTree } from './editable-tree.ts';

/**
 * "The president said Tuesday that he would travel to Beijing": a "that" clause with a subject of its own after a
 * time or setting phrase of a saying verb, read as a relative clause of that phrase ("Tuesday that he would travel").
 * "that" is there the complementiser (the parse itself calls it `mark`, no relative pronoun fills a gap), and the
 * clause is what was said: the saying verb's `ccomp`.
 *   "Officials said Sunday that troops had retaken the town", "The army announced on Friday that it would withdraw",
 *   "Iran said in a statement that its navy had seized a tanker".
 */
export function repairThatClauseAfterOblique(tree: EditableTree, tokens: readonly Token[]): string | null {
  for (const clause of tree.nodes()) {
    if (tree.upos(clause) !== 'VERB' || (tree.label(clause) !== 'acl:relcl' && tree.label(clause) !== 'acl')) continue;
    const phrase = tree.head(clause);
    if (phrase < 0 || tree.base(phrase) !== 'obl') continue;
    const say = tree.head(phrase);
    if (say < 0 || say > phrase || tree.upos(say) !== 'VERB' || !takesBareClause(tokens[say])) continue;
    if (!markedByThatWithSubject(tree, tokens, clause)) continue;
    tree.attach(clause, say, 'ccomp');
    return 'tree-repair:that-clause-after-oblique';
  }
  return null;
}

function markedByThatWithSubject(tree: EditableTree, tokens: readonly Token[], clause: number): boolean {
  let that = false;
  let subject = false;
  for (const c of tree.children(clause)) {
    if (tree.base(c) === 'mark' && tokens[c].lower === 'that' && c < clause) that = true;
    if ((tree.base(c) === 'nsubj' || tree.base(c) === 'expl') && tokens[c].lower !== 'that' && tokens[c].lower !== 'which') subject = true;
  }
  return that && subject;
}
