import type { RoleEntry } from '../knowledge/types.ts';
import type { AnalyzedText } from '../nlp/types.ts';
import { tokenAt } from './token-map.ts';

// What the words around an actor phrase say about whose side it is on (split from actor-phrases.ts).

/**
 * "US-occupied", "Iraqi-held", "Israeli occupied territories": the participle after the name says who holds what it
 * describes; "two Americans held in Evin prison" are held, they hold nothing (no hyphen, no noun described after it).
 */
export function heldBy(doc: AnalyzedText, end: number): boolean {
  const m = /^(\s*-\s*|\s+)(occupied|held|controlled)\b/i.exec(doc.text.slice(end, end + 14));
  if (!m) return false;
  if (m[1].includes('-')) return true;
  const participle = tokenAt(doc, end + m[0].length - m[2].length);
  const next = doc.tokens[participle + 1];
  return next !== undefined && (next.pos === 'NOUN' || next.pos === 'ADJ' || next.pos === 'PROPN');
}

// "the former U.S. president", "the ousted Egyptian president": no longer in office (actor-phrases.ts codes ELI)
export const FORMER_BEFORE = /\b(?:former|ex|ousted|deposed|toppled|overthrown|exiled|late|slain|assassinated)[\s-]+$/i;
// ... and before a title with its portfolio words the resolver leaves out: "a former energy minister", "the ousted trade chief"
// (no article between: "gunmen assassinated a mayor" is a verb before a sitting mayor)
export const FORMER_OFFICE_BEFORE = /\b(?:[Ff]ormer|[Ee]x|[Oo]usted|[Dd]eposed|[Tt]oppled|[Oo]verthrown|[Ee]xiled|[Ll]ate|[Ss]lain|[Aa]ssassinated)[\s-]+(?:(?!(?:a|an|the|his|her|its|their)\s)\p{Ll}+\s+){0,2}$/u;

/** The index of a phrase's last role word (its head role), or -1. */
function lastRole(roles: ReadonlyArray<RoleEntry | undefined>): number {
  let last = roles.length - 1;
  while (last >= 0 && !roles[last]) last--;
  return last;
}

// Roles that say which side people are on: before another role they decide the code ("opposition leaders", "rebel
// commanders" are the opposition's and the rebels', not the government's or the army's; PETRARCH's agents code
// "opposition leader" ~OPP the same way; "cartel leaders", "gang bosses" lead crime, not a state)
export const SIDE_ROLES = new Set(['OPP', 'REB', 'CRM']);
/** The side role modifying a phrase's last role (its hits' roles in order) ("Syrian | opposition | leaders"), or null. */
export function sideOf(roles: ReadonlyArray<RoleEntry | undefined>): string | null {
  const last = lastRole(roles);
  for (let k = 0; k < last; k++) {
    const role = roles[k];
    if (role && SIDE_ROLES.has(role.role)) return role.role;
  }
  return null;
}

// Roles that say only what their people do, on a side by default (activists are the opposition's, data/actors/roles.tsv)
const ACTIVITY_ROLES = new Set(['activist', 'activists']);
// (a sector's activists stay the opposition's: "student activists", "labour activists" campaign against the state)
const STATE_OR_PARTY = new Set(['GOV', 'PTY', 'LEG', 'MIL']);
/**
 * "ruling party activists", "government activists": people named by what they do take the side of the body named
 * before them (the party's, the government's), not their role's default (the opposition); that role, or null.
 */
export function bodyOfActivists(roles: ReadonlyArray<RoleEntry | undefined>): string | null {
  const last = lastRole(roles);
  if (last < 1 || !ACTIVITY_ROLES.has(roles[last]!.phrase.toLowerCase())) return null;
  const body = roles.slice(0, last).reverse().find((r) => r !== undefined && STATE_OR_PARTY.has(r.role));
  return body?.role ?? null;
}

// Those who speak for a body: "police spokesman", "army spokeswoman" speak for the police and the army, not the government
export const SPEAKERS_FOR: ReadonlySet<string> = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'spokesmen', 'spokeswomen']);
/** "a police spokesman", "the army spokeswoman": who speaks for a body is that body (its role), or null. */
export function bodyOfSpokesperson(roles: ReadonlyArray<RoleEntry | undefined>): string | null {
  const last = lastRole(roles);
  if (last < 1 || !SPEAKERS_FOR.has(roles[last]!.phrase.toLowerCase())) return null;
  const body = roles.slice(0, last).reverse().find((r) => r !== undefined)?.role ?? null;
  return body === roles[last]!.role ? null : body; // ("a government spokesman" is the spokesman's own role)
}

// Sectors whose people a leadership title before them heads: "union leaders" lead labour, "business leaders" business,
// "hospital officials" run a hospital (PETRARCH's agents code "union leader" ~LAB); never the government
const SECTORS = new Set(['LAB', 'BUS', 'EDU', 'REL', 'HLH', 'MED', 'AGR', 'NGO']);
// the titles that name who speaks for a body rather than an office of state
const HEADS = new Set(['leader', 'leaders', 'official', 'officials', 'representative', 'representatives']);
/** The sector a leadership title heads ("union | leaders" → LAB), from its hits' roles in order, or null. */
export function sectorOf(roles: ReadonlyArray<RoleEntry | undefined>): string | null {
  const last = lastRole(roles);
  if (last < 1 || !HEADS.has(roles[last]!.phrase.toLowerCase())) return null;
  const sector = roles.slice(0, last).find((r) => r !== undefined && SECTORS.has(r.role));
  return sector?.role ?? null;
}

/**
 * "the Senate president", "the parliament speaker", "the Duma chairman": a presiding title (data/lexicon/presiding-titles.tsv)
 * right after a state body other than the government (a chamber, LEG; a court, JUD) is that body's officer, not the
 * government's that "president" alone names; the body's role, or null.
 */
export function bodyOfPresidingTitle(titles: ReadonlySet<string> | undefined, roles: ReadonlyArray<RoleEntry | undefined>): string | null {
  const last = lastRole(roles);
  if (last < 1 || !titles?.has(roles[last]!.phrase.toLowerCase())) return null;
  const body = roles.slice(0, last).reverse().find((r) => r !== undefined);
  return body && body.kind === 'government' && !body.plural && body.role !== 'GOV' && body.role !== roles[last]!.role ? body.role : null;
}
/** A hit's role, or for a named chamber or court ("the Bundestag", "the Knesset": DEULEG) the role its code gives it. */
export function chamberRoleOf(h: { readonly role?: RoleEntry; readonly actor?: { readonly code: string; readonly kind: string } }): RoleEntry | undefined {
  const body = h.actor && h.actor.kind !== 'person' ? /^[A-Z]{3}(LEG|JUD)$/.exec(h.actor.code) : null;
  return h.role ?? (body ? { phrase: h.actor!.code, role: body[1], plural: false, kind: 'government' } : undefined);
}
