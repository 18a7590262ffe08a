import type { Token } from '../nlp/types.ts';
import type { DateMention, PlaceMention } from '../resolve/types.ts';
import { YEAR_OF_NOUN_RULE } from '../resolve/dates.ts';
import { TOWN_OF_FACILITY_OBJECT } from '../resolve/city-names.ts';
import { RELATIVE_TO } from '../resolve/relative-places.ts';
const NAMED_DIVISION = 'place:named-division';

/**
 * The dates an event takes from its sentence: a date written right before an event noun gives one
 * event per day ("the 11 and 14 March rocket attacks"); otherwise the nearest date mention.
 */
export function datesFor(tokens: readonly Token[], triggerStart: number, triggerHead: number, all: readonly DateMention[], clauseStartChar = 0, text = ''): DateMention[] {
  if (all.length === 0) return [];
  // "said on Wednesday that its forces struck ... on Monday": the trigger's own clause first
  const startChar = tokens[triggerStart].start;
  // "postponed the February election", "condemned the September coup": a date that modifies a noun after the trigger
  // dates that noun's event, not this one
  // (a year before a noun is kept only where the tree found it dates the act: src/core/clause-dates.ts)
  const own = all.filter((d) => d.start < startChar || d.rule === YEAR_OF_NOUN_RULE || !modifiesNounAfter(tokens, triggerStart, d));
  if (own.length === 0) return [];
  const inClause = own.filter((d) => d.start >= clauseStartChar);
  const dates = inClause.length ? inClause : own;
  const headChar = tokens[triggerHead].start;
  const premodifier = dates.filter((d) => d.end <= startChar && startChar - d.end <= 20 && !/[,.;]/.test(d.text));
  let best = dates[0];
  // ("On Saturday and Sunday, jets struck": the last before it, with the dates joined to it)
  if (premodifier.length) best = premodifier[premodifier.length - 1];
  else for (const d of dates) if (Math.abs(d.start - headChar) < Math.abs(best.start - headChar)) best = d;
  // "on Saturday and Sunday", "in June and in September": dates joined by "and" (the preposition may repeat) are one
  // coordinated mention, an event on each
  const joined = dates.filter((d) => d.start === best.start || dates.some((e) => e !== d && (e.start === best.start || e.end === best.end) && COORDINATED.test(text.slice(Math.min(d.end, e.end), Math.max(d.start, e.start)))));
  // "held six rounds of talks between September 2002 and March 2003": the two ends of one period, one event from its start
  return joined.length === 2 && BETWEEN.test(text.slice(Math.max(0, joined[0].start - 12), joined[0].start)) ? [joined[0]] : joined;
}

const NOMINAL = new Set(['NOUN', 'PROPN', 'ADJ']);
const BETWEEN = /\bbetween\s+$/i;

/** The date is a bare determiner's modifier of the noun after it ("the February presidential election"). */
function modifiesNounAfter(tokens: readonly Token[], from: number, d: DateMention): boolean {
  let i = from;
  while (i < tokens.length && tokens[i].start < d.start) i++;
  let last = i;
  while (last + 1 < tokens.length && tokens[last + 1].end <= d.end) last++;
  const before = tokens[i - 1], after = tokens[last + 1];
  return before !== undefined && (before.pos === 'DET' || before.lower === "'s" || before.lower === '’s') && after !== undefined && NOMINAL.has(after.pos) && after.sentence === tokens[i].sentence;
}

const COORDINATED = /^\s*,?\s*(?:and|&|or)\s+(?:(?:in|on|at|during|by)\s+)?$/;

const PRECISION_RANK: Record<string, number> = { site: 0, city: 1, region: 2, country: 3 };

/**
 * Where it happened: a place in the sentence that is not a participant, one hanging on the trigger first, then the most precise
 * (a base before its city, a city before its country), then the nearest to the trigger.
 */
export function placeFor(sentenceStart: number, sentenceEnd: number, headChar: number, places: readonly PlaceMention[], participantSpans: ReadonlyArray<readonly [number, number]>, hangsOnTrigger: (p: PlaceMention) => boolean = () => false, text = '', viaSubject: (p: PlaceMention) => boolean = () => false): PlaceMention | null {
  // "fired rockets at northern Israel", "shelled towns in southern Lebanon": a participant that is a country's part named by
  // its compass side after a locative word says where, even as the country hit
  const ownPart = (p: PlaceMention) => COMPASS_BEFORE.test(text.slice(Math.max(0, p.start - 16), p.start))
    && participantSpans.some(([s, e]) => s <= p.start && p.end <= e && p.start - s <= 16);
  const inSentence = places.filter((p) =>
    p.start >= sentenceStart && p.end <= sentenceEnd &&
    (p.place.precision !== 'country' || p.locative) &&
    (ownPart(p) || nearParticipant(p) || !participantSpans.some(([s, e]) => s <= p.start && p.end <= e && p.place.precision === 'country')));
  // "took control of Maaret al-Numan": a place phrase that hangs on the trigger in the tree beats one elsewhere in the sentence
  // ... and so does the town set off after its region's place noun ("in the Tigray capital, Mekelle"), whatever the parse
  const hanging = inSentence.filter(hangsOnTrigger);
  const attached = hanging.length === 0 ? hanging : inSentence.filter((q) => hanging.includes(q) || hanging.some((p) => p.end <= q.start && APPOSED_TOWN.test(text.slice(p.end, q.start))));
  // "Rebels from Darfur attacked a town in Kordofan": a place on the act or its object before the subject's origin
  const onAct = attached.filter((p) => !viaSubject(p));
  const candidates = locatedPlaces(onAct.length ? onAct : attached.length ? attached : inSentence, inSentence, text);
  if (candidates.length === 0) return null;
  // "Balochistan's Turbat district": of two places as precise, the possessor holds the other, which says where
  const holds = (p: PlaceMention) => (candidates.some((q) => q.start > p.end && POSSESSIVE_GAP.test(text.slice(p.end, q.start))) ? 1 : 0);
  // "Puntland forces captured hideouts in the Cal Miskaad mountains": of two regions, one the sentence puts the act in
  // before one named bare, as a region's forces, militia or officials are (not a town: "Residents of Komanda blocked the
  // road to Bunia" were in Komanda)
  const bare = (p: PlaceMention) => (p.place.precision === 'region' && !p.locative && !p.prep ? 1 : 0);
  return [...candidates].sort((a, b) =>
    (PRECISION_RANK[a.place.precision] - PRECISION_RANK[b.place.precision]) || lineOf(a) - lineOf(b) || holds(a) - holds(b) || bare(a) - bare(b) || Math.abs(a.start - headChar) - Math.abs(b.start - headChar))[0];
}

// "held drills off Taiwan", "fired a missile toward Japan": a country named after a word of nearness is where the act
// was, even as the country it faces (a target); "attacked Ukraine", "sanctions on Iran" stay no place
const NEAR_PREPS = new Set(['off', 'near', 'around', 'toward', 'towards']);
export const NEAR_PARTICIPANT = 'place:near-participant';
/** A country named right after a word of nearness ("off Taiwan", "near Japan", "close to Israel"). */
export const nearParticipant = (p: PlaceMention) => p.place.precision === 'country' && p.prep !== null && p.prep !== undefined && NEAR_PREPS.has(p.prep);

// "raided the village of Mapate near Mocimboa", "attacked Furcy, outside Kenscoff": a town after a word of nearness that
// follows another place as precise or more is the landmark that locates it, not where the act was
const LANDMARK_GAP = /^\s*,?\s*(?:near|outside|close\s+to|not\s+far\s+from)\s+(?:the\s+(?:town|city|village)\s+of\s+)?$/i;
// "shelled positions near Balidhidin, a village 20 km south of Qandala", "hit the Bani Matar district, west of the capital
// Sanaa": a distance or side set off after a place (perhaps with a noun of what it is) says where that place lies, as
// precise as it or, for a division the text names itself (a district, a range), less; the place set off is where the
// act was (not a wide region's or a country's: "a village in Borno state, 30 km from Maiduguri", "in Iraq, north of Mosul")
const DESCRIBED_GAP = /^(?:\s+[a-z]+){0,2}\s*,\s*(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?)?$/;
const describedBy = (p: PlaceMention, landmark: PlaceMention, text: string) => landmark.rule === RELATIVE_TO && DESCRIBED_GAP.test(text.slice(p.end, landmark.start))
  && (PRECISION_RANK[p.place.precision] <= PRECISION_RANK[landmark.place.precision] || p.rule === NAMED_DIVISION);
// "in the Sviatoshynskyi district in the west of the city", "the Darnytskyi district of Kyiv", "in Kyiv's Solomianskyi
// district": a division the text names inside a city is a part of it, so more precise than the city that holds it
const CITY_PART = String.raw`(?:district|neighbou?rhood|quarter|borough|suburb)`;
const PART_OF_CITY_GAP = new RegExp(String.raw`^\s+${CITY_PART}\s+(?:in\s+the\s+(?:(?:north|south)?(?:east|west)?(?:ern)?|centre|center|heart|outskirts)\s+of|of|in)\s+(?:the\s+)?$`, 'i');
const cityPart = (p: PlaceMention, city: PlaceMention, text: string) => p.rule === NAMED_DIVISION && city.place.precision === 'city'
  && (p.end <= city.start ? PART_OF_CITY_GAP.test(text.slice(p.end, city.start)) : city.end <= p.start && /^['’]s\s+(?:the\s+)?$/.test(text.slice(city.end, p.start)) && new RegExp(String.raw`^\s+${CITY_PART}\b`, 'i').test(text.slice(p.end)));
// "in the Abidjan district of Yopougon", "the Douala suburb of Bonaberi": a city's own part named after "of" is where
const CITY_THEN_PART_GAP = new RegExp(String.raw`^\s+(?:${CITY_PART}|township|commune)\s+of\s+(?:the\s+)?$`, 'i');
// (the larger town is the whole: "the Zeitoun neighbourhood of Gaza City" names Zeitoun, as "the Buleda area of Kech" does)
const partAfterCity = (p: PlaceMention, city: PlaceMention, text: string) => city.place.precision === 'city' && city.end <= p.start
  && PRECISION_RANK[p.place.precision] <= PRECISION_RANK[city.place.precision] && (city.place.population ?? 0) > (p.place.population ?? 0)
  && CITY_THEN_PART_GAP.test(text.slice(city.end, p.start));
// "In Jaramana, a Druze-majority suburb of Damascus", "at Kafr Shams, a town in the countryside of Deraa": a place set off
// as a part or a town of another says which part; the other (no more precise) only places it
const APPOSED_PART = /^\s*,\s*(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:suburb|town|village|district|neighbou?rhood|quarter|area|city|port|slum|camp|hamlet|locality)\s+(?:of|in|on\s+the\s+outskirts\s+of|outside|near)\s+(?:the\s+(?:(?:city|town|capital|province|region|state)\s+(?:of\s+)?)?|(?:the\s+)?capital\s+)?$/i;
const apposedPart = (p: PlaceMention, whole: PlaceMention, text: string) => p.end <= whole.start
  && PRECISION_RANK[p.place.precision] <= PRECISION_RANK[whole.place.precision] && APPOSED_PART.test(text.slice(p.end, whole.start));
// "the Buleda and Tump areas of Kech", "the Gimbi district of West Wollega", "the Zeitoun and Sabra neighbourhoods of Gaza
// City": a name (or the first of a list) before a part's noun, then "of" and the whole: the part is where, as precise as
// the whole or a division the text names itself
const PART_NAME = String.raw`\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}`;
const NAMED_PART_GAP = new RegExp(String.raw`^(?:\s*,\s*${PART_NAME})*(?:\s*,?\s+and\s+${PART_NAME})?\s+(?:area|district|sub-?district|neighbou?rhood|quarter|borough|suburb|township|zone|woreda|locality)s?\s+of\s+(?:the\s+)?$`, 'u');
const namedPart = (p: PlaceMention, whole: PlaceMention, text: string) => p.end <= whole.start && NAMED_PART_GAP.test(text.slice(p.end, whole.start)) && !partAfterCity(whole, p, text)
  && (PRECISION_RANK[p.place.precision] <= PRECISION_RANK[whole.place.precision] || p.rule === NAMED_DIVISION);
const locates = (p: PlaceMention, landmark: PlaceMention, text: string) => cityPart(p, landmark, text) || partAfterCity(p, landmark, text) || apposedPart(p, landmark, text) || namedPart(p, landmark, text) || p.end <= landmark.start && (
  (PRECISION_RANK[p.place.precision] <= PRECISION_RANK[landmark.place.precision] && LANDMARK_GAP.test(text.slice(p.end, landmark.start)))
  || describedBy(p, landmark, text));
export const LANDMARK_RULE = 'place:landmark-of-place';
// "struck the Syzran oil refinery in Russia's Samara region": the town naming the facility the act lands on hangs on the
// act through its object, so it says where before the facility's region (resolve/city-names.ts)
// (the act's own words, or "on"/"against" after them, right before the facility's "the": "an attack on the Volgograd refinery")
export function namesTargetFacility(p: PlaceMention, at: number, tokens: readonly Token[], trigger: { readonly start: number; readonly end: number }): boolean {
  if (p.rule !== TOWN_OF_FACILITY_OBJECT) return false;
  const before = tokens[at - 1]?.lower === 'the' ? at - 2 : -1;
  const act = tokens[before]?.lower === 'on' || tokens[before]?.lower === 'against' ? before - 1 : before;
  return act >= trigger.start && act < trigger.end;
}

/** A place of `places` is a landmark that locates `p` ("Mapate near Mocimboa"). */
export const hasLandmark = (p: PlaceMention, places: readonly PlaceMention[], text: string) => places.some((q) => q !== p && locates(p, q, text));
/** The candidates with each landmark replaced by the place it locates (of the sentence's places). */
function locatedPlaces(candidates: readonly PlaceMention[], inSentence: readonly PlaceMention[], text: string): readonly PlaceMention[] {
  if (text === '' || inSentence.length < 2) return candidates;
  const out = candidates.flatMap((q) => {
    const located = inSentence.find((p) => locates(p, q, text));
    return located ? [located] : [q];
  });
  return [...new Set(out)];
}

const POSSESSIVE_GAP = /^['’]s\s+$/;
// between a region's name and its town's: "Tigray's capital, Mekelle", "the Borno state capital, Maiduguri"
const APPOSED_TOWN = /^(?:['’]s)?(?:\s+[a-z]+){0,2}\s+(?:capital|city|town|port)\s*,\s*$/;
// "along the Euphrates in Deir ez-Zor province", "near the border with Kenya in Lower Juba": a river or a border runs
// through many regions, the region named with it says which
// ... as does a front line ("along the front line in Donetsk region")
const lineOf = (p: PlaceMention) => (p.place.id.startsWith('river:') || p.place.id.startsWith('border:') || p.place.id.startsWith('front:') ? 1 : 0);
const COMPASS_BEFORE = /\b(?:north|south|east|west)(?:ern|east|west|eastern|western)?\s+$|\bcentral\s+$/i;

// "strikes on Nasser hospital in the southern city of Khan Younis", "shelled Al-Shifa hospital in Gaza City": a named
// facility (a site of the gazetteer whose name ends in a site noun: hospital, airport, embassy) the text puts in a town
// is a landmark of the town, which is where the act was, as a facility named by description is ("a market in El Obeid");
// a district or camp named in a town stays the more precise place
export const TOWN_OF_SITE = 'place:town-of-named-site';
const SITE_IN_TOWN_GAP = /^\s+(?:in|at)\s+(?:the\s+(?:[\p{L}-]+\s+){0,3}?(?:city|town|village|capital)\s+of\s+)?$/iu;
export function townOfSite(site: PlaceMention, places: readonly PlaceMention[], text: string, siteNouns: ReadonlyMap<string, boolean>): PlaceMention | null {
  if (site.place.precision !== 'site' || site.place.id.startsWith('site-phrase:')) return null;
  const noun = /([\p{L}-]+)\s*$/u.exec(site.text)?.[1]?.toLowerCase() ?? '';
  if (!siteNouns.has(noun)) return null;
  return places.find((q) => q.place.precision === 'city' && q.start >= site.end && SITE_IN_TOWN_GAP.test(text.slice(site.end, q.start))) ?? null;
}

