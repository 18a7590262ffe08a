import type { Candidate } from '../candidate.ts';
import type { SentenceContext } from '../context.ts';
import type { TreeView } from './tree-view.ts';
import { landingNode } from './landing-node.ts';
import { nodePhrase, THING_RULE } from './node-phrase.ts';
import { THING_TARGET } from './named-act.ts';
import { withoutBannerOwner } from './banner-owner.ts';
import { withoutRouteTarget } from './protest-route.ts';
export { withoutSiteOrIssueOwner } from './protest-issue.ts';

/**
 * "a protest led by opposition leader X against the government", "a march organised by the unions against the reform":
 * an act noun (or a verb row's own act noun) whose participle of doing names its doer hangs what the act is against on that participle
 * (landing-node.ts, rule roles:tree-noun-done-by-against), where the window does not reach past the doer. Only
 * "against": a place the act is at or on is where it happens, not whom it is against.
 */
export function withDoerLanding(ctx: SentenceContext, tree: TreeView, c: Candidate): Candidate {
  if (c.targets.length > 0) return c;
  // ("joined a sit-in organised by X against Y": a verb row's own act noun, its last word, as well)
  const noun = c.trigger.pattern.kind === 'noun' ? c.trigger.head : c.trigger.tokens[c.trigger.tokens.length - 1];
  if (noun === c.trigger.head && c.trigger.pattern.kind !== 'noun') return c;
  const landing = landingNode(tree, ctx.kb, ctx.doc.tokens, noun, 'noun', c.trigger.tokens);
  if (landing?.rule !== 'roles:tree-noun-done-by-against') return c;
  const target = nodePhrase(tree, ctx, landing.node);
  if (!target || c.actors.some((a) => a.start === target.start)) return c;
  return { ...c, targets: [target], rules: [...c.rules, landing.rule, ...(target.rule === THING_RULE ? [THING_TARGET] : [])] };
}

/** A protest's targets: no route marched ("marched on the capital"), no banner's owner, and what a led protest is against. */
export const withProtestTargets = (ctx: SentenceContext, tree: TreeView, c: Candidate) => withDoerLanding(ctx, tree, withoutBannerOwner(ctx, tree, withoutRouteTarget(ctx, c)));
