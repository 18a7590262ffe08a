import type { Knowledge, PlaceEntry } from '../knowledge/types.ts';
import { normalizeName } from '../nlp/normalize.ts';
import type { AnalyzedText } from '../nlp/types.ts';
import { greatCircleAngle } from './great-circle.ts';
import { routeEntry, ROUTE_BETWEEN } from './relative-places.ts';
import type { PlaceMention } from './types.ts';

// "on the Kabul-Kandahar highway", "the Goma-Sake road", "along the Beirut-Damascus highway": a route named by the two
// towns it joins, written as one hyphenated modifier of the route noun. Of each town's readings the pair nearest each
// other is meant (a road joins neighbours); the route is a region halfway between them (relative-places.ts routeEntry),
// its span the names and the route noun. Rule: place:route-between, as for "the road between Gao and Ansongo".

const CAPITALISED = /^[A-Z]/;
const EARTH_KM = 6371;
// the readings of each town weighed against each other: the most populous few
const READINGS = 5;
// tokens of the names and their hyphens: two towns of up to three words
const MAX_RUN = 8;

/**
 * Routes named "<Town>-<Town> <route noun>" in the text; `routeNouns` are the lower-case route words. A town the
 * article itself names as a place (`named`: "the town of Rutshuru", which GeoNames may lack) is read as it did.
 */
export function hyphenRoutes(doc: AnalyzedText, kb: Knowledge, routeNouns: ReadonlySet<string>, named: readonly PlaceMention[] = []): PlaceMention[] {
  const out: PlaceMention[] = [];
  const tokens = doc.tokens;
  const towns = (key: string) => [...named.filter((p) => normalizeName(p.text) === key).map((p) => p.place).slice(0, 1), ...readings(kb, key)];
  for (let i = 0; i < tokens.length; i++) {
    if (!CAPITALISED.test(tokens[i].text) || (i > 0 && tokens[i - 1].sentence === tokens[i].sentence && (CAPITALISED.test(tokens[i - 1].text) || tokens[i - 1].text === '-'))) continue;
    // the run of capitalised words and joining hyphens starting here: "Kabul - Kandahar", "Mosul - Tal Afar"
    let j = i;
    let hyphens = 0;
    while (j + 1 < tokens.length && j - i < MAX_RUN && tokens[j + 1].sentence === tokens[i].sentence) {
      const joins = tokens[j + 1].text === '-' && tokens[j + 1].start === tokens[j].end && tokens[j + 2]?.start === tokens[j + 1].end && CAPITALISED.test(tokens[j + 2].text);
      if (joins) { hyphens++; j += 2; }
      else if (CAPITALISED.test(tokens[j + 1].text)) j++;
      else break;
    }
    const noun = tokens[j + 1];
    if (hyphens === 0 || noun === undefined || noun.sentence !== tokens[i].sentence || !routeNouns.has(noun.lower)) continue;
    const route = splitIntoTowns(doc, towns, i, j);
    if (route) out.push({ start: tokens[i].start, end: tokens[j].end, text: doc.text.slice(tokens[i].start, tokens[j].end), place: route, locative: true, prep: 'along', rule: ROUTE_BETWEEN });
    i = j + 1;
  }
  return out;
}

/** The route between the two towns the hyphens of tokens i..j split into, trying each hyphen ("Port-au-Prince-Jacmel"). */
function splitIntoTowns(doc: AnalyzedText, towns: (key: string) => readonly PlaceEntry[], i: number, j: number): PlaceEntry | null {
  const tokens = doc.tokens;
  for (let h = i + 1; h < j; h++) {
    if (tokens[h].text !== '-' || tokens[h].start !== tokens[h - 1].end) continue;
    const first = towns(normalizeName(doc.text.slice(tokens[i].start, tokens[h - 1].end)));
    const second = towns(normalizeName(doc.text.slice(tokens[h + 1].start, tokens[j].end)));
    const pair = nearestPair(first, second);
    if (pair) return routeEntry(pair[0], pair[1]);
  }
  return null;
}

/** The towns of that name: those whose own name it is where there are any ("Abuja", not Suleja that was once called so). */
function readings(kb: Knowledge, key: string): readonly PlaceEntry[] {
  const all = kb.cities(key);
  const own = all.filter((c) => normalizeName(c.name) === key);
  return (own.length > 0 ? own : all).slice(0, READINGS);
}

/** The two readings, one of each name, that lie nearest each other (ties: the more populous, listed first). */
function nearestPair(first: readonly PlaceEntry[], second: readonly PlaceEntry[]): [PlaceEntry, PlaceEntry] | null {
  let best: [PlaceEntry, PlaceEntry] | null = null;
  let bestKm = Infinity;
  for (const a of first) {
    for (const b of second) {
      if (a.id === b.id) continue;
      const km = a.lat === null || a.lon === null || b.lat === null || b.lon === null ? Infinity : greatCircleAngle(a.lon, a.lat, b.lon, b.lat) * EARTH_KM;
      if (best === null || km < bestKm) [best, bestKm] = [[a, b], km];
    }
  }
  return best;
}
