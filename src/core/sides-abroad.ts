import type { ActorPhrase } from '../resolve/types.ts';

// the sides of a conflict or of a state's business that meet abroad to talk or sign (not police, unions, firms, the
// opposition: they meet where they live, core/assemble.ts TRAVELLING_ROLES)
const SIDE_ROLES = new Set(['GOV', 'MIL', 'SPY', 'ELI', 'REB', 'INS', 'SEP', 'UAF']);
// meetings and agreements: acts two sides do together, often in a third country's city
const MEETING_TYPES = new Set(['CONSULT', 'AGREE']);

/**
 * "The peace agreement was signed by the government and the rebels in Doha", "the army met the rebels in Jeddah":
 * where sides named only by their roles meet or agree in a city not of the story's own country (its dateline, the
 * country it is about), that city is a third country's venue and lends its country to none of them (the government is
 * not Qatar's). In the story's own country it does ("signed a deal in Juba" in a story of South Sudan); with no story
 * country told the place still lends it (a single sentence cannot tell home from abroad), and so it does where a party
 * is named (the host: "the prime minister met German officials in Rome") or meets at home (police, unions).
 */
export function sidesMeetAbroad(type: string, parties: readonly ActorPhrase[], placeCountry: string | null, articleCountry: string | null | undefined): boolean {
  if (!MEETING_TYPES.has(type) || parties.length < 2 || placeCountry === null || !articleCountry || placeCountry === articleCountry) return false;
  return parties.every((p) => p.kind === 'role' && (p.code === null || inVenue(p, placeCountry)) && SIDE_ROLES.has(p.roleCode ?? ''));
}

// "signed by the government and the rebels in Doha": the venue read as the role's country (resolve/role-country.ts)
const inVenue = (p: ActorPhrase, placeCountry: string | null) => p.rule === 'actor:role-in-country' && p.code?.slice(0, 3) === placeCountry;

/** A side named only by its role that a meeting abroad lends no country to. */
export const isTravellingSide = (p: ActorPhrase) => p.kind === 'role' && p.code === null && SIDE_ROLES.has(p.roleCode ?? '');

/** The side as named before the venue lent it its country ("the rebels in Doha" → the rebels), else the side itself. */
export const withoutVenueCountry = (p: ActorPhrase, placeCountry: string | null): ActorPhrase => (inVenue(p, placeCountry) && SIDE_ROLES.has(p.roleCode ?? '') ? { ...p, code: null, rule: 'actor:role' } : p);
