import type { ActorPhrase } from '../../resolve/types.ts';
import type { Candidate } from '../candidate.ts';
import type { SentenceContext } from '../context.ts';
import type { TreeView } from './tree-view.ts';
import { landingNode, type LandingNode } from './landing-node.ts';
import { nodePhrase, THING_RULE } from './node-phrase.ts';
import { THING_TARGET } from './named-act.ts';
import { opensSayingVehicle } from '../saying-vehicle.ts';

// acts whose object names a penalty, and the penalty where it lands: "threatened sanctions against X"
export const PENALTY_TYPES = new Set(['THREATEN', 'SANCTION']);
// acts that ease or keep a penalty: "lifted sanctions on Syria" (CONCEDE, CAMEO 085; RETREAT before plover-47),
// "renewed sanctions on Russia" (REJECT 1244)
export const LIFTED_PENALTY_TYPES = new Set(['CONCEDE', 'RETREAT', 'REJECT']);
// the nouns of a penalty imposed, eased or kept
const PENALTY_NOUNS = new Set(['sanction', 'tariff', 'embargo', 'penalty', 'restriction', 'ban', 'curb', 'levy', 'duty', 'blockade']);

/** The trigger's penalty nouns: the act noun itself, or the verb's object ("lifted U.S. sanctions"). */
export function penaltyNouns(tree: TreeView, ctx: SentenceContext, c: Candidate): number[] {
  const heads = c.trigger.pattern.kind === 'noun' ? [c.trigger.head] : tree.childrenWith(c.trigger.head, 'obj');
  return heads.filter((h) => PENALTY_NOUNS.has(ctx.doc.tokens[h].lemma));
}

/**
 * "threatened sanctions against those undermining peace", "imposed new penalties on two companies": where the
 * window found no target, the penalty's on/against oblique names it. A bare object is the window's to read
 * ("threatened Iran"), so only the act noun's landing counts here. A target the window took from the penalty's own
 * modifiers ("lifted U.S. sanctions on settlers", "imposed EU tariffs on Chinese cars") is whose penalty it is, not
 * where it lands: the landing replaces it; with no landing it stays ("eased Russia sanctions").
 */
export function withPenaltyLanding(ctx: SentenceContext, tree: TreeView, c: Candidate): Candidate {
  const owners = c.targets.length > 0 && c.targets.every((t) => modifiesPenalty(tree, ctx, c, t));
  if (c.targets.length > 0 && !owners) return c;
  const landing = holdingsOwner(tree, ctx, c) ?? landingNode(tree, ctx.kb, ctx.doc.tokens, c.trigger.head, c.trigger.pattern.kind, c.trigger.tokens) ?? penaltyParticiple(tree, ctx, c);
  if (!landing || landing.rule === 'roles:tree-obj') return c;
  const target = nodePhrase(tree, ctx, landing.node);
  if (!target || c.actors.some((a) => a.start === target.start) || c.targets.some((t) => t.start === target.start)) return c;
  return { ...c, targets: [target], rules: [...c.rules, landing.rule, ...(owners ? ['roles:penalty-owner-no-target'] : []), ...(target.rule === THING_RULE ? [THING_TARGET] : [])] };
}

/** The phrase is a word before a penalty noun of the trigger ("U.S." of "U.S. sanctions"). */
function modifiesPenalty(tree: TreeView, ctx: SentenceContext, c: Candidate, p: ActorPhrase): boolean {
  const t = ctx.doc.tokens;
  return penaltyNouns(tree, ctx, c).some((n) => tree.children(n).some((m) => m < n && (tree.base(m) === 'compound' || tree.base(m) === 'amod') && t[m].start >= p.start && t[m].end <= p.end));
}

/**
 * "issued new sanctions Monday imposing penalties on two firms", "announced measures Friday aimed at three banks": a
 * participle that describes the penalty says where it lands (its on/against oblique, never its bare object).
 */
const PENALTY_PREPS = new Set(['on', 'against', 'at', 'upon', 'targeting']);

function penaltyParticiple(tree: TreeView, ctx: SentenceContext, c: Candidate): LandingNode | null {
  const penalties = c.trigger.pattern.kind === 'noun' ? [c.trigger.head] : tree.childrenWith(c.trigger.head, 'obj');
  for (const p of penalties) {
    for (const verb of tree.childrenWith(p, 'acl').filter((v) => tree.upos(v) === 'VERB' && /(ing|ed)$/.test(ctx.doc.tokens[v].lower) && !toldInBetween(ctx, p, v))) {
      // "imposing penalties on X": on the participle, or on its object
      const on = [verb, ...tree.childrenWith(verb, 'obj')].flatMap((h) => tree.childrenWith(h, 'obl', 'nmod')).find((n) => tree.label(n) !== 'obl:agent' && PENALTY_PREPS.has(tree.marker(n) ?? ''));
      if (on !== undefined) return { node: on, rule: `roles:tree-participle-${tree.marker(on)}` };
    }
  }
  return null;
}

// "threatened attacks in a video posted on Telegram": a participle past a saying vehicle describes the vehicle,
// wherever the parser hung it
const toldInBetween = (ctx: SentenceContext, from: number, to: number) => {
  for (let i = from + 1; i < to; i++) if (opensSayingVehicle(ctx.doc.tokens, i, ctx.kb.lexicon.sayingVehicles)) return true;
  return false;
};

/** The landing is the owner of what a penalty takes ("froze the assets | of six prison chiefs"). */
export const HOLDINGS_OWNER_RULE = 'roles:tree-penalized-holdings-of';

/**
 * "froze the assets of six prison governors", "blocked the bank accounts of the group's financiers", "seized the
 * yachts of two tycoons", "froze Abramovich's assets": a penalty whose pattern names what it takes (its own object, no penalty noun) lands on the
 * "of" owner of that thing, named or not (the window reads only a name it knows: "of three Iranian generals").
 */
function holdingsOwner(tree: TreeView, ctx: SentenceContext, c: Candidate): LandingNode | null {
  // (a threat's own object is what it endangers, "threatened the security of the region": no holdings)
  if (c.trigger.pattern.kind !== 'verb' || c.info.type !== 'SANCTION') return null;
  const t = ctx.doc.tokens;
  const taken = tree.childrenWith(c.trigger.head, 'obj').filter((o) => c.trigger.tokens.includes(o) && tree.upos(o) === 'NOUN' && !PENALTY_NOUNS.has(t[o].lemma));
  // ("froze Abramovich's assets": a possessor owns it as an "of" noun does)
  const owner = taken.flatMap((o) => tree.children(o)).find((n) => (tree.label(n) === 'nmod:poss' || tree.base(n) === 'nmod' && tree.marker(n) === 'of') && ['NOUN', 'PROPN'].includes(tree.upos(n)));
  return owner === undefined ? null : { node: owner, rule: HOLDINGS_OWNER_RULE };
}
