import type { ActorPhrase } from '../../resolve/types.ts';
import type { SentenceContext } from '../context.ts';
import type { TreeView } from './tree-view.ts';

/** In an event's `rules`: the participant is a state side's following, read as that country's people. */
export const STATE_FOLLOWING_RULE = 'roles:tree-state-following';

// the roles of a state's bodies: government, army, police, courts, legislature, spies (a country's code, then the role)
const STATE_ROLES = new Set(['GOV', 'MIL', 'COP', 'JUD', 'LEG', 'SPY']);
const COUNTRY_ROLE = /^([A-Z]{3})([A-Z]{3})/;

type Found = { phrase: ActorPhrase; rules: string[] } | null;

/**
 * "Supporters of President Kais Saied marched", "junta supporters attacked journalists", "followers of the prime
 * minister stormed the office": the following of a state's government, army or police (data/lexicon/follower-nouns.tsv)
 * is no part of that state, whichever way the tree read its side (the "of" noun, or the owner before it). It is that
 * country's people (CVL), over the node's own words and its side's. A party's, movement's or group's following acts
 * for that side ("opposition supporters", "supporters of Hamas"): unchanged.
 */
export function stateFollowing(view: TreeView, ctx: SentenceContext, node: number, found: Found): Found {
  if (found === null || !ctx.kb.lexicon.followerNouns?.has(view.tokens[node].lower)) return found;
  // (a bare role, "junta supporters", takes its country later: the people's role goes with it)
  const coded = COUNTRY_ROLE.exec(found.phrase.code ?? '');
  const role = coded ? coded[2] : found.phrase.code === null ? found.phrase.roleCode : undefined;
  if (role === undefined || !STATE_ROLES.has(role)) return found;
  const tokens = ctx.doc.tokens;
  // ("thousands of supporters of X": the node's own "of" is no word of it)
  const [lo] = view.span(node, (c) => view.head(c) === node && ['case', 'punct', 'cc'].includes(view.label(c)));
  const start = Math.min(tokens[lo].start, found.phrase.start);
  const end = Math.max(tokens[node].end, found.phrase.end);
  const text = ctx.doc.text.slice(start, end);
  const people: ActorPhrase = {
    ...found.phrase, start, end, text, name: text, code: coded ? `${coded[1]}CVL` : null, kind: 'role', roleCode: 'CVL', roleKind: 'civilian',
    plural: view.tokens[node].lower !== view.tokens[node].lemma, entry: null, refersTo: undefined, members: undefined, rule: `${found.phrase.rule}+actor:tree-state-following`,
  };
  return { phrase: people, rules: [...found.rules, STATE_FOLLOWING_RULE] };
}

/**
 * "arrested dozens of supporters of President X": a thing target whose owner the window read inside it is a state
 * side's following when the thing's head (or the "of" noun of its quantity) is a follower noun: that country's people.
 */
export function followedThing(view: TreeView, ctx: SentenceContext, node: number, owned: ActorPhrase): ActorPhrase {
  const of = (n: number) => view.childrenWith(n, 'nmod').find((c) => c > n && view.marker(c) === 'of');
  const follower = [node, of(node)].find((n) => n !== undefined && ctx.kb.lexicon.followerNouns?.has(view.tokens[n].lower));
  if (follower === undefined) return owned;
  const people = stateFollowing(view, ctx, follower, { phrase: owned, rules: [] })!.phrase;
  return people === owned ? owned : { ...people, start: owned.start, end: owned.end, text: owned.text, name: owned.text };
}
