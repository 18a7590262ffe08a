import type { Candidate } from '../candidate.ts';
import type { SentenceContext } from '../context.ts';
import type { TreeView } from './tree-view.ts';
import { participantsAt } from './participants.ts';
import { PUT_TO_ANOTHER } from '../../resolve/proposer.ts';
import { isActNoun } from './object-words.ts';

export const PROPOSAL_MAKER_RULE = 'roles:tree-proposal-maker';
// answers to what another party put forward: accepting, rejecting or welcoming it
const ANSWER_TYPES = new Set(['AGREE', 'REJECT', 'SUPPORT']);

/**
 * "accepted a ceasefire proposal from the African Union", "rejected a peace plan put forward by Kenya", "welcomed an
 * offer of talks made by Qatar": the answer's object is what another party proposed; that party (the noun's "from"
 * or "by", or the "by" agent of the participle that describes it) is whom the answer addresses, its target, not the
 * proposal. A claim the pattern itself names is answered the same way ("rejected claims by the opposition that ...",
 * "dismissed accusations made by Washington"): whose claim is rejected is the target (PLOVER REJECT).
 * So is a refused act another brought ("said it would fight the lawsuit brought by the Justice Department", "rejected the
 * charges filed by prosecutors"): the act noun's doer, the "by" agent of the participle that describes it, is the target,
 * as its owner is ("fight the government's lawsuit"); a sense that makes the verb a refusal asks again (core/word-sense.ts).
 * The rest of the reading stands when the sentence names no such party, or names the actor itself.
 */
export function withProposalMaker(ctx: SentenceContext, tree: TreeView, c: Candidate): Candidate {
  if (!ANSWER_TYPES.has(c.info.type) || c.actors.length === 0 || c.trigger.pattern.kind !== 'verb') return c;
  const t = ctx.doc.tokens;
  // ("The plan, which was put forward by Egypt, was rejected by Israel": a passive answer's subject is what it answers)
  const answered = [...tree.childrenWith(c.trigger.head, 'obj'), ...(tree.isPassive(c.trigger.head) ? tree.childrenWith(c.trigger.head, 'nsubj:pass') : [])];
  for (const obj of answered) {
    if (!PUT_TO_ANOTHER.has(t[obj].lemma) && !(c.info.type === 'REJECT' && (c.trigger.tokens.includes(obj) || isActNoun(ctx.kb, t[obj].lemma)))) continue;
    const from = tree.childrenWith(obj, 'nmod').find((n) => n > obj && (tree.marker(n) === 'from' || tree.marker(n) === 'by'));
    // (described by a participle or a relative clause: "a plan put forward by Kenya", "the plan, which was put forward by Egypt")
    const described = tree.children(obj).find((v) => v > obj && tree.base(v) === 'acl' && tree.isPassive(v) && tree.childrenWith(v, 'obl:agent', 'obl').some((n) => tree.marker(n) === 'by'));
    const by = described === undefined ? undefined : tree.childrenWith(described, 'obl:agent', 'obl').find((n) => tree.marker(n) === 'by');
    const maker = from ?? by;
    if (maker === undefined) continue;
    const found = participantsAt(tree, ctx, maker).phrases.filter((p) => !p.locative || p.kind === 'country' || p.entry?.kind === 'metonym');
    if (!found.length || found.some((p) => c.actors.some((a) => a.start === p.start || a.code !== null && a.code === p.code))) return c;
    // (the repair that hung the describing participle on the proposal made this reading: "put forward by")
    const repairs = [obj, described ?? obj].map((n) => tree.repairOf(n)).filter((r): r is string => r !== null && !c.rules.includes(r));
    return { ...c, targets: found, rules: [...c.rules, ...new Set(repairs), PROPOSAL_MAKER_RULE] };
  }
  return c;
}
