import type { ActorPhrase } from '../../resolve/types.ts';
import type { Candidate } from '../candidate.ts';
import type { SentenceContext } from '../context.ts';
import type { TreeView } from './tree-view.ts';
import { isActNoun } from './object-words.ts';

// acts that answer another act: "vowed revenge for", "threatened retaliation for", "retaliated for"
const ANSWERING_TYPES = new Set(['THREATEN', 'ASSAULT']);

export const AVENGED_DOER_RULE = 'roles:tree-avenged-act-doer';
export const AVENGED_NO_TARGET_RULE = 'roles:tree-avenged-act-no-target';

/**
 * "vowed revenge for the killing of its commander", "threatened retaliation for Israel's strike on its consulate":
 * a "for" phrase headed by an act (on the verb, or on the pattern's own object "revenge") is what the act answers.
 * Whom that act befell is not whom the answer is aimed at: where every window target lies inside it, the answered
 * act's doer is the target ("by Israeli forces", "Israel's strike"), else no one.
 */
export function withAvengedAct(ctx: SentenceContext, tree: TreeView, c: Candidate): Candidate {
  if (!ANSWERING_TYPES.has(c.info.type) || c.targets.length === 0 || c.trigger.pattern.kind !== 'verb') return c;
  const t = ctx.doc.tokens;
  const isAct = (n: number) => isActNoun(ctx.kb, t[n].lemma) || ctx.kb.lexicon.ofUndergoneActs.has(t[n].lemma);
  const holders = [c.trigger.head, ...tree.childrenWith(c.trigger.head, 'obj')];
  // ("claimed responsibility for a missile attack on Tel Aviv": the pattern's own act is the act itself, not a cause)
  const causes = holders.flatMap((h) => tree.childrenWith(h, 'obl', 'nmod')).filter((n) => tree.marker(n) === 'for' && isAct(n) && !c.trigger.tokens.includes(n));
  const within = (p: ActorPhrase, n: number) => {
    const [first, last] = tree.span(n);
    return p.start >= t[first].start && p.end <= t[last - 1].end;
  };
  const cause = causes.find((n) => c.targets.every((p) => within(p, n)));
  if (cause === undefined) return c;
  const doer = answeredDoer(ctx, tree, cause);
  if (doer && !c.actors.some((a) => a.start === doer.start)) return { ...c, targets: [doer], rules: [...c.rules, AVENGED_DOER_RULE] };
  return { ...c, targets: [], rules: [...c.rules, AVENGED_NO_TARGET_RULE] };
}

/** Who did the answered act: a "by" phrase inside it (wherever the parser hung it), or the owner of an act one does. */
function answeredDoer(ctx: SentenceContext, tree: TreeView, act: number): ActorPhrase | null {
  const named = (n: number) => {
    const p = ctx.phraseAt.get(n);
    return p && !p.locative ? p : null;
  };
  const stack = [act];
  while (stack.length) {
    const n = stack.pop()!;
    if (n !== act && tree.marker(n) === 'by' && named(n)) return named(n);
    stack.push(...tree.children(n));
  }
  // "Israel's strike" (its owner does it), not "the commander's killing" (its owner undergoes it)
  if (ctx.kb.lexicon.undergoneActs.has(ctx.doc.tokens[act].lemma)) return null;
  const owner = tree.childrenWith(act, 'nmod:poss')[0];
  return owner === undefined ? null : named(owner);
}
