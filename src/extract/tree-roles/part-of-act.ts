import type { ActorPhrase } from '../../resolve/types.ts';
import type { Candidate } from '../candidate.ts';
import type { SentenceContext } from '../context.ts';
import type { TreeView } from './tree-view.ts';
import { landingNode } from './landing-node.ts';
import { nodePhrase } from './node-phrase.ts';

export const PART_OF_ACT_RULE = 'roles:tree-part-of-act';

// the words that make a clause's act one step of a larger act: "as part of", "in the framework of"
const PART_WORDS = new Set(['part', 'framework']);

/**
 * "freed 20 political prisoners as part of a general amnesty", "arrested 30 activists as part of a crackdown": an act
 * noun that names the larger act the clause's act belongs to lands where the clause's verb does, when it names no
 * landing of its own ("a crackdown on dissent" keeps its own).
 */
export function partOfActTarget(ctx: SentenceContext, tree: TreeView, c: Candidate): ActorPhrase | null {
  if (c.targets.length > 0 || c.trigger.pattern.kind !== 'noun') return null;
  const noun = c.trigger.head;
  const part = tree.head(noun);
  if (tree.marker(noun) !== 'of' || part < 0 || !PART_WORDS.has(ctx.doc.tokens[part].lemma) || tree.marker(part) !== 'as' && tree.marker(part) !== 'in') return null;
  const verb = tree.head(part);
  if (verb < 0 || tree.upos(verb) !== 'VERB' || tree.base(part) !== 'obl') return null;
  const own = landingNode(tree, ctx.kb, ctx.doc.tokens, noun, 'noun', c.trigger.tokens);
  if (own && nodePhrase(tree, ctx, own.node)) return null; // ("an amnesty on Monday" names no landing)
  const landing = landingNode(tree, ctx.kb, ctx.doc.tokens, verb, 'verb');
  const target = landing && nodePhrase(tree, ctx, landing.node);
  return target && !c.actors.some((a) => a.start === target.start) ? target : null;
}
