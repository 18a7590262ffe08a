import type { Knowledge, PlaceEntry } from '../knowledge/types.ts';

// "the Somali town of Balad", "the Nigerian town of Bama", "the Mexican city of Leon": a people's word before the place
// noun says which country the town is in. Its readings elsewhere are other towns (Balad in Iraq), and a name no reading
// of that country knows is still that country's town.
const PEOPLE_NOUN_OF = /\b(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)\s+(?:[a-z-]+\s+)?([a-z]+)\s+of\s+$/u;
const REACH = 60;

/** The country a people's word names before "<noun> of" right before `start` ("the Somali town of "), or null. */
export function countryOfPeopleBefore(text: string, start: number, kb: Knowledge): string | null {
  const m = PEOPLE_NOUN_OF.exec(text.slice(Math.max(0, start - REACH), start));
  if (!m || !placeNouns(kb).has(m[2])) return null;
  const people = kb.actors.lookup(m[1]).find((a) => a.demonym && a.country);
  return people?.country ?? null;
}

/** The readings of the town in `country`, where a people's word names one. */
export function readingsIn(candidates: readonly PlaceEntry[], country: string): PlaceEntry[] {
  return candidates.filter((c) => c.country === country);
}

// the place nouns of data/lexicon/place-nouns.tsv, once per knowledge base
const NOUNS = new WeakMap<Knowledge, ReadonlySet<string>>();
function placeNouns(kb: Knowledge): ReadonlySet<string> {
  let nouns = NOUNS.get(kb);
  if (!nouns) NOUNS.set(kb, (nouns = new Set(kb.lexicon.placeNouns.filter((n) => n.position !== 'after').map((n) => n.noun.toLowerCase()))));
  return nouns;
}
