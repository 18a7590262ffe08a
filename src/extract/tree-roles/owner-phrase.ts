import type { ActorPhrase } from '../../resolve/types.ts';
import type { SentenceContext } from '../context.ts';
import type { TreeView } from './tree-view.ts';

// the modifiers that say whose a thing is: "Boko Haram militants", "Turkish airstrikes", "Russia's shelling", "its forces"
const OWNER_LABELS = ['compound', 'amod', 'nmod:poss', 'flat'];
/** A phrase that may take part: not a place named only as where. */
export const usable = (p: ActorPhrase | undefined): p is ActorPhrase => p !== undefined && !p.locative;

// "the rebels", "the militants": a description that names an organised group, no pronoun
const isGroupDescription = (p: ActorPhrase) => p.refersTo === 'group' && !/^(its|their|his|her|our|my|your)$/i.test(p.text);

/**
 * "a U.S.-led raid", "a Saudi-led offensive": the name joined by a hyphen to "led" before an act or force leads it, so
 * owns it, however the parser hung the name on the participle ("Iran-backed militias" are not Iran's: only "led").
 */
function ledBy(view: TreeView, participle: number): number[] {
  const t = view.tokens;
  if (t[participle].lower !== 'led' || t[participle - 1]?.text !== '-' || t[participle - 1].end !== t[participle].start) return [];
  return view.children(participle).filter((k) => k < participle - 1 && view.base(k) !== 'punct' && view.span(k)[1] <= participle);
}

/** A possessor: "Russia's", or a plural's bare apostrophe the parse hangs as a compound ("the rebels' capture"). */
export const isPossessor = (view: TreeView, c: number): boolean => view.label(c) === 'nmod:poss' || view.label(c) === 'compound' && /^['’]$/.test(view.tokens[c + 1]?.text ?? '') && view.tokens[c].lower.endsWith('s');

/** The first actor named among the node's owner modifiers, through compound chains ("U.S. drone strikes"). */
export function ownerPhrase(view: TreeView, ctx: SentenceContext, node: number, anyPossessive = true): ActorPhrase | null {
  const self = ctx.phraseAt.get(node);
  // "told VOA Burmese the offensive began": a modifier before the noun's own determiner stands outside its phrase
  const opener = view.childrenWith(node, 'det').find((c) => c < node) ?? -1;
  const stack = view.childrenWithAny(node, OWNER_LABELS).filter((c) => c < node && c > opener).sort((a, b) => a - b);
  while (stack.length) {
    const c = stack.shift()!;
    const p = ctx.phraseAt.get(c);
    // "its forces", "his side": a possessive pronoun owns (for an event noun only a group's or state's: "their
    // attack", not "his criticism", which is a person's words); other pronouns own nothing
    // "the rebels' attack": a group description owns as its group would
    if (usable(p) && p !== self && (p.kind !== 'anaphor' || isPossessor(view, c) && (anyPossessive || /^(its|their)$/i.test(p.text) || isGroupDescription(p)))) return p;
    stack.push(...view.childrenWith(c, 'compound', 'flat', 'amod').filter((k) => k < node), ...ledBy(view, c));
  }
  return null;
}

/** In an event's `rules`: a body role owned by the people it gathers ("Kenya's teachers' union") is theirs, as a body. */
export const GATHERED_BODY_RULE = 'roles:tree-gathered-body';

/**
 * "Kenya's teachers' union", "Nigeria's doctors' union": a body role (an organisation: a union) owned by a role of people
 * it gathers is that body of the people's country, its own role kept (the union is labour, LAB, whoever it gathers), as
 * "the teachers' union in Kenya" is; so is a country's ("South Africa's union"). Null when the own phrase is no body
 * role or the owner names no country.
 */
export function gatheredBody(own: ActorPhrase | undefined, owner: ActorPhrase): ActorPhrase | null {
  if (own?.kind !== 'role' || own.code !== null || own.roleKind !== 'organization' || !own.roleCode) return null;
  // (people named by a role, or a country: "South Africa's mineworkers' union"; no named person's or group's body)
  const people = owner.kind === 'country' || (owner.kind === 'role' || owner.kind === 'person') && (owner.entry === null || owner.entry.kind === 'country') && owner.roleKind !== 'organization';
  if (!people || !/^[A-Z]{3}/.test(owner.code ?? '')) return null;
  return { ...owner, code: `${owner.code!.slice(0, 3)}${own.roleCode}`, roleCode: own.roleCode, roleKind: own.roleKind, plural: own.plural };
}
