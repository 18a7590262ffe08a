import type { ActorPhrase } from '../../resolve/types.ts';
import type { SentenceContext } from '../context.ts';
import type { TreeView } from './tree-view.ts';
import { BELIEF_PARTICIPLES } from '../tree-repair/belief-participle-root.ts';
import { isAllegianceModifier } from './allegiance.ts';

export const BELIEVED_AS_RULE = 'roles:tree-believed-as';

type Found = { phrase: ActorPhrase; rules: string[] } | null;
const BELIEF = new Set(BELIEF_PARTICIPLES);
const LINKED = new Set(['linked', 'tied', 'connected']);
// what the described noun is believed to be: a side with a code of its own (or a role that takes its country later) (a bare state is where one comes from, not
// whose side one is: "men believed to be from Chad")
const SIDE_KINDS = new Set(['group', 'organization', 'role', 'anaphor']);

/**
 * "Men believed to be militants attacked", "fighters thought to be from the Islamic State group", "a man said to be a
 * member of Hamas", "gunmen suspected of being bandits": a noun described by a participle of belief is who it is
 * believed to be. The belief is uncertain, but it is the only word on whose side the noun is: the predicate's actor
 * ("militants", the group its "members of" or "from" names, the side an allegiance word serves) stands for the noun,
 * over the noun's own words. The noun's own side stays when it names one of its own (a group or a
 * state by name), or when the predicate names none; null then.
 */
export function believedAs(view: TreeView, ctx: SentenceContext, node: number, actorAt: (node: number) => Found): Found {
  if (!['NOUN', 'PROPN', 'PRON'].includes(view.upos(node))) return null;
  const own = ctx.phraseAt.get(node);
  if (own && own.code !== null && own.kind !== 'role') return null;
  for (const participle of view.childrenWith(node, 'acl')) {
    if (participle < node || !BELIEF.has(view.tokens[participle].lower) || !believedToBe(view, participle)) continue;
    const predicate = view.children(participle).find((c) => c > participle + 2 && ['xcomp', 'advcl', 'obl'].includes(view.base(c)));
    if (predicate === undefined) continue;
    // ("believed to be loyal to the Wagner group", "linked to al-Qaeda": the named body the word of allegiance serves)
    const serving = isAllegianceModifier(view, predicate) || LINKED.has(view.tokens[predicate].lower) || view.upos(predicate) === 'ADJ';
    const served = serving ? view.childrenWith(predicate, 'obl', 'nmod').find((c) => c > predicate) : predicate;
    const found = served === undefined ? null : actorAt(served);
    const side = found?.phrase;
    if (!side || side.locative || side.code === null && !(side.kind === 'role' && side.roleCode) || !SIDE_KINDS.has(side.kind) || side.start < view.tokens[participle].end) continue;
    // a role of its own ("soldiers") stays itself unless it is believed to be of a named body ("members of Wagner"), and
    // so does any noun said to serve a role ("men loyal to the junta" serve it, whatever they are: resolve/patron-groups.ts)
    const named = side.kind === 'group' || side.kind === 'organization';
    if (!named && (serving || own && (own.code !== null || own.roleCode))) continue;
    // (the noun's own words stand as written: "Men", "Two men", "Men in uniform"; the belief lends only the code)
    const tokens = ctx.doc.tokens;
    const [lo, hi] = view.span(node, (c) => c >= participle || view.base(c) === 'punct');
    const [start, end] = [tokens[lo].start, tokens[hi - 1].end];
    return { phrase: { ...side, start, end, text: ctx.doc.text.slice(start, end), name: side.name, rule: `${side.rule}+actor:tree-believed-as` }, rules: [...found!.rules, BELIEVED_AS_RULE] };
  }
  return null;
}

/** "believed | to be", "suspected | of being": the participle says what the noun is believed to be. */
function believedToBe(view: TreeView, participle: number): boolean {
  const [a, b] = [view.tokens[participle + 1]?.lower, view.tokens[participle + 2]?.lower];
  return a === 'to' && b === 'be' || a === 'of' && b === 'being';
}
