import type { ActorPhrase } from '../resolve/types.ts';

// the sides of a conflict or of a state's business that meet abroad to talk or sign (not police, unions, firms: they
// meet where they live)
const SIDE_ROLES = new Set(['GOV', 'MIL', 'SPY', 'ELI', 'REB', 'INS', 'SEP', 'UAF', 'OPP']);
// the roles a state sends abroad (ministers, diplomats, envoys, officers)
const STATE_ROLES = new Set(['GOV', 'MIL', 'SPY', 'ELI']);
// meetings and agreements: acts two sides do together, often in a third country's city
const MEETING_TYPES = new Set(['CONSULT', 'AGREE']);

/** The meeting as the sentence tells it: its type, its place's country, whether the place is a venue ("talks in"). */
export interface Meeting { type: string; placeCountry: string | null; venue: boolean }

/**
 * "The peace agreement was signed by the government and the rebels in Doha", "the army met the rebels in Jeddah":
 * where sides named only by their roles meet in a city that is a third country's venue, it lends its country to none
 * of them (the government is not Qatar's). The city is known to be abroad when the story's own country (its dateline,
 * the country it is about) differs; with no story country, when it is told as a venue ("talks in", "signed in") and
 * a state's side is among the parties (mediators host other states' parties; "police met community leaders in
 * Nairobi" are at home). In the story's own country it lends it ("signed a deal in Juba" in a story of South Sudan),
 * and so it does where a party is named (the host: "the prime minister met German officials in Rome").
 */
export function sidesMeetAbroad(meeting: Meeting, parties: readonly ActorPhrase[], articleCountry: string | null | undefined): boolean {
  const { type, placeCountry, venue } = meeting;
  if (parties.length < 2 || placeCountry === null || placeCountry === articleCountry) return false;
  if (!parties.every((p) => p.kind === 'role' && (p.code === null || inVenue(p, placeCountry)) && SIDE_ROLES.has(p.roleCode ?? ''))) return false;
  if (articleCountry) return MEETING_TYPES.has(type) || venue;
  return venue && parties.some((p) => STATE_ROLES.has(p.roleCode ?? ''));
}

/** CAMEO 045, mediation: a third party's meeting of two sides. */
export const MEDIATION = '045';

/**
 * "Qatar hosted talks between the government and the rebels in Doha", "Norway brokered talks between the government and
 * the rebels": the sides a mediator (a state) brings together, named by their roles, are neither the mediator's nor of
 * its venue; like sides meeting abroad, they take no country from the place or from a story about the mediator.
 */
export function sidesOfMediation(mediator: string | null, sides: readonly ActorPhrase[]): boolean {
  return mediator !== null && sides.length >= 2 && sides.every((p) => p.kind === 'role' && (p.code === null || inVenue(p, p.code.slice(0, 3))) && SIDE_ROLES.has(p.roleCode ?? ''));
}

// "signed by the government and the rebels in Doha": the venue read as the role's country (resolve/role-country.ts)
const inVenue = (p: ActorPhrase, placeCountry: string | null) => p.rule === 'actor:role-in-country' && p.code?.slice(0, 3) === placeCountry;

/** A side named only by its role that a meeting abroad lends no country to. */
export const isTravellingSide = (p: ActorPhrase) => p.kind === 'role' && p.code === null && SIDE_ROLES.has(p.roleCode ?? '');

/** "Foreign ministers met in Geneva": many of a state's roles at a venue are of no one country the venue tells. */
export const isDelegation = (p: ActorPhrase) => p.kind === 'role' && p.code === null && p.plural === true && STATE_ROLES.has(p.roleCode ?? '');

/** The side as named before the venue lent it its country ("the rebels in Doha" → the rebels), else the side itself. */
export const withoutVenueCountry = (p: ActorPhrase, placeCountry: string | null): ActorPhrase => (inVenue(p, placeCountry) && SIDE_ROLES.has(p.roleCode ?? '') ? { ...p, code: null, rule: 'actor:role' } : p);
