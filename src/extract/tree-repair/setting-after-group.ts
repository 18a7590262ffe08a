import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';

// nouns that count or gather people ("a crowd of", "dozens of", "a convoy of"): the "of" noun says who, never where
// (not "number": "the number of casualties in 2018" is a statistic the phrase limits)
export const GROUP_NOUNS = new Set(['crowd', 'group', 'convoy', 'column', 'gathering', 'band', 'gang', 'unit', 'team', 'handful', 'dozen', 'dozens',
  'hundred', 'hundreds', 'thousand', 'thousands', 'score', 'scores', 'busload', 'truckload', 'contingent', 'detachment', 'delegation']);
// prepositions of a place or a span of time (not "on": "a group of experts on security" is a topic)
const SETTING_PREPOSITIONS = new Set(['in', 'at', 'near', 'outside', 'inside', 'across', 'around', 'along', 'throughout', 'during']);

/**
 * "Soldiers fired into a crowd of protesters in the capital": after "a crowd of N" (a noun that counts or gathers
 * people, the verb's object or oblique), a place or time phrase was hung on N. It says where the act happened, so
 * it is the verb's `obl`, and the verb's participant stays "a crowd of protesters":
 *   "Police fired on a group of students in Dhaka", "Militants ambushed a convoy of soldiers near the border",
 *   "Police arrested dozens of protesters in Minsk".
 * Any other "of" phrase keeps its modifier ("the homes of civilians in the village").
 */
export function repairSettingAfterGroup(tree: EditableTree, tokens: readonly Token[]): string | null {
  let repaired = false;
  for (const group of tree.nodes()) {
    const verb = tree.head(group);
    if (verb < 0 || tree.upos(verb) !== 'VERB' || !['obj', 'obl'].includes(tree.label(group)) || group < verb) continue;
    if (!GROUP_NOUNS.has(tokens[group].lower) && !GROUP_NOUNS.has(tokens[group].lemma)) continue;
    for (const member of tree.children(group)) {
      if (member < group || tree.label(member) !== 'nmod' || markerOf(tree, tokens, member) !== 'of') continue;
      for (const setting of tree.children(member)) {
        if (setting < member || tree.label(setting) !== 'nmod' || !SETTING_PREPOSITIONS.has(markerOf(tree, tokens, setting) ?? '')) continue;
        tree.attach(setting, verb, 'obl');
        repaired = true;
      }
    }
  }
  return repaired ? 'tree-repair:setting-after-group' : null;
}

function markerOf(tree: EditableTree, tokens: readonly Token[], node: number): string | undefined {
  const c = tree.children(node).find((k) => tree.base(k) === 'case' && k < node);
  return c === undefined ? undefined : tokens[c].lower;
}
