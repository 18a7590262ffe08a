import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';
import { isCalendarWordAnyCase } from '../../nlp/calendar.ts';
import { ATTRIBUTING } from './participle-read-as-main-verb.ts';

/**
 * "The government blamed the attack on the PKK", "Kyiv attributed the strike to Russian forces": the parser hung the
 * verb's own "on"/"to" phrase (whom the act is laid on) on the act noun it blames, where it reads as the place the act
 * landed ("an attack on the PKK"). After a verb that lays an act on a doer (ATTRIBUTING), the first phrase of its
 * preposition under the verb's object is the verb's `obl`.
 */
export function repairLaidOnParty(tree: EditableTree, tokens: readonly Token[]): string | null {
  let repaired = false;
  for (const verb of tree.nodes()) {
    const preposition = ATTRIBUTING[tokens[verb].lemma];
    if (preposition === undefined || tree.upos(verb) !== 'VERB') continue;
    // ("blamed the attack on the base on the militants": the verb has its own; "on Monday" is a date, no party)
    if (tree.children(verb).some((k) => tree.base(k) === 'obl' && marker(tree, tokens, k) === preposition && !isCalendarWordAnyCase(tokens[k].text))) continue;
    const object = tree.children(verb).find((k) => tree.label(k) === 'obj');
    const party = object === undefined ? undefined : tree.children(object).find((k) => k > object && tree.label(k) === 'nmod' && marker(tree, tokens, k) === preposition);
    if (party === undefined) continue;
    tree.attach(party, verb, 'obl');
    repaired = true;
  }
  return repaired ? 'tree-repair:laid-on-party' : null;
}

const marker = (tree: EditableTree, tokens: readonly Token[], node: number) => tokens[tree.children(node).find((k) => tree.label(k) === 'case') ?? -1]?.lower;
