import type { PlaceEntry } from '../knowledge/types.ts';
import type { PlaceMention } from './types.ts';

// "some 30 km from Maiduguri", "about 50 kilometers north of Peshawar", "20 miles (32 km) south of Kharkiv",
// "just west of Goma": the act happened at a distance and side of the place named, not in it. The named place stays
// the mention's name (it is what the text names) and its precision (a site's is a town's: the spot is not the site);
// the mention spans the whole phrase, and where both distance and side are given its point is moved that far in
// that direction on the great circle. A distance with no side ("30 km from X") keeps the named place's
// point; so does a side with no distance ("north of X"). Rule: place:relative-to.
export const RELATIVE_TO = 'place:relative-to';

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, 'a hundred': 100, a: 1,
};
const KM_PER: Record<string, number> = { km: 1, kms: 1, kilometer: 1, kilometers: 1, kilometre: 1, kilometres: 1, mi: 1.609344, mile: 1.609344, miles: 1.609344, meters: 0.001, metres: 0.001, 'nautical mile': 1.852, 'nautical miles': 1.852, nm: 1.852 };
// bearings in degrees clockwise from north
const BEARING: Record<string, number> = { north: 0, northeast: 45, east: 90, southeast: 135, south: 180, southwest: 225, west: 270, northwest: 315 };

const QUALIFIER = String.raw`(?:(?:some|about|around|roughly|nearly|approximately|almost|more\s+than|less\s+than|over|under|just|only|at\s+least|up\s+to|barely)\s+)?`;
const AMOUNT = String.raw`(\d+(?:[.,]\d+)?|${Object.keys(NUMBER_WORDS).join('|').replace(/ /g, '\\s+')}|a\s+few|several)`;
// ("90 nautical miles west of Hodeidah": at sea, where distances are told in nautical miles)
const UNIT = String.raw`(km|kms|kilomet(?:er|re)s?|mi|miles?|met(?:er|re)s|nautical\s+miles?|nm)`;
// "(250 km)", "(18 miles)": the same distance in the other unit
const ASIDE = String.raw`(?:\s*\([^()]{1,20}\))?`;
const SIDE = String.raw`((?:north|south)(?:-?(?:east|west))?|east|west)`;
// "30 km north of", "30 km from", "30 km outside", "30 km away from"; or a side alone, "north of", "just west of"
// (not "the north of Mali", a part of it, nor "northern")
const RELATIVE = new RegExp(String.raw`(?<![\w-])(?:${QUALIFIER}${AMOUNT}\s*-?\s*${UNIT}\b${ASIDE}\s+(?:${SIDE}\s+of|(?:away\s+)?from|outside(?:\s+of)?)|(?<!\bthe\s+)(?:just\s+|some\s+way\s+|further\s+|farther\s+)?${SIDE}\s+of)\s+`, 'gi');
// what may stand between the phrase and the name: "north of the town of Elbe", "from the capital, Kabul"
// ... or the noun right before the name: "west of the capital Sanaa"
const NAME_GAP = /^(?:the\s+)?(?:(?:\w+\s+)?(?:town|city|village|port|capital|provincial\s+capital|border\s+town)(?:\s+of|,)?\s+)?$/i;

/** The places with each one named as a reference point replaced by the relative place the phrase before it states. */
export function withRelativePlaces(text: string, places: readonly PlaceMention[]): PlaceMention[] {
  const replaced = new Map<PlaceMention, PlaceMention>();
  for (const m of text.matchAll(RELATIVE)) {
    const after = m.index + m[0].length;
    const ref = places.find((p) => p.start >= after && p.start - after <= 30 && NAME_GAP.test(text.slice(after, p.start)));
    if (!ref || replaced.has(ref) || ref.place.precision === 'country') continue;
    const km = distanceKm(m[1], m[2]);
    const side = (m[3] ?? m[4])?.toLowerCase().replace('-', '');
    const start = m.index + (m[0].length - m[0].trimStart().length);
    replaced.set(ref, {
      start, end: ref.end, text: text.slice(start, ref.end), place: relativeEntry(ref.place, km, side ?? null),
      locative: true, prep: ref.prep ?? null, rule: RELATIVE_TO,
    });
  }
  if (replaced.size === 0) return [...places];
  return places.map((p) => replaced.get(p) ?? p);
}

/** The stated distance in km, or null ("a few miles", "several kilometers"). */
function distanceKm(amount: string | undefined, unit: string | undefined): number | null {
  if (!amount || !unit) return null;
  const a = amount.toLowerCase().replace(/\s+/g, ' ');
  const n = /^\d/.test(a) ? Number(a.replace(/,(?=\d{3}\b)/, '').replace(',', '.')) : NUMBER_WORDS[a];
  const per = KM_PER[unit.toLowerCase().replace(/\s+/g, ' ')];
  return n === undefined || Number.isNaN(n) || per === undefined ? null : n * per;
}

const EARTH_KM = 6371;
const RAD = Math.PI / 180;

/** The named place seen from a distance and side: its point moved when both are known, a region's precision. */
function relativeEntry(ref: PlaceEntry, km: number | null, side: string | null): PlaceEntry {
  const bearing = side !== null ? BEARING[side] : undefined;
  const moved = km !== null && bearing !== undefined && ref.lat !== null && ref.lon !== null ? destination(ref.lat, ref.lon, km, bearing) : null;
  const id = `relative:${side ?? 'near'}:${km === null ? '' : Math.round(km)}:${ref.id}`;
  return { ...ref, id, precision: ref.precision === 'site' ? 'city' : ref.precision, lat: moved?.lat ?? ref.lat, lon: moved?.lon ?? ref.lon };
}

/** The point `km` from (lat, lon) on the initial bearing (degrees), rounded to four decimals (about 10 m). */
export function destination(lat: number, lon: number, km: number, bearing: number): { lat: number; lon: number } {
  const d = km / EARTH_KM, t = bearing * RAD, p1 = lat * RAD, l1 = lon * RAD;
  const p2 = Math.asin(Math.sin(p1) * Math.cos(d) + Math.cos(p1) * Math.sin(d) * Math.cos(t));
  const l2 = l1 + Math.atan2(Math.sin(t) * Math.sin(d) * Math.cos(p1), Math.cos(d) - Math.sin(p1) * Math.sin(p2));
  const round = (x: number) => Math.round(x * 1e4) / 1e4;
  return { lat: round(p2 / RAD), lon: round((((l2 / RAD) + 540) % 360) - 180) };
}

// "on a highway between Abuja and Kaduna", "on the road from Gao to Ansongo": a route named by the two towns it joins
// runs between them; the act is somewhere on it, halfway as best we know (a region's
// precision, the towns' country when they share one or only one is known). Rule: place:route-between.
export const ROUTE_BETWEEN = 'place:route-between';
const ROUTE = String.raw`(?:road|roads|highway|motorway|expressway|route|railway|rail\s+line|train\s+line|corridor|stretch)`;
const ROUTE_BEFORE = new RegExp(String.raw`\b${ROUTE}\s+(?:between|from)\s+$`, 'i');
const JOINED = /^\s*(?:and|to)\s+(?:the\s+(?:town|city)\s+of\s+)?$/;

/** The places with each pair of towns that names a route replaced by the route between them. */
export function withRoutes(text: string, places: readonly PlaceMention[]): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (let k = 0; k < places.length; k++) {
    const [a, b] = [places[k], places[k + 1]];
    const towns = b !== undefined && a.place.precision === 'city' && b.place.precision === 'city' && a.place.id !== b.place.id && JOINED.test(text.slice(a.end, b.start));
    const before = towns ? ROUTE_BEFORE.exec(text.slice(Math.max(0, a.start - 50), a.start)) : null;
    if (!before) { out.push(a); continue; }
    const between = /between\s+$/i.exec(before[0]);
    const start = between ? a.start - between[0].length : a.start;
    out.push({ start, end: b.end, text: text.slice(start, b.end), place: routeEntry(a.place, b.place), locative: true, prep: a.prep ?? null, rule: ROUTE_BETWEEN });
    k++;
  }
  return out;
}

export function routeEntry(a: PlaceEntry, b: PlaceEntry): PlaceEntry {
  const mid = a.lat !== null && a.lon !== null && b.lat !== null && b.lon !== null ? { lat: Math.round(((a.lat + b.lat) / 2) * 1e4) / 1e4, lon: Math.round(((a.lon + b.lon) / 2) * 1e4) / 1e4 } : null;
  return { id: `route:${a.id}:${b.id}`, name: `${a.name}–${b.name}`, precision: 'region', country: a.country === b.country || b.country === null ? a.country : a.country === null ? b.country : null, lat: mid?.lat ?? null, lon: mid?.lon ?? null };
}
