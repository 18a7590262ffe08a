import type { Knowledge } from '../../knowledge/types.ts';
import type { TreeView } from '../tree-roles/tree-view.ts';
import { subjectNode } from '../tree-roles/subject-node.ts';
import { isAssaultNoun } from '../tree-roles/instrument-subject.ts';

/**
 * The verb at `head` has an attack as its subject: "Russian shelling damaged several homes", "the bombing forced
 * hundreds of families to flee", "the airstrikes crippled the port". What it does is the attack's effect, told by
 * the attack noun's own event; the subject's modifier ("Russian") is the attacker, not the doer of a second act.
 * Returns the attack noun's node, or null. A weapon subject ("a car bomb damaged the embassy") is not read here:
 * a weapon is no event of its own.
 */
export function attackSubject(view: TreeView, kb: Knowledge, head: number): number | null {
  if (view.upos(head) !== 'VERB') return null;
  const subject = subjectNode(view, head);
  if (subject === null || subject.verbs.length > 1) return null;
  const n = subject.node;
  // the lemmatiser reads "shelling" as "shell" (a weapon): the word itself names the act
  return view.upos(n) === 'NOUN' && (isAssaultNoun(kb, view.tokens[n].lemma) || isAssaultNoun(kb, view.tokens[n].lower)) ? n : null;
}
