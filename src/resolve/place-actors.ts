import type { ActorEntry, Knowledge } from '../knowledge/types.ts';
import type { ActorPhrase, PlaceMention } from './types.ts';
import { SpanIndex } from './span-index.ts';

/**
 * A city or region named where a participant belongs stands for its country: "Russian missiles hit Kyiv" →
 * target UKR; "Kharkiv was shelled" → target UKR; "shelled the Belgorod region" → target RUS. Only for cities outside locative phrases
 * ("in Kyiv" stays a place) and not already covered by an actor phrase.
 */
const REGION_NOUN = /^\s+(?:region|province|oblast|governorate|prefecture|county)\b/i;
const REGION_END = /\s(?:region|province|oblast|governorate|prefecture|county)$/i;
const POSSESSED = /['’]s\s+$/;
const NAMED_TOWN = new Set(['place:named-settlement', 'place:unlisted-town']);

export function placeActors(places: readonly PlaceMention[], known: readonly ActorPhrase[], kb: Knowledge, text: string): ActorPhrase[] {
  const out: ActorPhrase[] = [];
  const knownIndex = new SpanIndex(known);
  for (const p of places) {
    // "fired rockets at Tel Aviv", "drone attack on Kyiv": a city after at/on/into is a target; after "in", a place
    const targetPrep = p.prep === null || p.prep === undefined || ['at', 'on', 'into', 'to', 'over', 'against', 'toward', 'towards'].includes(p.prep);
    // "the capital" read as a city stays a place: its words are no name of an actor
    // a region too when it is named as one: "shelled the Belgorod region", "fired missiles at the Kursk oblast" (a bare
    // region name is too often a word or part of a name: "Kansas City", "the miner Vale"); "Russia's Krasnodar region"
    // already names whose it is
    const region = p.place.precision === 'region' && (REGION_NOUN.test(text.slice(p.end, p.end + 16)) || REGION_END.test(p.text)) && !POSSESSED.test(text.slice(Math.max(0, p.start - 4), p.start));
    // ... and so does a town no gazetteer knows that the text calls one ("attacked Kadunu, a village 30 km south of Zaria",
    // "bombed Tal Tamr, 40 km north of Hasakah": named-places.ts), whose country its neighbours gave; no other place a
    // rule made (a distance, a route, a reference back)
    if (!targetPrep || (p.place.precision !== 'city' && !region) || !p.place.country || (p.rule && !NAMED_TOWN.has(p.rule))) continue;
    if (knownIndex.overlaps(p.start, p.end)) continue;
    const bloc = blocOfSeat(p.text, known, kb);
    if (bloc) {
      out.push({ start: p.start, end: p.end, text: p.text, name: bloc.name, code: bloc.code, kind: 'organization', plural: false, entry: bloc, locative: false, prep: null, rule: 'actor:seat-stands-for-bloc' });
      continue;
    }
    const country = kb.countries.get(p.place.country);
    out.push({
      start: p.start, end: p.end, text: p.text, name: country?.name ?? p.place.country, code: p.place.country,
      kind: 'country', plural: false, entry: null, locative: false, prep: null, rule: 'actor:city-stands-for-country',
    });
  }
  return out;
}

/**
 * "Rebels attacked Tripoli in Lebanon", "shelled Tripoli, Lebanon": a capital that stands for its state by name
 * (data/actors/metonyms.json: Tripoli → Libya) is the city the qualifier chose, and stands for that city's country;
 * so does a role told of it ("protesters in Tripoli, Lebanon", "the mayor of Tripoli in Lebanon"). The qualifier set
 * off by commas ("Police in Hyderabad, Pakistan, arrested") names where the city is, no participant.
 */
export function withQualifiedCities(text: string, phrases: readonly ActorPhrase[], places: readonly PlaceMention[], kb: Knowledge): ActorPhrase[] {
  // (a city the story's geography read as another country's namesake counts as qualified: "Lebanese troops clashed with
  // gunmen in Tripoli" is Lebanon's Tripoli, place and actors alike)
  const qualified = places.filter((p) => p.place.country && (p.qualifier || readElsewhere(p, kb)));
  if (qualified.length === 0) return [...phrases];
  const commaQualifiers = new Set(qualified.filter((p) => p.qualifier && text.slice(p.end, p.qualifier[0]).includes(',')).map((p) => p.qualifier![0]));
  const metonym = (n: ActorPhrase | undefined) => n?.kind === 'country' && n.entry?.kind === 'metonym' ? n.entry.country : null;
  return phrases.flatMap((n) => {
    if (n.kind === 'country' && commaQualifiers.has(n.start)) return [];
    const city = qualified.find((p) => p.start === n.start && p.end === n.end);
    const country = city?.place.country;
    const named = metonym(n);
    if (country && named && named !== country) return [{ ...n, code: country, name: kb.countries.get(country)?.name ?? country, entry: null, rule: QUALIFIED_RULE }];
    // the role before it, or the title ending in it, took the capital's state ("protesters in Tripoli" → LBYOPP,
    // resolve/role-country.ts; "the mayor of Tripoli" → LBYGOV)
    const told = qualified.find((p) => p.start >= n.end && ROLE_OF_PLACE.test(text.slice(n.end, p.start)) || p.start > n.start && p.end === n.end && TITLE_OF_PLACE.test(text.slice(n.start, p.start)));
    const wrong = told && kb.actors.lookup(told.text).find((e) => e.kind === 'metonym')?.country;
    if (!told?.place.country || !wrong || wrong === told.place.country || !n.code?.startsWith(wrong) || n.kind === 'country') return [n];
    return [{ ...n, code: `${told.place.country}${n.code.slice(3)}`, rule: QUALIFIED_RULE }];
  });
}
const QUALIFIED_RULE = 'actor:qualified-city-stands-for-country';
// a city whose name is also a capital's metonym of another country, read by the place resolver as the other town
const readElsewhere = (p: PlaceMention, kb: Knowledge) => p.place.precision === 'city'
  && kb.actors.lookup(p.text).some((e) => e.kind === 'metonym' && e.country !== null && e.country !== p.place.country);
const ROLE_OF_PLACE = /^\s+(?:in|from|of)\s+(?:the\s+)?$/i;
const TITLE_OF_PLACE = /\s(?:in|from|of)\s+(?:the\s+)?$/i;

/** "Brussels" in a story that names the EU or one of its bodies: the bloc whose seat the city is (data/lexicon/bloc-seats.tsv). */
function blocOfSeat(city: string, known: readonly ActorPhrase[], kb: Knowledge): ActorEntry | null {
  const name = kb.lexicon.blocSeats?.get(city.toLowerCase());
  const bloc = name ? kb.actors.lookup(name).find((e) => e.kind === 'organization' || e.kind === 'group') : undefined;
  if (!bloc) return null;
  return known.some((k) => k.entry && (k.entry.id === bloc.id || k.entry.parent === bloc.id)) ? bloc : null;
}

/**
 * "A senator from Texas", "lawmakers from Bavaria", "activists from Lviv": a bare role followed by where it comes from
 * is of that place's country. (An origin is no place of the act, core/event-place.ts place:subject-origin, so the role
 * can no longer borrow the country from the event's place; countries and capitals are actors already: role-country.ts.)
 */
export function withOriginPlaces(text: string, phrases: readonly ActorPhrase[], places: readonly PlaceMention[]): ActorPhrase[] {
  const origins = places.filter((p) => p.prep === 'from' && p.place.country && (p.place.precision === 'region' || p.place.precision === 'city'));
  if (origins.length === 0) return [...phrases];
  return phrases.map((n) => {
    if (n.kind !== 'role' || n.code !== null || !n.roleCode) return n;
    const origin = origins.find((p) => p.start > n.end && p.start - n.end <= 12 && ORIGIN_OF_ROLE.test(text.slice(n.end, p.start)));
    return origin ? { ...n, code: `${origin.place.country}${n.roleCode}`, rule: ROLE_FROM_PLACE } : n;
  });
}
const ORIGIN_OF_ROLE = /^\s+from\s+(?:the\s+)?$/i;
const ROLE_FROM_PLACE = 'actor:role-from-place';
