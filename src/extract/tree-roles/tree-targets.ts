import type { ActorPhrase } from '../../resolve/types.ts';
import type { Candidate } from '../candidate.ts';
import type { SentenceContext } from '../context.ts';
import type { TreeView } from './tree-view.ts';
import { landingNode, type LandingNode } from './landing-node.ts';
import { nodePhrase, THING_RULE } from './node-phrase.ts';
import { isActNoun } from './object-words.ts';

/** In an event's `rules`: its target is a thing with no actor code ("the district center"), see hasThingTarget. */
export const THING_TARGET = 'target:thing';

// the window's owner of a struck place: "shelled areas of Kherson" → Ukraine (src/extract/candidate.ts)
const PLACE_COUNTRY_RULE = 'actor:object-place-country';

// Acts that land on things as well as on people: "stormed the district center", "hit five villages" (ASSAULT),
// "shut down two newspapers" (COERCE), "accepted the peace plan" (AGREE).
const THING_TARGET_TYPES = new Set(['ASSAULT', 'COERCE', 'AGREE']);

/**
 * A candidate's target read off the dependency tree, for acts that land on things:
 *  - where the window reading found none: "Taliban fighters stormed the district center" → the district
 *    center; "a raid against a security checkpoint" → the checkpoint;
 *  - where the window only found a name inside the thing: "attacked a police station" (police), "an army
 *    outpost" (army), "a clinic that treats refugees" (refugees) → the station, the outpost, the clinic.
 * Runs after the event is decided, so a target never makes an event nor changes its type; the rule that
 * found it joins the event's `rules`.
 */
export function withTreeTargets(ctx: SentenceContext, view: () => TreeView, c: Candidate): Candidate {
  // an act with no agent is coded for whom it befell; a thing alone never makes one an event
  if (c.actors.length === 0 || !THING_TARGET_TYPES.has(c.info.type) || c.reciprocal) return c;
  const tree = view();
  const act = c.trigger.pattern.kind === 'verb' ? namedAct(tree, ctx, c.trigger.head) : null;
  // "a raid against a checkpoint killed nine soldiers", "killed 13 soldiers in an attack on an army base":
  // the verb tells the toll of an act the sentence names; that act's target is the event's target
  const landing = act ? actLanding(tree, ctx, act) : landingNode(tree, ctx.kb, ctx.doc.tokens, c.trigger.head, c.trigger.pattern.kind);
  if (!landing) return c;
  const target = nodePhrase(tree, ctx, landing.node);
  if (!target || c.actors.some((a) => a.start === target.start && a.end === target.end)) return c;
  const isThing = target.rule === THING_RULE;
  // the toll's victims give way only to a thing ("an army post"), not to the place an act hit ("a strike on Khan Younis")
  if (act !== null && !isThing) return c;
  let owned = target;
  if (c.targets.length > 0 && !act) {
    // the window's answer stands unless it is only a word inside the thing the act lands on
    const [first, last] = tree.span(landing.node);
    const inside = (p: ActorPhrase, start: number, end: number) => p.start >= start && p.end <= end;
    if (!isThing || !c.targets.every((p) => inside(p, ctx.doc.tokens[first].start, ctx.doc.tokens[last - 1].end))) return c;
    // "strikes against PMU positions", "a police station", "a refinery in Russia's Krasnodar region": the
    // thing keeps its owner's name and code (a role still takes its country later); a name in a clause
    // that only describes the thing ("a clinic that treats refugees") owns nothing
    const owners = c.targets.filter((p) => inside(p, target.start, target.end) || p.rule === PLACE_COUNTRY_RULE);
    if (owners.some((p) => p.kind === 'anaphor')) return c; // "its base": the anaphor's resolution stands
    if (owners.length === 1) owned = { ...owners[0], start: target.start, end: target.end, text: target.text, locative: false, prep: null, rule: `${owners[0].rule}+${THING_RULE}` };
  }
  const rules = [...c.rules, landing.rule, ...(isThing ? [THING_TARGET] : [])];
  return { ...c, targets: [owned], rules };
}

/** The event's target is a thing read off the tree: it fits any other target of the same act (the base and the soldiers in it). */
export function hasThingTarget(e: { readonly rules: readonly string[] }): boolean {
  return e.rules.includes(THING_TARGET);
}

const TOLL_PREPS = new Set(['in', 'during']);

/** The act noun a toll verb reports on: its subject ("the raid killed") or its in/during oblique ("killed ... in an attack"). */
function namedAct(tree: TreeView, ctx: SentenceContext, verb: number): number | null {
  const isAct = (n: number) => !ctx.phraseAt.has(n) && isActNoun(ctx.kb, ctx.doc.tokens[n].lemma);
  const subject = tree.childrenWith(verb, 'nsubj').find(isAct);
  if (subject !== undefined) return subject;
  // the parser may hang "in an attack" on the object ("killed 12 soldiers in an attack"): same reading
  const holders = [verb, ...tree.childrenWith(verb, 'obj')];
  for (const h of holders) {
    const found = tree.childrenWith(h, 'obl', 'nmod').find((n) => isAct(n) && TOLL_PREPS.has(tree.marker(n) ?? ''));
    if (found !== undefined) return found;
  }
  return null;
}

/** Where a named act lands ("a raid against a checkpoint"); no landing, no change. */
function actLanding(tree: TreeView, ctx: SentenceContext, act: number): LandingNode | null {
  // "in an attack on an army post" read as two modifiers of one head: the on/against one just after the act is its
  const sibling = tree.children(tree.head(act)).find((n) => n > act && ['nmod', 'obl'].includes(tree.base(n)) && ['on', 'against'].includes(tree.marker(n) ?? '') && tree.span(act)[1] === tree.span(n)[0]);
  const found = landingNode(tree, ctx.kb, ctx.doc.tokens, act, 'noun') ?? (sibling === undefined ? null : { node: sibling, rule: `roles:tree-noun-${tree.marker(sibling)}` });
  return found && { ...found, rule: found.rule.replace('roles:tree-noun-', 'roles:tree-named-act-') };
}
