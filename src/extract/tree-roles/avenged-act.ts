import type { ActorPhrase } from '../../resolve/types.ts';
import type { Candidate } from '../candidate.ts';
import type { SentenceContext } from '../context.ts';
import type { TreeView } from './tree-view.ts';
import { isActNoun } from './object-words.ts';
import { landingNode } from './landing-node.ts';
import { nodePhrase } from './node-phrase.ts';
import { cuePhrases } from '../cue-groups.ts';

// acts that answer another act: "vowed revenge for", "threatened retaliation for", "retaliated for"
const ANSWERING_TYPES = new Set(['THREATEN', 'ASSAULT']);

export const AVENGED_DOER_RULE = 'roles:tree-avenged-act-doer';
export const AVENGED_NO_TARGET_RULE = 'roles:tree-avenged-act-no-target';
export const ANSWERER_LANDING_RULE = 'roles:tree-answered-act-on-answerer';

/**
 * "vowed revenge for the killing of its commander", "threatened retaliation for Israel's strike on its consulate",
 * "would avenge the deaths of its fighters", "would repel any attack on the capital":
 * a "for" phrase headed by an act (on the verb, or on the pattern's own object "revenge") is what the act answers.
 * Whom that act befell is not whom the answer is aimed at: where every window target lies inside it, the answered
 * act's doer is the target ("by Israeli forces", "Israel's strike"), else no one.
 */
export function withAvengedAct(ctx: SentenceContext, tree: TreeView, c: Candidate): Candidate {
  if (c.trigger.pattern.kind === 'noun') return withAnswererLanding(ctx, tree, c);
  if (!ANSWERING_TYPES.has(c.info.type) || c.trigger.pattern.kind !== 'verb') return c;
  const t = ctx.doc.tokens;
  const isAct = (n: number) => isActNoun(ctx.kb, t[n].lemma) || ctx.kb.lexicon.ofUndergoneActs.has(t[n].lemma);
  const holders = [c.trigger.head, ...tree.childrenWith(c.trigger.head, 'obj')];
  // ("claimed responsibility for a missile attack on Tel Aviv": the pattern's own act is the act itself, not a cause)
  const forCauses = holders.flatMap((h) => tree.childrenWith(h, 'obl', 'nmod')).filter((n) => tree.marker(n) === 'for' && isAct(n) && !c.trigger.tokens.includes(n));
  // ("vowed to counter any assault by the protesters": a threat typed by its content answers what its content verb answers)
  const contentVerbs = c.info.type === 'THREATEN' ? tree.childrenWith(c.trigger.head, 'xcomp') : [];
  const causes = [...forCauses, ...[...c.trigger.tokens, ...contentVerbs].flatMap((k) => answeredObjects(ctx, tree, k)).filter(isAct)];
  // "would repel any attack by Hezbollah": the answered act's doer is the target even where the window found none
  if (c.targets.length === 0) {
    if (causes.length === forCauses.length) return c;
    const doer = answeredDoer(ctx, tree, causes[forCauses.length]);
    if (doer && !c.actors.some((a) => a.start === doer.start)) return { ...c, targets: [doer], rules: [...c.rules, AVENGED_DOER_RULE] };
    return { ...c, rules: [...c.rules, AVENGED_NO_TARGET_RULE] };
  }
  // (with the act's "by" phrase the parse hung beside it: "repelled an assault | by the protesters on the parliament")
  const within = (p: ActorPhrase, n: number) => {
    const first = tree.span(n)[0];
    const by = besideBy(tree, n);
    const last = by === undefined ? tree.span(n)[1] : tree.span(by)[1];
    return p.start >= t[first].start && p.end <= t[last - 1].end;
  };
  const cause = causes.find((n) => c.targets.every((p) => within(p, n)));
  if (cause === undefined) return c;
  const doer = answeredDoer(ctx, tree, cause);
  if (doer && !c.actors.some((a) => a.start === doer.start)) return { ...c, targets: [doer], rules: [...c.rules, AVENGED_DOER_RULE] };
  return { ...c, targets: [], rules: [...c.rules, AVENGED_NO_TARGET_RULE] };
}

/** Who did the answered act: a "by" phrase inside it (wherever the parser hung it), or the owner of an act one does. */
function answeredDoer(ctx: SentenceContext, tree: TreeView, act: number): ActorPhrase | null {
  const named = (n: number) => {
    const p = ctx.phraseAt.get(n);
    return p && !p.locative ? p : null;
  };
  const stack = [act];
  while (stack.length) {
    const n = stack.pop()!;
    if (n !== act && tree.marker(n) === 'by' && named(n)) return named(n);
    stack.push(...tree.children(n));
  }
  // "repulsed an offensive | by the rebels": the parse may hang the act's "by" on the verb, right after the act
  const beside = besideBy(tree, act);
  if (beside !== undefined && named(beside)) return named(beside);
  // "Israel's strike" (its owner does it), not "the commander's killing" (its owner undergoes it)
  if (ctx.kb.lexicon.undergoneActs.has(ctx.doc.tokens[act].lemma)) return null;
  // ("any Israeli attack": the demonym on the act names its doer as an owner does)
  const owner = tree.childrenWith(act, 'nmod:poss')[0] ?? tree.childrenWith(act, 'amod', 'compound').find((n) => named(n));
  return owner === undefined ? null : named(owner);
}

/** "repulsed an offensive | by the rebels": the "by" phrase the parse hung on the act's head, right after the act. */
function besideBy(tree: TreeView, act: number): number | undefined {
  const end = tree.span(act)[1];
  return tree.has(tree.head(act)) ? tree.childrenWith(tree.head(act), 'obl', 'nmod').find((n) => n > act && tree.span(n)[0] === end && tree.marker(n) === 'by') : undefined;
}

/**
 * The act a verb of answering (clause-cues.tsv answering) in the trigger takes as its object or its "to"/"against" phrase:
 * "(vowed to) avenge the killing of its commander", "repel any attack on the capital", "fended off an attack", "respond to any aggression",
 * "retaliate against any strike".
 */
function answeredObjects(ctx: SentenceContext, tree: TreeView, verb: number): number[] {
  const answering = cuePhrases(ctx.kb.lexicon.clauseCues, 'answering');
  // a phrasal verb by its particle ("fended off", "beat back"), as the list writes it ("drove back": an adverb to the parse)
  const phrasal = tree.childrenWith(verb, 'compound:prt', 'advmod').filter((p) => p === verb + 1).map((p) => `${ctx.doc.tokens[verb].lemma} ${ctx.doc.tokens[p].lower}`);
  if (!answering.has(ctx.doc.tokens[verb].lemma) && !phrasal.some((p) => answering.has(p))) return [];
  return [...tree.childrenWith(verb, 'obj'), ...tree.childrenWith(verb, 'obl').filter((n) => tree.marker(n) === 'to' || tree.marker(n) === 'against')];
}

/** Whether the verb at `verb` answers an act whose doer is named, as its object ("repelled an attack by Hezbollah"). */
export function answersNamedAct(ctx: SentenceContext, tree: TreeView, verb: number): boolean {
  const act = answeredActObject(ctx, tree, verb);
  return act !== undefined && answeredDoer(ctx, tree, act) !== null;
}

/** The act the verb at `verb` answers as its object ("repelled an attack by Hezbollah"), if it answers one. */
export function answeredActObject(ctx: SentenceContext, tree: TreeView, verb: number): number | undefined {
  return answeredObjects(ctx, tree, verb).find((n) => tree.label(n) === 'obj' && isActNoun(ctx.kb, ctx.doc.tokens[n].lemma));
}

/**
 * "Israel repelled an attack by Hezbollah", "the army repulsed an offensive by the rebels": an attack that names nothing
 * it lands on (no landing in the tree), the object of a verb of answering it, was aimed at whoever answers it, the verb's named subject.
 */
function withAnswererLanding(ctx: SentenceContext, tree: TreeView, c: Candidate): Candidate {
  if (c.info.type !== 'ASSAULT' || c.targets.length > 0 || c.actors.length === 0) return c;
  const verb = tree.head(c.trigger.head);
  if (!tree.has(verb) || answeredActObject(ctx, tree, verb) !== c.trigger.head) return c;
  // ("repelled a Russian assault on the town": the attack's own landing stands)
  const landing = landingNode(tree, ctx.kb, ctx.doc.tokens, c.trigger.head, 'noun', c.trigger.tokens);
  if (landing !== null && nodePhrase(tree, ctx, landing.node) !== null) return c;
  const subject = tree.childrenWith(verb, 'nsubj')[0];
  const phrase = subject === undefined || tree.upos(subject) === 'PRON' ? undefined : ctx.phraseAt.get(subject);
  if (!phrase || phrase.locative || c.actors.some((a) => a.start === phrase.start || a.code !== null && a.code === phrase.code)) return c;
  return { ...c, targets: [phrase], rules: [...c.rules, ANSWERER_LANDING_RULE] };
}

/** The act noun at `noun` is what a verb of answering answers ("would avenge the killing of its leader"): an act referred to, not told. */
export function isAnsweredAct(ctx: SentenceContext, noun: number): boolean {
  const tree = ctx.tree(), verb = tree.head(noun);
  return verb >= 0 && answeredObjects(ctx, tree, verb).includes(noun);
}
