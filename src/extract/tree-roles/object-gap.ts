import type { ActorPhrase } from '../../resolve/types.ts';
import type { SentenceContext } from '../context.ts';
import type { TreeView } from './tree-view.ts';
import { participantsAt } from './participants.ts';

// "sanctions against Iranian officials it accused of abuses", "released the activists they had arrested", "the
// suspects that Italy had requested": a relative clause with a subject of its own and no object describes the noun it
// hangs on as its object; what its verb does lands on that noun. ("men who attacked a base" is a subject gap: the
// noun does the act, src/extract/tree-roles/subject-node.ts.)
export const OBJECT_GAP_RULE = 'roles:tree-object-gap';

const NOMINAL = new Set(['NOUN', 'PROPN']);
const SUBJECT_RELATIVES = new Set(['who', 'which', 'that']);
const OBJECT_RELATIVES = new Set(['whom', 'that', 'which', 'who']);
// "the day the army attacked", "the village where troops fought": a time or place clause has no object gap
const SETTING_WORDS = new Set(['where', 'when', 'why', 'how']);

/** The participants of the noun the relative clause at `head` describes as its object (the rule joins `rules`); [] when none. */
export function objectGapTargets(view: TreeView, ctx: SentenceContext, head: number, rules: string[]): ActorPhrase[] {
  if (view.label(head) !== 'acl:relcl') return [];
  // the noun right before the clause is the one it describes, where the parse hangs it higher ("sanctions against
  // officials | it accused", hung on "sanctions")
  const before = view.span(head)[0] - 1;
  const noun = NOMINAL.has(view.upos(before)) ? before : view.head(head);
  if (noun < 0 || !NOMINAL.has(view.upos(noun))) return [];
  const subject = view.childrenWith(head, 'nsubj')[0];
  if (subject === undefined || subject > head || SUBJECT_RELATIVES.has(view.tokens[subject].lower)) return [];
  const t = view.tokens;
  if (view.childrenWith(head, 'obj').some((o) => !OBJECT_RELATIVES.has(t[o].lower))) return [];
  if (view.children(head).some((c) => SETTING_WORDS.has(t[c].lower))) return [];
  const found = participantsAt(view, ctx, noun).phrases;
  if (found.length) rules.push(OBJECT_GAP_RULE);
  return found;
}
