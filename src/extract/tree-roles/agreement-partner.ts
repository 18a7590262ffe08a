import type { Candidate } from '../candidate.ts';
import type { SentenceContext } from '../context.ts';
import type { TreeView } from './tree-view.ts';

// the actor itself, named again inside the clause that describes its object ("the deal it signed with X")
const SELF = new Set(['it', 'they', 'he', 'she', 'we']);

/**
 * "accepted the peace deal it signed with Eritrea", "ratified the treaty it had signed with Uganda", "honoured
 * the agreement they reached with the rebels": the object is the actor's own pact, described by a clause whose
 * subject is the actor again; the one it was made with is the act's counterpart, so its target. The clause's
 * subject ("it") is never the target.
 */
export function withAgreementPartner(ctx: SentenceContext, tree: TreeView, c: Candidate): Candidate {
  if (c.actors.length === 0 || c.trigger.pattern.kind !== 'verb') return c;
  const t = ctx.doc.tokens;
  for (const obj of tree.childrenWith(c.trigger.head, 'obj')) {
    for (const clause of tree.childrenWith(obj, 'acl:relcl')) {
      const subject = tree.childrenWith(clause, 'nsubj')[0];
      if (subject === undefined || !SELF.has(t[subject].lower)) continue;
      const partner = tree.childrenWith(clause, 'obl').find((n) => tree.marker(n) === 'with');
      const phrase = partner === undefined ? undefined : ctx.phraseAt.get(partner);
      if (!phrase || phrase.locative || c.actors.some((a) => a.start === phrase.start)) continue;
      // the window's answer stands unless it lies in the describing clause or is missing
      const [first, last] = tree.span(clause);
      const inClause = (p: { start: number; end: number }) => p.start >= t[first].start && p.end <= t[last - 1].end;
      if (c.targets.length && !c.targets.every(inClause)) return c;
      return { ...c, targets: [phrase], rules: [...c.rules, 'roles:tree-agreement-partner'] };
    }
  }
  return c;
}
