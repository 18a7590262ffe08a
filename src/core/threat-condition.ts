import type { Candidate } from '../extract/candidate.ts';
import type { TreeCondition } from '../extract/tree-clauses/index.ts';
import type { TreeView } from '../extract/tree-roles/index.ts';

// the auxiliaries of a threat not yet made ("would threaten sanctions if ...", "will warn ... unless")
const NOT_YET = new Set(['will', 'would', 'could', 'might', 'may', 'shall', 'should', "'ll", 'wo']);

export const THREAT_CONDITION_RULE = 'threat-condition-is-content';

/**
 * "Fidan threatened military action against the fighters unless they laid down their weapons", "Trump threatened
 * sanctions if Iran did not agree to a deal": the "if"/"unless" clause after a threat made (its noun object keeps the
 * parse from hanging the clause on an infinitive, as "threatened to strike Cyprus if ..." is) is what the threatened
 * act waits on; the threat itself was made, and is told as done (condition.ts). A threat under "will"/"would", or after
 * its condition ("If Iran attacks, Washington will threaten ..."), stays conditional.
 */
export function madeThreat(view: TreeView, c: Candidate, condition: TreeCondition): TreeCondition {
  if (c.info.type !== 'THREATEN' || !condition.conditionalMain || condition.inCondition || condition.rule !== 'tree-conditional') return condition;
  const head = c.trigger.head;
  if (!view.has(head) || view.upos(head) !== 'VERB' || view.childrenWith(head, 'aux').some((k) => NOT_YET.has(view.tokens[k].lower))) return condition;
  // the condition's clause hangs on the threat's verb, after it
  const after = view.childrenWith(head, 'advcl').some((k) => k > head);
  const before = view.childrenWith(head, 'advcl').some((k) => k < head);
  return after && !before ? { ...condition, conditionalMain: false, rule: THREAT_CONDITION_RULE } : condition;
}
