import type { Candidate } from '../candidate.ts';
import type { SentenceContext } from '../context.ts';
import type { TreeView } from './tree-view.ts';
import { landingNode, UNDERGONE_OWNER_RULE } from './landing-node.ts';
import { nodePhrase } from './node-phrase.ts';
import { THING_TARGET } from './named-act.ts';

/**
 * "Iran commuted the death sentence of the jailed rapper", "pardoned the sentence of a detained blogger": an act on the
 * pattern's own noun of an act undergone lands on whom that act befell, its "of" noun or possessor (landing-node.ts),
 * a person no role names included (their words, no code). Only where the window found no target.
 */
export function withUndergoneOwner(ctx: SentenceContext, view: TreeView, c: Candidate): Candidate {
  if (c.targets.length > 0 || c.trigger.pattern.kind !== 'verb') return c;
  const landing = landingNode(view, ctx.kb, ctx.doc.tokens, c.trigger.head, 'verb', c.trigger.tokens);
  if (landing?.rule !== UNDERGONE_OWNER_RULE) return c;
  const owner = nodePhrase(view, ctx, landing.node);
  return owner ? { ...c, targets: [owner], rules: [...c.rules, UNDERGONE_OWNER_RULE, THING_TARGET] } : c;
}
