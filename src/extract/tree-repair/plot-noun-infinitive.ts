import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';
import { PLOT_NOUNS } from '../tree-roles/plot-content.ts';

/**
 * "sentenced X for his part in a scheme to fund his campaign", "jailed 12 officers over a plot to overthrow the
 * government", "charged with a conspiracy to attack a synagogue": the parse hung the infinitive on the main verb
 * as its purpose (`advcl`), so the court funds, the police attack. Where "to" follows a plot noun right away, the
 * clause is that noun's `acl`, with no subject of its own (tree-roles/subject-node.ts).
 */
export function repairPlotNounInfinitive(tree: EditableTree, tokens: readonly Token[]): string | null {
  let repaired = false;
  for (const verb of tree.nodes()) {
    const to = verb - 1;
    const noun = verb - 2;
    if (noun < 0 || tree.base(verb) !== 'advcl' || tokens[to]?.lower !== 'to' || tree.head(to) !== verb || tree.label(to) !== 'mark') continue;
    if (tree.upos(noun) !== 'NOUN' || !PLOT_NOUNS.has(tokens[noun].lemma) || tree.head(noun) === verb) continue;
    tree.attach(verb, noun, 'acl');
    repaired = true;
  }
  return repaired ? 'tree-repair:plot-noun-infinitive' : null;
}
