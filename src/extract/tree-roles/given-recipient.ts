import type { ActorPhrase } from '../../resolve/types.ts';
import type { Candidate } from '../candidate.ts';
import type { SentenceContext } from '../context.ts';
import type { TreeView } from './tree-view.ts';
import { nodePhrase, THING_RULE } from './node-phrase.ts';

/** In an event's `rules`: the target is whom the row's own noun of a thing given goes to ("support for Kyiv"). */
export const GIVEN_RECIPIENT_RULE = 'roles:tree-given-recipient';
/** In an event's `rules`: the only party named gives the thing (its possessor or modifier); no recipient is named. */
export const GIVEN_BY_NO_TARGET_RULE = 'roles:tree-given-by-no-target';

/**
 * "pledged the bloc's support for Lithuania", "expressed Moscow's support for Maduro", "cut US aid to South Africa": a
 * row's own noun of what one side gives another (data/lexicon/given-nouns.tsv) names its giver before it (a possessor or
 * a modifier) and whom it goes to after one of its prepositions. The recipient is the target, the giver never is: it
 * is the actor's side, or the actor's own ("reaffirmed Britain's solidarity" names no one it goes to).
 */
export function withGivenRecipient(ctx: SentenceContext, tree: TreeView, c: Candidate): Candidate {
  const nouns = ctx.kb.lexicon.givenNouns;
  // (a possessor before it makes a noun of a word the parser read as a verb: "offered Germany's backing to ...")
  const possessed = (i: number) => /^['’]s$/.test(ctx.doc.tokens[i - 1]?.lower ?? '');
  const noun = c.trigger.tokens.find((i) => i !== c.trigger.head && (tree.upos(i) === 'NOUN' && nouns.has(ctx.doc.tokens[i].lemma) || possessed(i) && nouns.has(ctx.doc.tokens[i].lower)));
  if (noun === undefined) return c;
  const preps = nouns.get(tree.upos(noun) === 'NOUN' ? ctx.doc.tokens[noun].lemma : ctx.doc.tokens[noun].lower) as ReadonlySet<string>;
  const to = (k: number) => k > noun && preps.has(tree.marker(k) ?? '');
  const node = tree.childrenWith(noun, 'nmod', 'obl').find(to) ?? tree.childrenWith(tree.head(noun), 'obl').find(to);
  const recipient = node === undefined ? null : nodePhrase(tree, ctx, node);
  // ("voiced support for the plan": a thing supported is no party it goes to)
  if (recipient && recipient.rule !== THING_RULE && !c.actors.some((a) => a.start === recipient.start)) {
    // the window's names inside the recipient's words stand ("support for the army and the police")
    const [first, last] = tree.span(node as number);
    const inside = c.targets.filter((p) => p.start >= ctx.doc.tokens[first].start && p.end <= ctx.doc.tokens[last - 1].end);
    return { ...c, targets: inside.length > 0 ? inside : [recipient], rules: [...c.rules, GIVEN_RECIPIENT_RULE] };
  }
  const givers = tree.children(noun).filter((k) => k < noun && /^(nmod:poss|compound|amod|nsubj)$/.test(tree.label(k)));
  const byGiver = (p: ActorPhrase) => givers.some((g) => {
    const [first, last] = tree.span(g);
    return p.start >= ctx.doc.tokens[first].start && p.end <= ctx.doc.tokens[last - 1].end;
  });
  const kept = c.targets.filter((p) => !byGiver(p));
  return kept.length === c.targets.length ? c : { ...c, targets: kept, rules: [...c.rules, GIVEN_BY_NO_TARGET_RULE] };
}
