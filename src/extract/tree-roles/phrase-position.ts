import type { ActorPhrase } from '../../resolve/types.ts';
import type { Candidate } from '../candidate.ts';
import type { SentenceContext } from '../context.ts';
import type { TreeView } from './tree-view.ts';
import { nodePhrase, THING_RULE } from './node-phrase.ts';
import { ownerPhrase } from './owner-phrase.ts';

// Where a window phrase stands on the tree, for the target readers of tree-targets.ts.

export const COORDINATED_OWNERS_RULE = 'roles:tree-thing-coordinated-owners';

/**
 * Two or more names that own one thing, each a conjunct of the first on the tree ("Hamas and Islamic Jihad
 * targets", "Russian and Belarusian border posts", "army and police checkpoints"): each owner is a target of its own.
 * Null when the owners are not coordinated (one owner, or a name in the thing's setting).
 */
export function coordinatedOwners(tree: TreeView, ctx: SentenceContext, owners: readonly ActorPhrase[]): ActorPhrase[] | null {
  if (owners.length < 2) return null;
  const heads = owners.map((p) => phraseHead(tree, ctx, p));
  if (heads.some((h) => h === undefined)) return null;
  const first = heads[0]!;
  const conjunct = (h: number) => {
    for (let n = h, step = 0; step < 8 && tree.label(n) === 'conj'; step++) if ((n = tree.head(n)) === first) return true;
    return false;
  };
  return heads.slice(1).every((h) => conjunct(h!)) ? [...owners] : null;
}

/**
 * Coordinated things, each with an owner of its own ("police stations and army posts", "a Hamas tunnel and a
 * Hezbollah depot"): each thing is a target of its own, its own words with its owner's code. Null unless every
 * conjunct of the landing thing has an owner that is a side (a coded name, or an armed or police role: "the police
 * station and the court house" stays one thing), and not all the same one.
 */
const FORCE_ROLES = /^(MIL|COP|REB|INS|SEP|UAF|CRM)$/;

export function ownedConjuncts(tree: TreeView, ctx: SentenceContext, node: number): ActorPhrase[] | null {
  const things = [node, ...tree.childrenWith(node, 'conj').filter((c) => tree.marker(c) === null)];
  if (things.length < 2) return null;
  const split: ActorPhrase[] = [];
  for (const thing of things) {
    const owner = ownerPhrase(tree, ctx, thing);
    const side = owner && owner.kind !== 'anaphor' && (owner.code !== null || FORCE_ROLES.test(owner.roleCode ?? ''));
    const words = side ? nodePhrase(tree, ctx, thing, false, false, true) : null;
    if (!owner || !words || words.rule !== THING_RULE) return null;
    split.push({ ...owner, start: words.start, end: words.end, text: words.text, locative: false, prep: null, rule: `${owner.rule}+${THING_RULE}` });
  }
  return new Set(split.map((p) => p.name)).size > 1 ? split : null;
}

/** The token of the phrase whose head lies outside it. */
function phraseHead(tree: TreeView, ctx: SentenceContext, p: ActorPhrase): number | undefined {
  const own: number[] = [];
  for (let i = ctx.sentence.tokenStart; i < ctx.sentence.tokenEnd; i++) if (ctx.phraseAt.get(i) === p) own.push(i);
  return own.find((i) => !own.includes(tree.head(i)));
}

/** The phrase lies within the words the tree hangs on `node`. */
export function insideNode(tree: TreeView, ctx: SentenceContext, node: number, p: ActorPhrase): boolean {
  const [first, last] = tree.span(node);
  return p.start >= ctx.doc.tokens[first].start && p.end <= ctx.doc.tokens[last - 1].end;
}

// "in northeastern Nigeria", "inside Syria", "across the region": prepositions of a setting, never of what is hit
const SETTING_PREPS = new Set(['in', 'inside', 'across', 'throughout']);

/**
 * The phrase is a setting on the tree: its head (the token of the phrase whose head lies outside it) is
 * marked by a setting preposition, though words between ("in northeastern Nigeria") hid it from the window.
 */
export function inSetting(tree: TreeView, ctx: SentenceContext, p: ActorPhrase): boolean {
  const head = phraseHead(tree, ctx, p);
  return head !== undefined && SETTING_PREPS.has(tree.marker(head) ?? '');
}

/**
 * "A Russian glide bomb hit a bus station in Sumy, near the border with Russia": the window's only names are of the
 * actor's own side, which no act lands on (assemble.ts drops a target of the actor's code), so they are no answer that
 * stands against the thing the verb lands on. True when every window target shares a code with an actor and is named
 * across a border.
 */
export function onlyActorsOwn(c: Candidate, text: string): boolean {
  // (named as the far side of a border the thing lies near: "in reprisal for the attack on Moscow" names an act's target)
  const acrossBorder = (p: ActorPhrase) => BORDER_WITH.test(text.slice(Math.max(0, p.start - 30), p.start));
  return c.targets.length > 0 && c.targets.every((p) => p.code !== null && acrossBorder(p) && c.actors.some((a) => a.code !== null && a.code.slice(0, 3) === p.code!.slice(0, 3)));
}
const BORDER_WITH = /\b(?:border|frontier|boundary)\s+(?:with|of)\s+(?:the\s+)?$/i;
