import type { ActorPhrase } from './types.ts';
import { ALLEGIANCE } from '../extract/tree-repair/allegiance-modifier.ts';

export const PATRON_GROUP_RULE = 'actor:group-of-patron';

// the words between an armed group and the one it serves: "loyal to", "allied with" (tree-repair/allegiance-modifier.ts),
// "under the command of", "commanded by", "led by"; then at most an article
const SERVES = new RegExp(
  `^\\s*,?\\s+(?:(?:${[...ALLEGIANCE.keys()].join('|')})\\s+(?:${[...new Set([...ALLEGIANCE.values()].flatMap((s) => [...s]))].join('|')})|under\\s+the\\s+(?:command|control|orders)\\s+of|commanded\\s+by|led\\s+by)\\s+(?:(?:the|a|an)\\s+)?$`,
  'i',
);
// the sectors of armed sides: a patron of one lends a following its own ("fighters under the command of a colonel")
const ARMED_SECTORS = new Set(['MIL', 'REB', 'INS', 'SPY', 'COP']);
const GROUP_KINDS = new Set(['military', 'group', 'person']);

/**
 * "Forces loyal to Khalifa Haftar", "fighters under the command of a Congolese warlord", "militiamen commanded by a
 * Malian colonel": an armed group whose words name no country is described by the one it serves, and is that patron's
 * following. A named group's or leader's following is that group; a coded role's is of its country, in the patron's
 * sector when that is armed (a warlord's men are rebels, a colonel's soldiers) and else in its own ("forces loyal to
 * the Libyan prime minister" are Libya's military). Read without a tree, as the phrases are found; "backed by" is no
 * command (a sponsor's proxy keeps its own name).
 */
export function withPatronGroups(text: string, phrases: readonly ActorPhrase[]): ActorPhrase[] {
  return phrases.map((p, i) => {
    if (p.kind !== 'role' || p.code !== null || !p.roleCode || !ARMED_SECTORS.has(p.roleCode) || !GROUP_KINDS.has(p.roleKind ?? '') || p.locative) return p;
    // (the next phrase within reach, read in place: no copy of the list per group)
    let patron: ActorPhrase | undefined;
    for (let k = i + 1; k < phrases.length && patron === undefined; k++) if (phrases[k].start >= p.end && phrases[k].start - p.end <= 40) patron = phrases[k];
    if (!patron || patron.code === null || patron.kind === 'anaphor' || !SERVES.test(text.slice(p.end, patron.start))) return p;
    const code = followingCode(patron, p.roleCode);
    return code ? { ...p, code, rule: PATRON_GROUP_RULE } : p;
  });
}

// a named leader or body ("Khalifa Haftar", coded by his army's name) lends the country and sector of its entry
function followingCode(patron: ActorPhrase, own: string): string | null {
  // (a bare state, "loyal to a Congolese warlord" read as "Congolese": of that country, in the group's own sector)
  if (/^[A-Z]{3}$/.test(patron.code ?? '')) return `${patron.code}${own}`;
  const code = /^[A-Z]{6}/.test(patron.code ?? '') ? patron.code! : patron.entry?.country && patron.entry.role ? `${patron.entry.country}${patron.entry.role}` : null;
  if (code === null) return null;
  const sector = code.slice(3, 6);
  return `${code.slice(0, 3)}${ARMED_SECTORS.has(sector) ? sector : own}`;
}
