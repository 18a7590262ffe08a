import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';

// the prepositions that open a charge's act after a passive verb: "accused ... of killing", "charged ... with ordering"
const CHARGE_MARKERS = new Set(['of', 'with']);

/**
 * "The militia was accused by the United Nations of killing civilians", "Iran has been accused by Western governments
 * of arresting dual nationals": a passive verb's "by" agent, then the act it is charged with. The parse hung the act
 * on the agent as the noun's own clause, so the accuser read as the doer of the charged act. The act belongs to the
 * passive verb (an `advcl`), whose subject is the one charged. Only an -ing verb its own "of" or "with" opens right
 * after the agent's phrase moves ("praised by leaders of countries opposing the war" keeps its clause).
 */
export function repairChargeOnAgent(tree: EditableTree, tokens: readonly Token[]): string | null {
  let repaired = false;
  for (const agent of tree.nodes()) {
    if (tree.label(agent) !== 'obl:agent') continue;
    const verb = tree.head(agent);
    if (verb < 0 || !tree.children(verb).some((c) => tree.base(c) === 'nsubj' && tree.label(c) === 'nsubj:pass')) continue;
    for (const act of tree.children(agent)) {
      if (act < agent || tree.base(act) !== 'acl' || tree.upos(act) !== 'VERB' || !tokens[act].lower.endsWith('ing')) continue;
      const marker = act - 1;
      if (!CHARGE_MARKERS.has(tokens[marker].lower) || tree.head(marker) !== act || !endsAgentPhrase(tree, agent, marker)) continue;
      tree.attach(act, verb, 'advcl');
      repaired = true;
    }
    // ("accused by rights groups of killing civilians": the act read as a modifier of its object, the object as the
    // agent's "of" noun; the act takes its marker and its object back)
    for (const noun of tree.children(agent)) {
      const marker = noun > agent && tree.base(noun) === 'nmod' ? tree.children(noun).find((c) => tree.label(c) === 'case' && CHARGE_MARKERS.has(tokens[c].lower)) : undefined;
      const act = marker === undefined ? -1 : marker + 1;
      if (marker === undefined || act >= noun || tree.head(act) !== noun || tree.upos(act) !== 'VERB' || !tokens[act].lower.endsWith('ing') || !endsAgentPhrase(tree, agent, marker)) continue;
      tree.attach(act, verb, 'advcl');
      tree.attach(marker, act, 'mark');
      tree.attach(noun, act, 'obj');
      repaired = true;
    }
  }
  return repaired ? 'tree-repair:charge-on-agent' : null;
}

// the marker comes right after the agent's own words ("by the United Nations | of"), not after a noun of its own
function endsAgentPhrase(tree: EditableTree, agent: number, marker: number): boolean {
  for (let k = agent + 1; k < marker; k++) {
    let h = k;
    while (h >= 0 && h !== agent) h = tree.head(h);
    if (h !== agent) return false;
    if (tree.upos(k) === 'NOUN' || tree.upos(k) === 'PROPN') return false;
  }
  return true;
}
