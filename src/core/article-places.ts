import { normalizeName } from '../nlp/normalize.ts';
import type { Knowledge, PlaceEntry } from '../knowledge/types.ts';
import type { AnalyzedText } from '../nlp/types.ts';
import type { NormalizedText } from '../nlp/normalize.ts';
import { insideOutlet } from '../resolve/outlet-names.ts';
import { findPlaces } from '../resolve/places.ts';
import { TOWN_BEFORE_FACILITY, TOWN_OF_FACILITY_OBJECT } from '../resolve/city-names.ts';
import type { SpanIndex } from '../resolve/span-index.ts';
import type { ActorPhrase, PlaceMention } from '../resolve/types.ts';
import { withBorderAreas, type BorderContext } from '../resolve/border-phrases.ts';
import { withRelativePlaces, withRoutes } from '../resolve/relative-places.ts';
import { withCoasts } from '../resolve/coast-phrases.ts';
import { placeAnaphors } from '../resolve/place-anaphors.ts';
import { withAdministeringStates } from '../resolve/administered-places.ts';
import { datelineSpan } from '../resolve/dateline.ts';
import type { TownBody } from '../resolve/town-bodies.ts';

// read once per text (resolve/town-bodies.ts): the story's places take them as antecedents of "the city", the event's
// place as its actors' seat
export { townBodies } from '../resolve/town-bodies.ts';

/**
 * The article's place names, read with the actors found first: the countries the article names (also as "Somali",
 * "Iraqi") decide ambiguous city names, and a capital named as an actor ("Tripoli") says nothing about which Tripoli
 * (metonyms are no context). A place inside a longer actor phrase ("South" in "South Korean lawmakers") or an
 * outlet's name ("Daily Sabah") is none, nor is a name the text calls a place that names a group, person or
 * organisation ("the Taliban district chief").
 */
export function articlePlaces(doc: AnalyzedText, normalized: NormalizedText, kb: Knowledge, found: readonly ActorPhrase[], foundIndex: SpanIndex<ActorPhrase>, outlets: ReadonlyArray<{ start: number; end: number }>): PlaceMention[] {
  return withAdministeringStates(doc.text, findPlaces(doc, normalized, kb, storyActorCountries(doc.text, found), found.filter((p) => p.entry?.demonym))
    // ... unless that phrase stands where a place does: "in the Donetsk People's Republic" is in Donetsk
    // ... nor a town before a facility ("a Kyiv hospital" [UKRHLH], "struck the Syzran oil refinery": city-names.ts), which
    // says where the facility is
    .filter((pl) => (pl.rule === TOWN_BEFORE_FACILITY || pl.rule === TOWN_OF_FACILITY_OBJECT || !foundIndex.containing(pl.start, pl.end).some((a) => a.end - a.start > pl.end - pl.start && !standsAsPlace(a, pl))) && !insideOutlet(outlets, pl.start, pl.end))
    .filter((pl) => !pl.rule?.startsWith('place:named-') || !foundIndex.overlapping(pl.start, pl.end).some(isNamedBody))
    // "fined Meta" (a Colombian department), "sued Orange": the words of a body or person's name, read as a place only
    // after a word of place ("in Toyota")
    .filter((pl) => pl.locative || !foundIndex.overlapping(pl.start, pl.end).some((a) => a.start === pl.start && a.end === pl.end && isNamedBody(a))), kb);
}

/** The countries the article's actors name, which decide same-named towns (a capital's name stands for none). */
export function storyActorCountries(text: string, found: readonly ActorPhrase[]): string[] {
  // (not the wire's credit in the dateline: "(AP)" and "(Reuters)" name no actor of the story, and no country of its towns)
  const dateline = datelineSpan(text);
  const credited = (p: ActorPhrase) => dateline !== null && p.start >= dateline.start && p.end <= dateline.end;
  return found.flatMap((p) => (p.entry?.country && p.entry.kind !== 'metonym' && !credited(p) ? [p.entry.country] : []));
}

const isNamedBody = (a: ActorPhrase) => a.kind === 'group' || a.kind === 'organization' || a.kind === 'person';

/**
 * The places an event may take: the article's, with border areas ("near the border with Kenya"), coasts ("off the coast
 * of Yemen"), places at a distance
 * or side of a town ("30 km north of Peshawar"), routes between two towns ("a highway between Abuja and Kaduna") and
 * definite place nouns that refer back ("retook the town"), also to the town of a town's body ("Kano police said ... in
 * the northern city": `bodies`, resolve/town-bodies.ts).
 */
export function eventPlaceMentions(doc: AnalyzedText, places: readonly PlaceMention[], border: BorderContext, anaphorNouns: ReadonlyMap<string, 'city' | 'region' | 'site' | 'any'>, homeCountry: string | null = null, bodies: readonly TownBody[] = [], storyCountry: string | null = null, countries: ReadonlyMap<string, PlaceEntry> = new Map()): PlaceMention[] {
  const bordered = withBorderAreas(doc, withStoryCountry(places, border.storyCountry ?? homeCountry), border);
  const located = withRoutes(doc.text, withRelativePlaces(doc.text, withCoasts(doc.text, bordered, border.actors)));
  const anaphors = placeAnaphors(doc, located, anaphorNouns, bodies.map((b) => b.town), (at) => countries.get(storyCountry ?? soleActorCountry(doc, border.actors, at) ?? '') ?? null);
  return anaphors.length === 0 ? located : [...located, ...anaphors].sort((a, b) => a.start - b.start);
}

/** The one state the actors of the sentence at `at` name ("the Afghan army said"), if only one. */
export function soleActorCountry(doc: AnalyzedText, actors: readonly ActorPhrase[], at: number, foreignAffairs: ReadonlySet<string> = new Set()): string | null {
  const sentence = doc.sentences.find((s) => s.start <= at && at < s.end);
  // ("The U.S. embassy said militants kidnapped two aid workers in the east of the country": a state's diplomats speak
  // of other states; only the state itself, its forces and officials at home, say "the country" of their own)
  const abroad = (a: ActorPhrase) => normalizeName(a.text).split(' ').some((w, i, ws) => foreignAffairs.has(w) || foreignAffairs.has(`${w} ${ws[i + 1] ?? ''}`));
  const states = new Set(sentence ? actors.flatMap((a) => {
    const state = a.start >= sentence.start && a.end <= sentence.end && a.kind !== 'anaphor' && !abroad(a) ? a.entry?.country ?? a.code?.slice(0, 3) : null;
    return state && /^[A-Z]{3}$/.test(state) ? [state] : [];
  }) : []);
  return states.size === 1 ? [...states][0] : null;
}

/** A place whose name holds an actor's ("Al-Assad Airbase", "the Niger River"): a site, or a river (knowledge/rivers.ts). */
export const namesSite = (place: { id: string; precision: string }): boolean => place.precision === 'site' || place.id.startsWith('river:');

/** "in the Donetsk People's Republic": an actor's name after a locative word, opening with a place's name, says where. */
export function standsAsPlace(actor: ActorPhrase, place: { start: number; end: number }): boolean {
  return actor.locative && actor.start === place.start && actor.end > place.end;
}

/**
 * "arrested protesters in Toyota", "near Nokia": an organisation's name alone after a place-only preposition (not "at":
 * "servers at Meta") is the town of that name, unless it owns what follows ("outside Toyota's headquarters").
 */
export function townOfOrganizationName(actor: ActorPhrase, place: { start: number; end: number }, text: string): boolean {
  return actor.kind === 'organization' && actor.locative && actor.start === place.start && actor.end === place.end && !POSSESSIVE.test(text.slice(place.end, place.end + 2));
}

const POSSESSIVE = /^['’]s?/;

/**
 * "a school in the Tuffah neighborhood", "near Mellit" in a story of Gaza or Darfur whose places lie in several countries: a name the text calls a
 * place that no known place around it puts in one country (resolve/named-places.ts) is in the story's country (or, where
 * the story's places are mixed, the dateline's: `homeCountry`).
 */
function withStoryCountry(places: readonly PlaceMention[], storyCountry: string | null): readonly PlaceMention[] {
  if (storyCountry === null) return places;
  // (so too a name after "near" or "in" that no known place has, known by its name only: "near Mellit" in a story of Darfur)
  const unplaced = (p: PlaceMention) => p.place.country === null && (p.rule !== undefined && p.rule.startsWith('place:named-') || p.place.lat === null && p.place.precision === 'city');
  return places.some(unplaced) ? places.map((p) => (unplaced(p) ? { ...p, place: { ...p.place, country: storyCountry } } : p)) : places;
}
