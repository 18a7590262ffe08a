import type { ActorPhrase } from '../../resolve/types.ts';
import type { SentenceContext } from '../context.ts';
import type { TreeView } from './tree-view.ts';
import type { Knowledge } from '../../knowledge/types.ts';

export const DEMONYM_OWNER_RULE = 'actor:demonym-owner';

// "a Greek-owned tanker", "a Panama-flagged ship": the hyphenated word says whose the thing is outright
const OWNED = /^-?(owned|flagged|registered|operated|run)$/i;

/**
 * "attacked a Russian freight train", "struck a Ukrainian power plant", "seized a Greek-owned tanker": a demonym
 * that modifies a thing the act lands on names whose thing it is. The resolver reads a demonym before a noun
 * that is no role, weapon or nationals noun as no participant ("the Russian tennis player" acts for nobody), so
 * the thing read off the tree has no code; its country is the owner's, as a name inside the thing gives its own
 * ("a police station", "Hamas positions"). Only for a thing target: the demonym never makes an actor.
 */
export function demonymOwner(view: TreeView, ctx: SentenceContext, node: number, thing: ActorPhrase): ActorPhrase | null {
  const tokens = ctx.doc.tokens;
  const opener = view.childrenWith(node, 'det').find((c) => c < node) ?? -1;
  for (const c of view.childrenWith(node, 'amod', 'compound')) {
    if (c > node || c < opener) continue;
    // "Greek-owned", "Panama-flagged": the hyphenated word's first part, a demonym or the country's own name
    const hyphenOwned = OWNED.test(tokens[c].text) && tokens[c - 1]?.text === '-';
    const word = hyphenOwned ? c - 2 : c;
    if (!tokens[word] || !/^[A-Z]/.test(tokens[word].text)) continue;
    const entry = ctx.kb.actors.lookup(tokens[word].text).find((e) => e.kind === 'country' && e.country && (e.demonym === true || hyphenOwned));
    if (!entry) continue;
    return { ...thing, code: entry.country!, name: thing.text.replace(/^(the|a|an)\s+/i, ''), entry, rule: `${DEMONYM_OWNER_RULE}+${thing.rule}` };
  }
  return stateWordOwner(view, ctx, node, opener, thing);
}

export const STATE_WORD_OWNER_RULE = 'actor:state-word-owner';
// the roles of a state's bodies whose word before a thing makes it theirs: "a military base", "a government building"
const STATE_ROLES = new Set(['MIL', 'COP', 'GOV', 'JUD', 'LEG', 'SPY']);

/**
 * "ambushed a military facility, killing two soldiers", "shelled a government building": a word for a state's body
 * (data/actors/roles.tsv) before a thing, which the resolver reads as no participant there ("military drills"), says
 * whose the thing is, as "an army checkpoint" does: that role, its country taken later as a role's is.
 */
/** The role of a state's body a single word names ("military", "army", "police"), or undefined. */
export const stateWordRole = (kb: Knowledge, word: string) => kb.roles.lookup(word).find((r) => STATE_ROLES.has(r.role) && !r.plural);

function stateWordOwner(view: TreeView, ctx: SentenceContext, node: number, opener: number, thing: ActorPhrase): ActorPhrase | null {
  for (const c of view.childrenWith(node, 'amod', 'compound')) {
    if (c > node || c < opener || ctx.phraseAt.has(c)) continue;
    const role = stateWordRole(ctx.kb, ctx.doc.tokens[c].lower);
    if (role) return { ...thing, code: null, kind: 'role', roleCode: role.role, roleKind: role.kind, entry: null, name: thing.text.replace(/^(the|a|an)\s+/i, ''), rule: `${STATE_WORD_OWNER_RULE}+${thing.rule}` };
  }
  return null;
}

export const POSSESSED_THING_RULE = 'actor:possessed-thing';

/**
 * "militiamen burned their homes", "soldiers looted his shop", "fired rockets at its base": a thing a possessive pronoun
 * owns is that pronoun's antecedent's, as "the villagers' homes" is the villagers'. The pronoun's phrase widened to the
 * thing's words, so the resolver's antecedent gives the code (core/actor-ref.ts antecedentOf); none, the words alone.
 */
export function possessiveOwner(view: TreeView, ctx: SentenceContext, node: number, thing: ActorPhrase): ActorPhrase | null {
  const possessor = view.childrenWith(node, 'nmod:poss').find((c) => c < node);
  const owner = possessor === undefined ? undefined : ctx.phraseAt.get(possessor);
  if (!owner || owner.kind !== 'anaphor' || owner.start !== thing.start) return null;
  return { ...owner, start: thing.start, end: thing.end, text: thing.text, locative: false, prep: null, rule: `${POSSESSED_THING_RULE}+${owner.rule}` };
}
