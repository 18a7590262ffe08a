// Two words for one settlement: a lead that says what was hit only by its kind ("Gunmen attacked a village,
// killing 20") and a later sentence that names it ("the gunmen attacked the community of Kawuri before dawn")
// tell one attack; the two head nouns differ ("village", "Kawuri") yet nothing contradicts.
// The nouns a story uses for an inhabited place (the place nouns of src/resolve/places.ts, with the words
// for a people's settlement that name no administrative unit).
const SETTLEMENT_NOUNS = new Set([
  'village', 'villages', 'town', 'towns', 'city', 'community', 'communities', 'hamlet', 'settlement', 'settlements',
  'township', 'locality', 'camp', 'neighborhood', 'neighbourhood', 'suburb',
]);

const words = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** The phrase speaks of a settlement: "a village", "the border town", "the community of Njaba". */
export const namesSettlement = (text: string): boolean => words(text).some((w) => SETTLEMENT_NOUNS.has(w));

/** Only the kind, no name: "a village", "the remote town" (its last word is the settlement noun). */
export const bareSettlement = (text: string): boolean => SETTLEMENT_NOUNS.has(words(text).pop() ?? '');

/**
 * One target describes a settlement by its kind alone and the other is a settlement too ("a village" … "the
 * town of Kawuri", "a town" … "the community of Njaba"): they may be the same place. Two named ones are
 * judged by their names ("the town of A" … "the town of B" differ).
 */
export const settlementsFit = (a: string, b: string): boolean =>
  namesSettlement(a) && namesSettlement(b) && (bareSettlement(a) || bareSettlement(b));

// the buildings of a settlement a raid on it burns or loots: "hit at least five villages" … "burned homes"
const BUILDING_NOUNS = new Set([
  'home', 'homes', 'house', 'houses', 'hut', 'huts', 'shop', 'shops', 'market', 'markets', 'church', 'churches',
  'mosque', 'mosques', 'school', 'schools', 'granary', 'granaries', 'dwelling', 'dwellings', 'property', 'properties',
]);

/** One target is a settlement and the other, unnamed, its buildings ("villages" … "homes", "a town" … "shops and a church"). */
export const buildingsOfSettlement = (a: string, b: string): boolean => {
  const inside = (x: string, y: string) => namesSettlement(x) && !namesSettlement(y) && BUILDING_NOUNS.has(words(y).pop() ?? '') && !/\p{Lu}/u.test(y.replace(/^\p{Lu}/u, ''));
  return inside(a, b) || inside(b, a);
};

// the things that are people on duty: a unit, or the post it mans ("ambushed a patrol", "attacked a checkpoint")
const MANNED_NOUNS = new Set([
  'patrol', 'patrols', 'convoy', 'convoys', 'checkpoint', 'checkpoints', 'post', 'posts', 'outpost', 'outposts',
  'position', 'positions', 'column', 'columns', 'unit', 'units', 'detachment', 'garrison', 'base', 'bases', 'barracks',
]);

/** The phrase's head is a unit of people or the post it mans: "a security patrol", "an army checkpoint". */
export const namesMannedThing = (text: string): boolean => MANNED_NOUNS.has(words(text).pop() ?? '');
