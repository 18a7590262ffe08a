import type { ActorPhrase } from './types.ts';

// the roles of armed people no state commands: "the gunmen", "the kidnappers", "the militants", "the rebels"
const ARMED_DESCRIPTION = /^(REB|CRM|UAF|INS|SEP)$/;
// bodies that bear no arms: rights groups, churches, agencies, outlets, firms, parties, unions, sectors
const CIVIL_ROLE = /^(NGO|REL|IGO|MED|BUS|EDU|HLH|LAB|AGR|CVL|PTY|GOV|LEG|JUD|ELI)$/;
// an unknown name whose own words say it is such a body ("the Christian Association of Nigeria")
const CIVIL_NAME = /\b(Association|Church|Council|Federation|Society|Foundation|Chamber|Conference|Synod|Diocese)\b/;

/**
 * "Negotiators from the Christian Association of Nigeria met the gunmen's representatives ... The kidnappers rejected
 * their request": a description of armed people no state commands never takes up a body that bears no arms (a
 * religious association, a rights group, an agency), whatever its nearness: it goes on to the armed ones named before.
 * Nor a person the dictionaries know in such a role, an official or a politician: "President Ali Bongo was shot on
 * Monday. Guards wrestled the gunman to the ground" (the gunman is no president).
 */
export function unarmedForArmed(p: ActorPhrase, t: ActorPhrase): boolean {
  if (!ARMED_DESCRIPTION.test(p.roleCode ?? '') || p.kind !== 'anaphor' || !['group', 'organization', 'named', 'person'].includes(t.kind)) return false;
  return CIVIL_ROLE.test(t.entry?.role ?? '') || t.entry == null && CIVIL_NAME.test(t.name);
}
