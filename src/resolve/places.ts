import type { Knowledge, PlaceEntry } from '../knowledge/types.ts';
import { normalizeName, type NormalizedText } from '../nlp/normalize.ts';
import type { AnalyzedText } from '../nlp/types.ts';
import type { PlaceMention } from './types.ts';
import { locativePrep, tokenAt } from './token-map.ts';
import { SpanIndex } from './span-index.ts';
import { chooseCity, type StoryGeography } from './city-choice.ts';
import { datelinePlace } from './dateline-place.ts';
import { namedPlaces } from './named-places.ts';
import { chooseReading, designationWord } from './division-reading.ts';
import { qualifiedCity } from './city-qualifier.ts';
import { findCityNames, listedBefore, type CityName } from './city-names.ts';
import { countryOfPeopleBefore, readingsIn } from './people-place-noun.ts';
import { hyphenRoutes } from './hyphen-routes.ts';
import { clubNames } from './club-names.ts';
import { namesDocument } from './document-names.ts';
import { opensCompoundModifier } from './compound-modifier.ts';
import { frontLines, frontLineSpans } from './front-lines.ts';
import { markVenues } from './meeting-venue.ts';
import { beforeUnknownName, familyNameOfTitled } from './name-particle.ts';
import { ownsNoPlace } from './possessor-place.ts';
import { landmarksInCities } from './landmark-in-city.ts';
import { labelsText } from '../nlp/story-sections.ts';

/**
 * Places named in the article: sites and countries from the gazetteer anywhere, GeoNames cities
 * only after a locative word ("in Kirkuk", "north of Erbil") since city names are often ordinary words.
 * An ambiguous city name goes to the reading nearest the story's other places and in the countries where
 * the story places its events; countries its actors come from count only a little (`actorCountries`).
 * A word that names a people ("Somali", "Kurdish") is no place, whatever region shares its name (`demonyms`).
 */
export function findPlaces(doc: AnalyzedText, normalized: NormalizedText, kb: Knowledge, actorCountries: Iterable<string> = [], demonyms: ReadonlyArray<{ start: number; end: number }> = []): PlaceMention[] {
  const out: PlaceMention[] = [];
  const demonymIndex = new SpanIndex(demonyms);
  const actorSet = new Set(actorCountries);
  const matches = kb.places.findAll(doc.text, normalized);
  // same-named divisions go to the country the story names, as a place or as its actors' ("Indian police" → India's Punjab)
  const storyCountries = new Set([...actorSet, ...matches.flatMap((m) => (m.values[0].precision === 'country' && m.values[0].country ? [m.values[0].country] : []))]);
  const designations = kb.lexicon.divisionDesignations;
  // the other readings of names read as a country ("Georgia": the US state), kept for the cities of the story to decide
  const otherReadings = new Map<PlaceMention, readonly PlaceEntry[]>();
  for (const m of matches) {
    if (opensCompoundModifier(doc.text, m.end)) continue;
    const place = chooseReading(m.values, designationWord(doc.text, m.start, m.end, designations), designations, storyCountries);
    if (place.precision !== 'country' && !namesWaters(doc, place, m.start, m.end) && demonymIndex.overlapping(m.start, m.end).some((d) => d.start === m.start && d.end >= m.end)) continue;
    // "the Somali capital", "Somali troops": a people's word before a noun is no region of its name (Ethiopia's Somali)
    if (place.precision === 'region' && beforeNoun(doc, m.end) && kb.actors.lookup(doc.text.slice(m.start, m.end)).some((a) => a.demonym)) continue;
    // ... nor, out of a place's position, another state's people's word before a title or name ("German Chancellor
    // Friedrich Merz": no parish of the Isle of Man; "Kachin Governor ..." may be the state's own)
    if (place.precision === 'region' && beforeCapitalised(doc, m.end) && locativePrep(doc, m.start) === null && kb.actors.lookup(doc.text.slice(m.start, m.end)).some((a) => a.demonym && a.country !== null && a.country !== place.country)) continue;
    if (place.precision === 'region' && beforeUnknownName(doc, kb, m.start, m.end)) continue; // "Michael O'Leary": no parish
    // ... nor after one that closes a titled person's name ("Former Prime Minister Moussa Mara": no Tanzanian region)
    if (place.precision === 'region' && familyNameOfTitled(doc, kb, m.start, m.end)) continue;
    // "in Moscow's shadow fleet": a city owning an act or a force stands for its state, no town (possessor-place.ts)
    if (place.precision === 'city' && ownsNoPlace(doc, kb, m.end)) {
      const state = place.country === null ? undefined : kb.countries.get(place.country);
      const at = locativePrep(doc, m.start);
      if (state) out.push({ start: m.start, end: m.end, text: doc.text.slice(m.start, m.end), place: state, locative: at !== null, prep: at });
      continue;
    }
    // ("Peru: Protesters blocked ...": a country heading the text as its label places the story there, as a dateline)
    const prep = locativePrep(doc, m.start) ?? listedBefore(out, doc.text, m.start)?.prep ?? (place.precision === 'country' && labelsText(doc.text, m.start, m.end) ? 'dateline' : null); // "in Zeitoun and Shejaiya"
    // "The White House said", "the Kremlin's spokesman": a seat that names its government, out of a place's position, is the speaker
    if (place.precision === 'site' && prep === null && !afterVerb(doc, m.start) && kb.actors.lookup(doc.text.slice(m.start, m.end)).some((a) => a.kind === 'metonym')) continue;
    const mention: PlaceMention = { start: m.start, end: m.end, text: doc.text.slice(m.start, m.end), place, locative: prep !== null, prep };
    out.push(mention);
    const others = m.values.filter((v) => v !== place && v.precision === 'region' && v.country !== place.country);
    if (place.precision === 'country' && others.length > 0) otherReadings.set(mention, others);
  }
  // a city weighs the countries of those readings as it weighs the actors' ("Atlanta" in a story "in Georgia")
  // ... and so does the dateline's ("BEIRUT (AP) — Gunmen attacked a checkpoint in Tripoli": the Lebanese one), weakly:
  // a desk may be abroad
  const filedFrom = datelinePlace(doc.text, kb, out, actorSet)?.place;
  const filedIn = filedFrom?.country;
  // ... strongly when the story names no other country, as a place or by its actors ("LIMA, Peru — ... in Puno": Peru's)
  const homeDesk = filedIn && [...storyCountries].every((c) => c === filedIn) ? filedFrom : undefined;
  const weakCountries = new Set([...actorSet, ...[...otherReadings.values()].flatMap((rs) => rs.flatMap((r) => (r.country ? [r.country] : []))), ...(filedIn ? [filedIn] : [])]);
  const cities = findCityNames(doc, kb, new SpanIndex([...out]), out, storyCountries);
  // "Alexandria, Virginia": the qualifier decides, and is no second place
  const qualified = cities.map((c) => qualifiedCity(doc.text, c.start, c.end, c.candidates, kb));
  const qualifiers = qualified.flatMap((q) => (q ? [q] : []));
  for (const [k, c] of cities.entries()) {
    if (qualifiers.some((q) => q.start <= c.start && c.end <= q.end)) continue;
    const state = ownsNoPlace(doc, kb, c.end) ? c.candidates.map((e) => (e.country === null ? undefined : kb.countries.get(e.country)))[0] : undefined;
    if (state) {
      out.push({ start: c.start, end: c.end, text: c.text, place: state, locative: c.locative, prep: c.prep });
      continue;
    }
    // the story around this name, without the name itself: a lone reading far from everything else is no anchor for itself
    const others = cities.filter((o) => o.key !== c.key);
    // ... nor a name read inside it ("Afar" of "Tal Afar")
    const around = out.filter((g) => g.end <= c.start || g.start >= c.end);
    // "the Somali town of Balad": only the readings in the people's country (resolve/people-place-noun.ts)
    const people = c.prep === 'of' ? countryOfPeopleBefore(doc.text, c.start, kb) : null;
    const candidates = people ? readingsIn(c.candidates, people) : c.candidates;
    const chosen = qualified[k]?.entry ?? (candidates.length > 0 ? chooseCity(candidates, storyGeography(around, others, weakCountries, kb, homeDesk), c.key) ?? (people ? candidates[0] : null) : null);
    if (chosen) out.push({ start: c.start, end: c.end, text: c.text, place: asNamedBy(doc.text, c.start, chosen), locative: c.locative, prep: c.prep, ...(qualified[k] ? { qualifier: [qualified[k].start, qualified[k].end] as const } : {}), ...(c.rule ? { rule: c.rule } : {}) });
    // a name the story puts somewhere ("the town of Elbe") whose readings all lie far away: kept by name only
    else if (c.prep && NAMING_PREPS.has(c.prep)) out.push({ start: c.start, end: c.end, text: c.text, place: { ...unresolved(c.text), country: people }, locative: true, prep: c.prep });
  }
  // "killed 30 men in Moura" (Mali), "arrested two men in Moura, the Portuguese ministry said": a town listed by hand
  // (data/places/regions.json) whose name GeoNames gives towns abroad is one reading among them, chosen by the story as
  // any city is; it counts as large as its largest namesake (it is listed because the news names it)
  for (const [i, p] of out.entries()) {
    const homonyms = p.place.precision === 'city' && !p.place.id.includes(':') ? kb.cities(normalizeName(p.text)).filter((h) => h.country !== p.place.country) : [];
    if (homonyms.length === 0) continue;
    const listed = { ...p.place, population: Math.max(0, ...homonyms.map((h) => h.population ?? 0)) };
    const around = out.filter((g) => g.end <= p.start || g.start >= p.end);
    const chosen = chooseCity([listed, ...homonyms], storyGeography(around, cities, weakCountries, kb, homeDesk), normalizeName(p.text));
    if (chosen && chosen !== listed) out[i] = { ...p, place: asNamedBy(doc.text, p.start, chosen) };
  }
  // "in Georgia ... in Atlanta": a name read as a country is the division that holds a city of the story
  for (const [mention, readings] of otherReadings) {
    const division = readings.find((r) => out.some((p) => p.place.precision === 'city' && p.place.country === r.country && p.place.admin1 === r.name));
    if (division) out[out.indexOf(mention)] = { ...mention, place: division };
  }
  // "the village of Dumbari", "Dumbari village", "the Zorbak Tala district": named as places by the text
  // ... not a people's word before the noun ("the southern Lebanese town of Nabatieh": Lebanese names no town)
  const named = namedPlaces(doc, out, kb.lexicon.placeNouns, (text) => kb.actors.lookup(text).length > 0 || kb.lexicon.siteNouns.has(text.toLowerCase())).filter((n) => !kb.actors.lookup(n.text).some((a) => a.demonym)).map((n) => inPeoplesCountry(doc.text, n, kb));
  // a shorter name read inside one of them ("Tal" in "the town of Tal Bisa") is theirs
  // ... as is a region's name inside a town's ("Afar" in "Tal Afar")
  const longer = new SpanIndex([...named, ...out.filter((p) => p.place.precision === 'city')]);
  // "a match between Sevilla and Betis", "Napoli fans": a club named by its town is no place (resolve/club-names.ts)
  const clubs = new SpanIndex(clubNames(doc, kb.lexicon.clubWords));
  const places = [...out.filter((p) => !longer.containing(p.start, p.end).some((n) => n.end - n.start > p.end - p.start)), ...named].filter((p) => clubs.containing(p.start, p.end).length === 0 && !namesDocument(doc.text, p.end, kb.lexicon.documentNouns));
  // "the Kabul-Kandahar highway": a route named by its two towns, in place of either town or a province of its name
  const routes = hyphenRoutes(doc, kb, kb.lexicon.routeNouns, places);
  const routeIndex = new SpanIndex(routes);
  const routed = (routes.length === 0 ? places : [...places.filter((p) => !routeIndex.overlaps(p.start, p.end)), ...routes]).sort((a, b) => a.start - b.start);
  // "along the Line of Control", "along the Line of Contact": a word of a line's name is no town (Líně for "Line")
  const lines = frontLineSpans(doc, kb.lexicon.frontLines);
  const found = lines.length === 0 ? routed : routed.filter((p) => !lines.some(([s, e]) => p.start >= s && p.end <= e));
  // "along the contact line": the front in the region the story named before it (resolve/front-lines.ts)
  const fronts = frontLines(doc, found, kb.lexicon.frontLines);
  const landmarks = landmarksInCities(doc.text, found, kb.lexicon.siteNouns);
  return markVenues(doc.text, fronts.length === 0 ? landmarks : [...landmarks, ...fronts].sort((a, b) => a.start - b.start), kb.lexicon.venueWords);
}

/** The word before the name (past "the") is a verb or "on"/"against": "drones struck the Kremlin", "an attack on the Kremlin". */
function afterVerb(doc: AnalyzedText, start: number): boolean {
  let k = tokenAt(doc, start) - 1;
  if (doc.tokens[k]?.lower === 'the') k--;
  const t = doc.tokens[k];
  return t !== undefined && (t.pos === 'VERB' || t.lower === 'on' || t.lower === 'against');
}

/** The word after `end` is a common noun in lower case: the name before it is its modifier. */
function beforeCapitalised(doc: AnalyzedText, end: number): boolean {
  const next = doc.tokens[tokenAt(doc, end)];
  return next !== undefined && next.start - end === 1 && /^\p{Lu}\p{Ll}/u.test(next.text);
}

// "in the Caribbean", "across the southern Caribbean", "in the Gulf": a sea or a region of no one state (data/places/
// regions.json) named by its people's word, after "the" (and a side) and before no noun or name, is that place
// ("Caribbean leaders", "the Gulf Arab states" stay a people's word)
const SIDES = new Set(['northern', 'southern', 'eastern', 'western', 'central', 'northeastern', 'northwestern', 'southeastern', 'southwestern']);
function namesWaters(doc: AnalyzedText, place: PlaceEntry, start: number, end: number): boolean {
  if (place.precision !== 'region' || place.country !== null) return false;
  const next = doc.tokens[tokenAt(doc, end)];
  if (next !== undefined && next.start - end <= 1 && (next.pos === 'NOUN' || next.pos === 'PROPN' || /^\p{Lu}/u.test(next.text))) return false;
  let k = tokenAt(doc, start) - 1;
  if (SIDES.has(doc.tokens[k]?.lower ?? '')) k -= 1;
  return doc.tokens[k]?.lower === 'the';
}

function beforeNoun(doc: AnalyzedText, end: number): boolean {
  const next = doc.tokens[tokenAt(doc, end)];
  return next !== undefined && next.start - end <= 1 && next.pos === 'NOUN' && next.text === next.lower;
}

// After these a name is where something happened ("in Elbe", "the town of Elbe"); after "to" or "from" it may be a region or a desk.
const NAMING_PREPS = new Set(['in', 'near', 'of', 'outside', 'around', 'inside']);


/** Countries and points the story names unambiguously: its regions, sites, one-reading cities and countries after "in". */
function storyGeography(gazetteer: readonly PlaceMention[], cities: readonly CityName[], actorCountries: ReadonlySet<string>, kb: Knowledge, homeDesk?: PlaceEntry): StoryGeography {
  const placeCountries = new Set<string>();
  const points: Array<readonly [number, number]> = [];
  const countryPoints: Array<readonly [number, number]> = [];
  for (const p of gazetteer) {
    if (p.place.precision === 'country' && !p.locative) continue;
    if (p.place.precision === 'country' && p.place.lat !== null && p.place.lon !== null) countryPoints.push([p.place.lon, p.place.lat]);
    if (p.place.country) placeCountries.add(p.place.country);
    if (p.place.precision !== 'country' && p.place.lat !== null && p.place.lon !== null) points.push([p.place.lon, p.place.lat]);
  }
  for (const c of cities) {
    // only a name the text places events in anchors the story: "Hamas said" is no town in Germany
    const only = c.candidates.length === 1 && c.locative ? c.candidates[0] : null;
    if (!only) continue;
    if (only.country) placeCountries.add(only.country);
    if (only.lat !== null && only.lon !== null) points.push([only.lon, only.lat]);
  }
  const actorPoints = [...actorCountries].flatMap((c) => { const e = kb.countries.get(c); return e && e.lat !== null && e.lon !== null ? [[e.lon, e.lat] as const] : []; });
  const bordersActors = (country: string) => [...actorCountries].some((a) => kb.lexicon.borderPoints.has(`${a}\t${country}`));
  return { placeCountries, actorCountries, points, countryPoints, actorPoints, bordersActors, ...(homeDesk ? { homeDesk } : {}) };
}

const unresolved = (text: string): PlaceEntry => ({ id: `unresolved:${normalizeName(text)}`, name: text, precision: 'city', country: null, lat: null, lon: null });

// "the state of Guerrero", "the province of Ghazni": the noun says the name is a region, whatever city shares it
const REGION_NOUN_BEFORE = /\b(?:state|province|region|governorate|department|prefecture)\s+of\s+$/i;

/** The entry as the text names it: a city reading after "the province of" stands for the region. */
function asNamedBy(text: string, start: number, entry: PlaceEntry): PlaceEntry {
  return entry.precision === 'city' && REGION_NOUN_BEFORE.test(text.slice(Math.max(0, start - 30), start)) ? { ...entry, precision: 'region' } : entry;
}

/** "the Syrian town of Qamishli": a name the text calls a place is in the country a people's word before its noun names. */
function inPeoplesCountry(text: string, named: PlaceMention, kb: Knowledge): PlaceMention {
  const people = named.prep === 'of' ? countryOfPeopleBefore(text, named.start, kb) : null;
  return people && named.place.country !== people ? { ...named, place: { ...named.place, country: people } } : named;
}
