import type { Candidate } from '../candidate.ts';
import type { SentenceContext } from '../context.ts';
import type { TreeView } from './tree-view.ts';
import { landingNode, saidOn, type LandingNode } from './landing-node.ts';
import { nodePhrase, THING_RULE } from './node-phrase.ts';
import { isActNoun } from './object-words.ts';
import { PART_WORDS } from './instrument-subject.ts';

// The act a toll verb tells the toll of ("a raid against a checkpoint killed nine", "killed 13 soldiers in an attack
// on an army base"), and where that act lands (read by tree-targets.ts).

/** In an event's `rules`: its target is a thing with no actor code ("the district center"), see hasThingTarget. */
export const THING_TARGET = 'target:thing';

// (candidate.ts: the country of the place a weapon struck, read into the window's targets)
const OBJECT_PLACE_RULE = 'roles:target-from-object-place';
const TOLL_PREPS = new Set(['in', 'during']);
export const TOLL_VERBS: ReadonlySet<string> = new Set(['kill', 'wound', 'injure', 'hurt', 'die', 'leave', 'claim']);

/** The node is the subject of a verb that tells an act's toll ("clashes between A and B killed 12"): the act happened. */
export function isTollSubject(tree: TreeView, node: number): boolean {
  const verb = tree.head(node);
  return tree.label(node) === 'nsubj' && verb >= 0 && TOLL_VERBS.has(tree.tokens[verb].lemma);
}

/** The act noun a toll verb reports on: its subject ("the raid killed") or its in/during oblique ("killed ... in an attack"). */
export function namedAct(tree: TreeView, ctx: SentenceContext, verb: number, own: readonly number[]): number | null {
  // "the killing of aid workers" read by a verb pattern: its own gerund is the act, not one it tells the toll of
  const isAct = (n: number) => !ctx.phraseAt.has(n) && !own.includes(n) && isActNoun(ctx.kb, ctx.doc.tokens[n].lemma);
  const subjects = tree.childrenWith(verb, 'nsubj');
  const subject = subjects.find(isAct) ?? subjects.map((n) => partitiveAct(tree, n, isAct)).find((n) => n !== undefined);
  if (subject !== undefined) return subject;
  // "a Taliban raid against a checkpoint killed nine" misread with no subject for "killed": hung as a bare
  // xcomp (or, tagger-2, a parataxis) of "raid" read as a verb, or as an acl of "checkpoint"; the act word it
  // hangs under is its subject
  if (tree.childrenWith(verb, 'nsubj', 'mark').length === 0) {
    let node = verb;
    for (let step = 0; step < 3 && ['xcomp', 'parataxis', 'acl', 'obl', 'nmod'].includes(tree.base(node)); step++) {
      node = tree.head(node);
      if (node < 0 || node > verb) break;
      if (isAct(node)) return node;
      // "confirmed a raid | against a camp" read as two dependents of "confirmed": the act just before the nominal
      const before = tree.children(tree.head(node)).find((n) => n < node && isAct(n) && tree.span(n)[1] === tree.span(node)[0]);
      if (before !== undefined) return before;
    }
  }
  // the parser may hang "in an attack" on the object ("killed 12 soldiers in an attack"): same reading; only a
  // verb of casualties tells a toll ("massacred 50 villagers during a raid on the village", "raped women during
  // the assault on the town" name their own victims)
  if (!TOLL_VERBS.has(ctx.doc.tokens[verb].lemma)) return null;
  const holders = [verb, ...tree.childrenWith(verb, 'obj')];
  for (const h of holders) {
    const found = tree.childrenWith(h, 'obl', 'nmod').find((n) => isAct(n) && TOLL_PREPS.has(tree.marker(n) ?? ''));
    if (found !== undefined) return found;
  }
  return null;
}

/**
 * "killed five fighters in a raid on a camp", "killed six militants in a raid on a hideout": an active toll verb
 * with an object names whom the act hit itself; the act its "in" phrase names only tells how, so its landing is no
 * target (the hand-coded sets code the people killed). The act as subject ("a raid on a camp killed five") and the
 * passive ("five were killed in a raid on a camp") still land where the act does.
 */
export function tollAct(tree: TreeView, ctx: SentenceContext, verb: number, own: readonly number[]): number | null {
  const act = namedAct(tree, ctx, verb, own);
  if (act === null || tree.isPassive(verb) || !TOLL_PREPS.has(tree.marker(act) ?? '')) return act;
  const objects = tree.childrenWith(verb, 'obj');
  if (objects.length === 0 || !(tree.head(act) === verb || objects.includes(tree.head(act)))) return act;
  // ("in a raid on a Boko Haram hideout", "in an attack on an army base": a thing a side named in it holds tells whose
  // it is, and stays the act's landing; the hand-coded sets keep it; only a bare thing gives way, "on a camp")
  const landing = actLanding(tree, ctx, act);
  if (landing === null) return null;
  // (so does a thing named by its "of": "an attack on the village of Yelwata")
  if (tree.childrenWith(landing.node, 'nmod').some((n) => tree.marker(n) === 'of' && tree.upos(n) === 'PROPN')) return act;
  const [first, last] = tree.span(landing.node);
  for (let k = first; k < last; k++) if (ctx.phraseAt.get(k)?.locative === false) return act;
  return null;
}

/** "One of the attacks, on a U.S. base, killed one soldier": the act a counted subject is one of. */
function partitiveAct(tree: TreeView, subject: number, isAct: (n: number) => boolean): number | undefined {
  if (!PART_WORDS.has(tree.tokens[subject].lower)) return undefined; // "One of the attacks", "two of the strikes"
  return tree.childrenWith(subject, 'nmod').find((n) => tree.marker(n) === 'of' && isAct(n));
}

/**
 * "One of the attacks, on a U.S. base, killed one soldier", "a raid on a police post killed six officers": an act with
 * no actor whose verb tells the toll of an act the sentence names, and that act hit a thing: the thing is the target,
 * as it is when the act has an actor (the dead stay in the event's numbers).
 */
export function withAgentlessActLanding(ctx: SentenceContext, tree: TreeView, c: Candidate): Candidate {
  if (c.trigger.pattern.kind === 'verb' && tree.isPassive(c.trigger.head)) return withPassiveSubjectThing(ctx, tree, c);
  if (c.info.type !== 'ASSAULT' || c.trigger.pattern.kind !== 'verb') return c;
  const act = namedAct(tree, ctx, c.trigger.head, c.trigger.tokens);
  const landing = act === null ? null : actLanding(tree, ctx, act);
  const target = landing && nodePhrase(tree, ctx, landing.node);
  if (target && target.rule === THING_RULE) return { ...c, targets: [target], rules: [...c.rules, landing!.rule, THING_TARGET] };
  return withInstrumentLanding(ctx, tree, c);
}

/**
 * "An airstrike hit a market in Idlib", "a missile struck an apartment block": the act (or its weapon) as the subject
 * names nobody who did it; what the verb hits is the target, a thing as any verb's landing is (a name the window found
 * inside the thing gives way to it: "a wedding party" is no party).
 */
function withInstrumentLanding(ctx: SentenceContext, tree: TreeView, c: Candidate): Candidate {
  if (!c.rules.includes(INSTRUMENT_SUBJECT_RULE)) return c;
  const landing = ownPrepositionLanding(tree, c) ?? landingNode(tree, ctx.kb, ctx.doc.tokens, c.trigger.head, 'verb', c.trigger.tokens);
  const target = landing && nodePhrase(tree, ctx, landing.node);
  if (!target || target.rule !== THING_RULE) return c;
  const [from, to] = tree.span(landing!.node);
  const tokens = ctx.doc.tokens;
  // "drones struck a checkpoint in Pakistan's Khyber Pakhtunkhwa province": the state whose province holds the thing
  // keeps its code on the thing's words, as with a named attacker (tree-targets.ts), wherever the parse hangs the
  // setting ("hit oil fields | in Iraq's Kurdistan region" read on the verb: the state was read off the object's place)
  const state = c.rules.includes(OBJECT_PLACE_RULE) && c.targets.length === 1 && c.targets[0].code !== null ? c.targets[0] : null;
  if (!state && !c.targets.every((p) => tokens[from].start <= p.start && p.end <= tokens[to - 1].end)) return c;
  const owned = state ? { ...state, start: target.start, end: target.end, text: target.text, locative: false, prep: null, rule: `${state.rule}+${THING_RULE}` } : target;
  return { ...c, targets: [owned], rules: [...c.rules, landing!.rule, THING_TARGET] };
}

/** "tore through a mosque", "landed near the palace": a pattern of motion ending in its preposition lands on that preposition's noun. */
function ownPrepositionLanding(tree: TreeView, c: Candidate): LandingNode | null {
  const last = c.trigger.tokens[c.trigger.tokens.length - 1];
  if (last === c.trigger.head || tree.tokens[last].pos !== 'ADP') return null;
  const node = tree.childrenWith(c.trigger.head, 'obl').find((n) => tree.childrenWith(n, 'case').includes(last));
  return node === undefined ? null : { node, rule: `roles:tree-obl-${tree.tokens[last].lower}` };
}

/**
 * "Two men were arrested in Kano on Tuesday", "two buildings were destroyed": an agentless passive the place and date
 * made an event lands on its subject even when no role names it (its own words, no code).
 */
function withPassiveSubjectThing(ctx: SentenceContext, tree: TreeView, c: Candidate): Candidate {
  if (c.targets.length > 0 || (c.info.type !== 'ASSAULT' && c.info.type !== 'COERCE')) return c;
  const subject = tree.childrenWith(c.trigger.head, 'nsubj:pass')[0];
  const target = subject === undefined ? null : nodePhrase(tree, ctx, subject);
  if (!target || target.rule !== THING_RULE) return c;
  return { ...c, targets: [target], rules: [...c.rules, 'roles:tree-nsubj-pass-thing', THING_TARGET] };
}

/** In a candidate's `rules`: its verb's subject is the act or its weapon ("a car bomb killed 12"), see instrument-subject.ts. */
export const INSTRUMENT_SUBJECT_RULE = 'roles:instrument-subject';

/** Where a named act lands ("a raid against a checkpoint"); no landing, no change. */
export function actLanding(tree: TreeView, ctx: SentenceContext, act: number): LandingNode | null {
  // "in an attack on an army post" read as two modifiers of one head: the on/against one just after the act is its
  const sibling = tree.children(tree.head(act)).find((n) => n > act && ['nmod', 'obl'].includes(tree.base(n)) && ['on', 'against'].includes(tree.marker(n) ?? '') && tree.span(act)[1] === tree.span(n)[0] && !saidOn(tree, ctx.kb, n));
  const found = landingNode(tree, ctx.kb, ctx.doc.tokens, act, 'noun') ?? (sibling === undefined ? null : { node: sibling, rule: `roles:tree-noun-${tree.marker(sibling)}` });
  return found && { ...found, rule: found.rule.replace('roles:tree-noun-', 'roles:tree-named-act-') };
}
