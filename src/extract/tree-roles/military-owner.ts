import type { ActorPhrase } from '../../resolve/types.ts';
import type { SentenceContext } from '../context.ts';
import type { TreeView } from './tree-view.ts';
import { isActNoun } from './object-words.ts';

export const MILITARY_OWNER_RULE = 'roles:tree-military-owner';

/**
 * A country's possessive before a noun its military owns is that military, as a demonym before it is ("Russian
 * drones" → RUSMIL, resolve/actor-phrases.ts): a military word modifying the noun ("Myanmar's military airstrikes",
 * "Israel's army operation": data/actors/roles.tsv, MIL) or a weapon that is no act ("Russia's drones",
 * data/lexicon/weapon-nouns.tsv). "Israel's airstrikes" stays the state's; "Sudan's army" is the resolver's own phrase.
 */
export function militaryOwner(view: TreeView, ctx: SentenceContext, node: number, owner: ActorPhrase): ActorPhrase | null {
  if (owner.kind !== 'country' || owner.code?.length !== 3) return null;
  const t = view.tokens;
  const military = view.childrenWith(node, 'amod', 'compound').some((m) => m < node && t[m].end > owner.end
    && ctx.kb.roles.lookup(t[m].lower).some((r) => r.role === 'MIL' && r.kind === 'military'));
  // ("Russia's shelling": a gerund is the act, as "Israel's airstrikes" is)
  const weapon = !isActNoun(ctx.kb, t[node].lemma) && !t[node].lower.endsWith('ing') && ctx.kb.lexicon.weaponNouns.has(t[node].lemma);
  if (!military && !weapon) return null;
  return { ...owner, code: `${owner.code}MIL`, name: `${owner.name} forces`, rule: `${owner.rule}+military-owner` };
}
