import type { PlaceEntry } from '../knowledge/types.ts';
import type { PlaceMention } from '../resolve/types.ts';

// One act in several places. "Protests took place in Siberia and the Urals, including Yekaterinburg": a place after
// "including" is an example of the wider place named before it in the sentence, which is the act's (rule
// place:example-of-wider); where the text names no wider place ("in several cities, including Tehran") the example
// stays. "Missiles struck Kyiv and Lviv", "rallies in Siberia and the Urals": towns or regions listed together for one
// act are all its places, so the place is the area of the country they share, named by the country, at their centre
// (rule place:listed-places), or the region named right after them as holding them ("Rastan and Talbiseh in Homs
// province"); listed places of different countries keep the first.
export const EXAMPLE_OF_WIDER = 'place:example-of-wider';
export const LISTED_PLACES = 'place:listed-places';
export const LISTED_PARTS = 'place:listed-parts-of-whole';

const INCLUDING = /\bincluding\b/i;
// what may stand between two listed places: "Kyiv and Lviv", "Siberia and the Urals", "Gao, Mopti and Timbuktu"
const LIST_GAP = /^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)(?:the\s+)?$/;
const MAX_EXAMPLE_GAP = 80;
const HELD_IN = /^\s*,?\s+(?:in|across)\s+(?:the\s+)?$/;

/** The words between listed parts and their whole: a plural place noun and "of" ("neighbourhoods of", "districts of the"). */
function partsOf(gap: string, placeNouns: ReadonlySet<string>): boolean {
  const m = PARTS_OF.exec(gap);
  return m !== null && (placeNouns.has(m[1].toLowerCase()) || placeNouns.has(m[1].toLowerCase().replace(/s$/, '')));
}
const PARTS_OF = /^\s+([a-z]+s)\s+of\s+(?:the\s+)?$/i;

/** The place `p` is an example ("including X") of a place named before it in its sentence. */
export function isExampleOfWider(text: string, p: PlaceMention, sentencePlaces: readonly PlaceMention[]): boolean {
  return sentencePlaces.some((q) => q !== p && q.end <= p.start && p.start - q.end <= MAX_EXAMPLE_GAP && q.place.precision !== 'site'
    && INCLUDING.test(text.slice(q.end, p.start)) && !/[.;]/.test(text.slice(q.end, p.start)));
}

/**
 * The country shared by the places listed with `chosen` ("Kyiv and Lviv"), as a mention spanning the list; null when
 * `chosen` is listed with no other place, or the listed places lie in different countries.
 */
export function listedPlacesCountry(text: string, chosen: PlaceMention, sentencePlaces: readonly PlaceMention[], countries: ReadonlyMap<string, PlaceEntry>, placeNouns: ReadonlySet<string> = new Set()): PlaceMention | null {
  if (chosen.place.precision === 'country' || chosen.rule) return null;
  // ("Paris, Texas": the qualifier that chose the city is no second place of a list)
  const qualifies = (q: PlaceMention) => sentencePlaces.some((p) => p.qualifier && p.qualifier[0] <= q.start && q.end <= p.qualifier[1]);
  const sorted = sentencePlaces.filter((q) => q === chosen || !qualifies(q)).sort((a, b) => a.start - b.start);
  let first = sorted.indexOf(chosen);
  let last = first;
  if (first < 0) return null;
  const joined = (a: PlaceMention, b: PlaceMention) => a.end <= b.start && LIST_GAP.test(text.slice(a.end, b.start));
  while (first > 0 && joined(sorted[first - 1], sorted[first])) first--;
  while (last + 1 < sorted.length && joined(sorted[last], sorted[last + 1])) last++;
  const list = sorted.slice(first, last + 1);
  // "the Zeitoun and Shejaiya neighbourhoods of Gaza City": parts named before their place noun, then the whole they are of
  const whole = list.length < 2 ? undefined : sorted.find((q) => q.start >= list[list.length - 1].end && q.place.precision !== 'site' && partsOf(text.slice(list[list.length - 1].end, q.start), placeNouns));
  // ... told by the words that name them all: the parts, their noun and the whole ("the Zeitoun and Sabra neighbourhoods
  // of Gaza City" is in Gaza City, and in Zeitoun and Sabra)
  if (whole) return { ...whole, start: list[0].start, text: text.slice(list[0].start, whole.end), rule: LISTED_PARTS };
  if (list.length < 2 || list.some((p) => p.place.precision === 'country' || p.place.precision === 'site' || p.rule)) return null;
  if (new Set(list.map((p) => p.place.id)).size < 2) return null;
  const country = list[0].place.country;
  if (!country || list.some((p) => p.place.country !== country)) return null;
  const [start, end] = [list[0].start, list[list.length - 1].end];
  // "hit Rastan and Talbiseh in Homs province": the region named as holding them all is their place
  const holder = sorted.find((q) => q.start >= end && q.place.precision === 'region' && q.place.country === country && HELD_IN.test(text.slice(end, q.start)));
  if (holder) return holder;
  const entry = countries.get(country);
  if (!entry) return null;
  // an area of that country, at the centre of the places listed: not the whole country (the story's opening place does
  // not override it as it would a bare country)
  const points = list.flatMap((p) => (p.place.lat !== null && p.place.lon !== null ? [[p.place.lat, p.place.lon]] : []));
  const centre = (k: number) => (points.length === list.length ? Math.round((points.reduce((s, pt) => s + pt[k], 0) / points.length) * 1e4) / 1e4 : null);
  // ... named by the first-level division that holds them all, where they share one ("shelled Bakhmut, Soledar and Siversk":
  // Donetsk), else by the country
  const division = list[0].place.admin1 && list.every((p) => p.place.admin1 === list[0].place.admin1) ? list[0].place.admin1 : null;
  const named = division ? { name: division, admin1: division } : {};
  const place: PlaceEntry = { ...entry, ...named, id: `listed:${list.map((p) => p.place.id).join('+')}`, precision: 'region', lat: centre(0), lon: centre(1) };
  return { start, end, text: text.slice(start, end), place, locative: true, prep: list[0].prep ?? null, rule: LISTED_PLACES };
}
