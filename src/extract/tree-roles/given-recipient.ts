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
  const node = recipientNode(tree, noun, preps);
  const recipient = node === undefined ? null : nodePhrase(tree, ctx, node);
  // (the possessor of a noun read as a verb: the word before its "'s")
  const givers = [...tree.children(noun).filter((k) => k < noun && /^(nmod:poss|compound|amod|nsubj)$/.test(tree.label(k))), ...(possessed(noun) ? [noun - 2] : [])];
  // ("voiced support for the plan": a thing supported is no party it goes to)
  if (recipient && recipient.rule !== THING_RULE && !c.actors.some((a) => a.start === recipient.start)) {
    // the window's names inside the recipient's words stand ("support for the army and the police")
    const [first, last] = tree.span(node as number);
    const inside = c.targets.filter((p) => p.start >= ctx.doc.tokens[first].start && p.end <= ctx.doc.tokens[last - 1].end);
    return withGiverSide(ctx, givers, { ...c, targets: inside.length > 0 ? inside : [recipient], rules: [...c.rules, GIVEN_RECIPIENT_RULE] });
  }
  const byGiver = (p: ActorPhrase) => givers.some((g) => {
    const [first, last] = tree.span(g);
    return p.start >= ctx.doc.tokens[first].start && p.end <= ctx.doc.tokens[last - 1].end;
  });
  const kept = c.targets.filter((p) => !byGiver(p));
  return kept.length === c.targets.length ? c : { ...c, targets: kept, rules: [...c.rules, GIVEN_BY_NO_TARGET_RULE] };
}

/**
 * Whom a noun of a thing given goes to: the phrase after one of its recipient prepositions, on the noun ("support |
 * for Kyiv") or, where the parse hangs it there, on the noun's head ("cut US aid | to Sudan"). Read here and by
 * landing-node.ts.
 */
export function recipientNode(tree: TreeView, noun: number, preps: ReadonlySet<string>): number | undefined {
  const to = (k: number) => k > noun && preps.has(tree.marker(k) ?? '');
  return tree.childrenWith(noun, 'nmod', 'obl').find(to) ?? tree.childrenWith(tree.head(noun), 'obl').find(to);
}

/** In an event's `rules`: a bare role giving a state's thing is that state's ("the chancellor offered Germany's backing"). */
export const GIVER_SIDE_RULE = 'actor:given-by-state';

/**
 * "The chancellor offered Germany's backing to the new government in Tripoli": the state that gives the thing (its
 * possessor or modifier) is the side of a bare role giving it, not the recipient's state nor the place's (which the
 * role would otherwise take, assemble.ts, and lose the recipient as a target of its own side).
 */
function withGiverSide(ctx: SentenceContext, givers: readonly number[], c: Candidate): Candidate {
  const state = givers.map((g) => ctx.phraseAt.get(g)).find((p) => p?.kind === 'country' && p.code !== null && !p.locative);
  // (a bare title, or "the chancellor" read as a definite mention of one)
  const bare = (p: ActorPhrase) => (p.kind === 'role' || p.kind === 'anaphor' && p.rule.startsWith('anaphor:definite')) && p.code === null && p.roleCode !== undefined && !p.plural;
  if (!state && c.actors.length === 1) return withUnnamedGiver(c);
  if (!state || c.actors.length !== 1 || !bare(c.actors[0])) return c;
  const actor = { ...c.actors[0], kind: 'role' as const, code: `${state.code}${c.actors[0].roleCode}`, rule: `${c.actors[0].rule}+${GIVER_SIDE_RULE}` };
  return { ...c, actors: [actor], rules: [...c.rules, GIVER_SIDE_RULE] };
}

/** In an event's `rules` (and its actor phrase's): a bare title backs a government no side of its own is named for. */
export const UNNAMED_GIVER_RULE = 'actor:giver-of-no-named-side';

/**
 * "The chancellor offered support to the new government in Tripoli", "the president pledged aid to the interim
 * authorities in Kabul": a bare title backing a government names no side of its own; it is not the recipient's (one
 * government's head does not back that government as another party), nor the place's or the story's, which the
 * recipient shares. The title stays of no country (core/actor-ref.ts withContextCountry); a title the text took up
 * from a named person ("Chancellor Merz ... the chancellor") keeps that person's.
 */
function withUnnamedGiver(c: Candidate): Candidate {
  const [giver] = c.actors;
  const government = c.targets.some((p) => p.kind === 'role' && p.roleKind === 'government');
  // (a bare title, or "the chancellor" read as a definite mention of one: its antecedent, if any, still answers)
  const title = giver.kind === 'role' || giver.kind === 'anaphor' && giver.rule.startsWith('anaphor:definite');
  if (!title || giver.roleKind !== 'person' || giver.code !== null || giver.plural || !government) return c;
  return { ...c, actors: [{ ...giver, rule: `${giver.rule}+${UNNAMED_GIVER_RULE}` }], rules: [...c.rules, UNNAMED_GIVER_RULE] };
}
