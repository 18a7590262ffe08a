import type { ActorPhrase } from '../resolve/types.ts';

// the sides of a conflict or of a state's business that meet abroad to talk or sign (not police, unions, firms, the
// opposition: they meet where they live, core/assemble.ts TRAVELLING_ROLES)
const SIDE_ROLES = new Set(['GOV', 'MIL', 'SPY', 'ELI', 'REB', 'INS', 'SEP', 'UAF']);
// meetings and agreements: acts two sides do together, often in a third country's city
const MEETING_TYPES = new Set(['CONSULT', 'AGREE']);

/**
 * "The peace agreement was signed by the government and the rebels in Doha", "the army met the rebels in Jeddah":
 * where two sides or more meet or agree, the city they do it in is most often a third country's, and lends its country
 * to no side named only by its role (the government is not Qatar's). The story's own country (its dateline, the country
 * it is about) is home: "the government and the rebels signed a deal in Juba" in a story of South Sudan lends it.
 * A party that meets at home (police, unions) keeps the place's country for all.
 */
export function sidesMeetAbroad(type: string, parties: readonly ActorPhrase[], placeCountry: string | null, articleCountry: string | null | undefined): boolean {
  if (!MEETING_TYPES.has(type) || parties.length < 2 || placeCountry === null || placeCountry === articleCountry) return false;
  const bare = parties.filter((p) => p.kind === 'role' && (p.code === null || inVenue(p, placeCountry)));
  return bare.length > 0 && bare.every((p) => SIDE_ROLES.has(p.roleCode ?? ''));
}

// "signed by the government and the rebels in Doha": the venue read as the role's country (resolve/role-country.ts)
const inVenue = (p: ActorPhrase, placeCountry: string | null) => p.rule === 'actor:role-in-country' && p.code?.slice(0, 3) === placeCountry;

/** A side named only by its role that a meeting abroad lends no country to. */
export const isTravellingSide = (p: ActorPhrase) => p.kind === 'role' && p.code === null && SIDE_ROLES.has(p.roleCode ?? '');

/** The side as named before the venue lent it its country ("the rebels in Doha" → the rebels), else the side itself. */
export const withoutVenueCountry = (p: ActorPhrase, placeCountry: string | null): ActorPhrase => (inVenue(p, placeCountry) && SIDE_ROLES.has(p.roleCode ?? '') ? { ...p, code: null, rule: 'actor:role' } : p);
