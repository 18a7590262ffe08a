import type { Candidate } from '../candidate.ts';
import type { SentenceContext } from '../context.ts';
import type { TreeView } from './tree-view.ts';

export const THREAT_CONDITION_RULE = 'roles:tree-threat-condition-party';

// the conjunctions of a threat's condition: what the threatened must (not) do
const CONDITION_MARKS = new Set(['if', 'unless', 'should']);

// "Kim Jong Un" (PRKGOV) and "North Korea" (PRK) are one side
const sameState = (a: string | null, b: string | null) => a !== null && b !== null && (a === b || /^[A-Z]{3}/.test(a) && a.slice(0, 3) === b.slice(0, 3));

/**
 * "China threatens retaliation if Manila deploys missiles", "Hamas threatened to kill the hostages unless Israel
 * halted its bombardment": a threat with no named addressee is aimed at the party whose act is its condition, the
 * subject of its if/unless clause (PLOVER THREATEN: the recipient is whom the threat coerces). A pronoun, or the
 * threatener itself ("if it is attacked"), names no one. So is force with no target under such a condition ("Ukraine
 * would strike back if Russia continued to target civilians"), which becomes the speaker's threat later.
 */
export function withThreatCondition(ctx: SentenceContext, tree: TreeView, c: Candidate): Candidate {
  if (c.info.type !== 'THREATEN' && c.info.quadClass !== 4 || c.targets.length > 0) return c;
  // the condition hangs on the threat verb or on the threatened act's verb ("threatened to kill ... unless")
  const heads = [c.trigger.head, ...tree.childrenWith(c.trigger.head, 'xcomp')];
  for (const head of heads) {
    for (const clause of tree.childrenWith(head, 'advcl')) {
      const mark = tree.marker(clause);
      if (mark === null || !CONDITION_MARKS.has(mark)) continue;
      // "if North Korea is attacked": a passive condition's subject is who would suffer, not who must yield
      const subject = tree.childrenWith(clause, 'nsubj')[0];
      const phrase = subject === undefined || tree.upos(subject) === 'PRON' ? undefined : ctx.phraseAt.get(subject);
      if (!phrase || phrase.locative) continue;
      if (c.actors.some((a) => a.start === phrase.start && a.end === phrase.end || sameState(a.code, phrase.code))) continue;
      return { ...c, targets: [phrase], rules: [...c.rules, THREAT_CONDITION_RULE] };
    }
  }
  return c;
}
