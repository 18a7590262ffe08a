import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';

// Words that open either a phrase ("after the war", "as president") or a clause ("after the war ended", "as troops advanced").
const SUBORDINATORS = new Set(['after', 'before', 'since', 'until', 'as']);
const MODIFIER = new Set(['nmod', 'obl']);
const NOMINAL = new Set(['NOUN', 'PROPN', 'PRON']);

/**
 * "The attack came a day after officials said drones killed seven": the subordinate clause read as a phrase
 * ("after officials", an `nmod`/`obl`) with its verb left without a subject and hung elsewhere (`parataxis`, `conj`).
 * A verb with no subject right after such a phrase, not hung on its noun, is a clause: the noun its `nsubj`, the
 * subordinator its `mark`, the verb an `advcl` of the predicate the phrase belonged to:
 *   "Talks resumed a week after the rebels withdrew", "Prices rose since traders feared a blockade",
 *   "The curfew held until the army left", "Clashes spread as troops advanced" (session 9, tagger-2).
 */
export function repairClauseReadAsPhrase(tree: EditableTree, tokens: readonly Token[]): string | null {
  for (const verb of tree.nodes()) {
    const noun = verb - 1;
    if (tree.upos(verb) !== 'VERB' || tokens[verb].lower.endsWith('ing') || tree.head(verb) === noun) continue;
    if (!MODIFIER.has(tree.base(noun)) || !NOMINAL.has(tree.upos(noun))) continue;
    // the rest in a function of its own: a callback here would allocate a closure scope for every word
    if (repairedAt(tree, tokens, verb)) return 'tree-repair:clause-read-as-phrase';
  }
  return null;
}

function repairedAt(tree: EditableTree, tokens: readonly Token[], verb: number): boolean {
  const noun = verb - 1;
  const marker = tree.children(noun).find((k) => tree.label(k) === 'case' && SUBORDINATORS.has(tokens[k].lower));
  if (marker === undefined || tree.children(noun).some((k) => k > noun)) return false;
  if (tree.children(verb).some((k) => ['nsubj', 'expl', 'mark', 'csubj'].includes(tree.base(k)))) return false;
  let predicate = tree.head(noun);
  while (predicate >= 0 && tree.upos(predicate) !== 'VERB') predicate = tree.head(predicate);
  if (predicate < 0 || predicate === verb) return false;
  tree.attach(verb, predicate, 'advcl');
  tree.attach(noun, verb, 'nsubj');
  tree.attach(marker, verb, 'mark');
  return true;
}
