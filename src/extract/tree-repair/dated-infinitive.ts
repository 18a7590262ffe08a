import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';

// Words that name a day on their own: the clause they time is the verb before them
const DAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday']);

/**
 * "Egypt agreed on Monday to reopen the crossing", "Hamas agreed on Thursday to release the hostages", "Iran and Russia
 * agreed on Monday to expand trade": a day between a verb and its infinitive, read as the subject of the infinitive
 * ("on" its `mark` or a particle of the verb), so the infinitive became a clause of its own and the verb lost what it
 * agreed, vowed or promised. The day is the verb's `obl` ("on" its `case`), the infinitive the verb's `xcomp`.
 */
export function repairDatedInfinitive(tree: EditableTree, tokens: readonly Token[]): string | null {
  let repaired = false;
  const nodes = tree.nodes();
  const last = nodes[nodes.length - 1];
  for (const day of nodes) {
    if (!DAYS.has(tokens[day].lower) || day + 2 > last || tokens[day + 1].lower !== 'to') continue;
    const infinitive = day + 2;
    if (tree.upos(infinitive) !== 'VERB' || tree.head(day) !== infinitive || tree.base(day) !== 'nsubj') continue;
    const on = tokens[day - 1]?.lower === 'on' ? day - 1 : -1;
    const verb = on >= 0 ? on - 1 : day - 1;
    if (verb < nodes[0] || tree.upos(verb) !== 'VERB') continue;
    tree.attach(day, verb, on >= 0 ? 'obl' : 'obl:unmarked');
    if (on >= 0) tree.attach(on, day, 'case');
    tree.attach(infinitive, verb, 'xcomp');
    repaired = true;
  }
  return repaired ? 'tree-repair:dated-infinitive' : null;
}
