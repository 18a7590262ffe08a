import type { ActorPhrase } from '../../resolve/types.ts';
import type { Candidate } from '../candidate.ts';
import type { SentenceContext } from '../context.ts';
import type { TreeView } from './tree-view.ts';
import { nodePhrase, THING_RULE } from './node-phrase.ts';
import { THING_TARGET } from './named-act.ts';

/** In an event's `rules`: the target is the object of the row's own helping verb, not what was sent. */
export const AIDED_PARTY_RULE = 'roles:tree-aided-party';

/**
 * "sent troops to support M23 rebels", "deployed soldiers to help the Congolese army": a giving row that ends in its
 * helping verb ("send * to help|support") moves what its gap holds to whom that verb helps. The helping verb's object
 * (a named party, not a thing) is the target; the force or goods sent never are. The window's names inside that
 * object stand ("to support the army and the police").
 */
export function withAidedParty(ctx: SentenceContext, tree: TreeView, c: Candidate): Candidate {
  if (c.info.type !== 'AID' || c.trigger.pattern.kind !== 'verb') return c;
  const owner = ownNounOwner(ctx, tree, c);
  if (owner) return { ...c, targets: [owner], rules: [...c.rules, OWN_NOUN_OWNER_RULE] };
  if (c.targets.length > 0 && c.targets.every((p) => inSourceOfGiving(ctx, tree, c, p))) return { ...c, targets: [], rules: [...c.rules, SOURCE_RULE] };
  const rescued = rescuedOwnObject(ctx, tree, c);
  if (rescued) return { ...c, targets: [rescued], rules: [...c.rules, RESCUED_RULE, THING_TARGET] };
  const helping = c.trigger.tokens[c.trigger.tokens.length - 1];
  if (helping === c.trigger.head || tree.upos(helping) !== 'VERB' || tree.marker(helping) !== 'to') return c;
  const object = tree.childrenWith(helping, 'obj')[0];
  const aided = object === undefined ? null : nodePhrase(tree, ctx, object);
  if (!aided || aided.rule === THING_RULE || c.actors.some((a) => a.start === aided.start)) return c;
  const [first, last] = tree.span(object);
  const within = (p: ActorPhrase) => p.start >= ctx.doc.tokens[first].start && p.end <= ctx.doc.tokens[last - 1].end;
  const named = c.targets.filter(within);
  const targets = named.some((p) => p.start <= aided.start && p.end >= aided.end) ? named : [aided];
  if (targets.length === c.targets.length && targets.every((p, i) => p === c.targets[i])) return c;
  return { ...c, targets, rules: [...c.rules, AIDED_PARTY_RULE] };
}

/** In an event's `rules`: the only party named is where the aid came from, no recipient. */
export const SOURCE_RULE = 'roles:tree-aid-source';

/**
 * "The EU mobilized search teams from 13 member states", "sent doctors from five countries": a "from" phrase of the
 * giving verb says where the aid came from; it is never whom the aid is for.
 */
function inSourceOfGiving(ctx: SentenceContext, tree: TreeView, c: Candidate, p: ActorPhrase): boolean {
  const t = ctx.doc.tokens;
  return tree.childrenWith(c.trigger.head, 'obl').some((n) => {
    if (tree.marker(n) !== 'from') return false;
    const [a, b] = tree.span(n);
    return t[a].start <= p.start && p.end <= t[b - 1].end;
  });
}

/** In an event's `rules`: the target owns the row's own final noun ("in Pakistan's central bank"). */
export const OWN_NOUN_OWNER_RULE = 'roles:tree-own-noun-owner';

/**
 * "deposited $3 billion in Pakistan's central bank": a giving row that ends in the body the gift is put in names no
 * recipient but that body's owner, whom "in" made a place; with no target found, the owner (a country, group or
 * organisation) is the recipient.
 */
function ownNounOwner(ctx: SentenceContext, tree: TreeView, c: Candidate): ActorPhrase | null {
  const last = c.trigger.tokens[c.trigger.tokens.length - 1];
  if (c.targets.length > 0 || last === c.trigger.head || tree.upos(last) !== 'NOUN') return null;
  const owner = tree.childrenWith(last, 'nmod:poss').map((k) => ctx.phraseAt.get(k)).find((p) => p && p.code !== null && ['country', 'group', 'organization'].includes(p.kind));
  return owner && !c.actors.some((a) => a.code === owner.code) ? { ...owner, locative: false, prep: null } : null;
}

/** In an event's `rules`: the target is the rescued people the row itself names ("rescued 12 hostages"). */
export const RESCUED_RULE = 'roles:tree-rescued-own-object';
const RESCUE_CAMEO = '073';

/**
 * "Police rescued 12 hostages from a kidnappers' hideout": a rescue row names whom it rescues with its own noun; where
 * no role reads that noun ("hostages" is none: the targets of refusals to release them stay their holders'), the
 * noun's words are the target, never a name in where they were rescued from.
 */
function rescuedOwnObject(ctx: SentenceContext, tree: TreeView, c: Candidate): ActorPhrase | null {
  if (c.trigger.pattern.cameo !== RESCUE_CAMEO) return null;
  const obj = tree.childrenWith(c.trigger.head, 'obj').find((o) => c.trigger.tokens.includes(o));
  if (obj === undefined || ctx.phraseAt.get(obj)) return null;
  const from = tree.childrenWith(obj, 'nmod').filter((n) => tree.marker(n) === 'from').map((n) => tree.span(n));
  const t = ctx.doc.tokens;
  const inFrom = (p: ActorPhrase) => from.some(([a, b]) => t[a].start <= p.start && p.end <= t[b - 1].end);
  // (only to replace a name in where they came from: "supplied food and medicine" keeps its reading)
  if (c.targets.length === 0 || !c.targets.every(inFrom)) return null;
  const thing = nodePhrase(tree, ctx, obj);
  return thing && thing.rule === THING_RULE ? thing : null;
}
