import type { Knowledge, PlaceEntry } from '../knowledge/types.ts';
import { normalizeName } from '../nlp/normalize.ts';
import { datelineSpan } from './dateline.ts';
import type { PlaceMention } from './types.ts';

// The city of a wire story's dateline ("KABUL, Afghanistan (AP) —", "BEIRUT (Reuters) -", "ABUJA, Nigeria, May 3 -"):
// where the reporter filed from, and where a material act of the story happened when the text ties it to no place
// (coding guide: "else the dateline city when the act clearly happened there"). A dateline of two desks
// ("WASHINGTON / PORT-AU-PRINCE") names no one city. The words after the city ("Afghanistan", "Texas") pick among
// same-named cities; without them only a sizeable city is read (datelines name well-known cities alone).
const CITY_WORDS = /^[ \t]*([A-Z][A-Z.'’ -]*[A-Z.])(?=[ \t]*(?:,|\(|[-—–]))/;
const MIN_LONE_POPULATION = 100_000;

export function datelinePlace(text: string, kb: Pick<Knowledge, 'cities' | 'places'>, places: readonly PlaceMention[], actorCountries: Iterable<string> = []): PlaceMention | null {
  const span = datelineSpan(text);
  // ("Peru: Protesters blocked ...": a country heading the text as its label, resolve/places.ts)
  if (!span) return places.find((p) => p.prep === 'dateline' && p.place.precision === 'country') ?? null;
  const head = text.slice(span.start, span.end);
  if (head.includes('/')) return null;
  const m = CITY_WORDS.exec(head);
  if (!m) return null;
  const words = m[1].trim();
  const start = span.start + head.indexOf(words);
  const end = start + words.length;
  const key = normalizeName(words);
  // "Afghanistan" in "KABUL, Afghanistan": the country or division the dateline names after the city
  const qualifier = places.find((p) => p.start >= end && p.end <= span.end)?.place ?? null;
  const fits = (c: PlaceEntry) => qualifier === null || (qualifier.precision === 'country' ? c.country === qualifier.country : c.country === qualifier.country && (c.admin1 === undefined || c.admin1 === qualifier.admin1 || c.admin1 === qualifier.name));
  // a city whose own name is written before one that has it only as another name ("ISLAMABAD", once a name of Chittagong)
  const own = (c: PlaceEntry) => normalizeName(c.name.split(',')[0]) === key;
  const named = [...kb.places.lookup(key).filter((p) => p.precision === 'city'), ...kb.cities(key)];
  const all = [...named.filter(own), ...named.filter((c) => !own(c))];
  const sizeable = (c: PlaceEntry) => !c.id.startsWith('geonames:') || (c.population ?? 0) >= MIN_LONE_POPULATION;
  // the qualifier read otherwise than meant ("ATLANTA, Georgia" read as the country): a sizeable city of the name
  // ... and a lone city is the sizeable one of its name before a small town that has it as its own ("GENEVA (Reuters)":
  // Genève, not Geneva, Illinois)
  // "VALENCIA (AP) — Spanish police arrested ...", "TRIPOLI (Reuters) — ... Lebanon's army said": a lone name of
  // several sizeable cities is the one in a country the story names, by its places or its actors
  const storyCountries = new Set([...places.filter((p) => p.start >= span.end).flatMap((p) => (p.place.country ? [p.place.country] : [])), ...actorCountries]);
  const inStory = qualifier === null ? all.filter((c) => sizeable(c) && c.country !== null && storyCountries.has(c.country)) : [];
  const city = (qualifier === null ? inStory[0] ?? all.find(sizeable) ?? all[0] : all.find(fits) ?? all.find(sizeable));
  if (!city) return null;
  return { start, end, text: text.slice(start, end), place: city, locative: true, prep: 'dateline', rule: 'place:dateline' };
}
