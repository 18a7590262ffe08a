import { greatCircleAngle } from './great-circle.ts';
import type { PlaceEntry } from '../knowledge/types.ts';
import { normalizeName } from '../nlp/normalize.ts';

const EARTH_KM = 6371;
// how far from the story's places a town read only through another of its names may lie
const OTHER_NAME_KM = 1000;
// how far from every country its actors come from a peopleless seat may lie, in a story that names no place
const STRAY_HAMLET_KM = 1500;
// an actor's country sways the reading only toward a town at least this fraction of the largest one's size
const ACTOR_HINT_SIZES = 8;

/** What the story says about where it is: the countries of its places, the countries of its actors, points it names. */
export interface StoryGeography {
  /** Countries the story names as places ("in Egypt") or that hold its unambiguous cities, regions and sites. */
  readonly placeCountries: ReadonlySet<string>;
  /** Countries named only as actors ("the United States said"): a weak hint, they act from afar. */
  readonly actorCountries: ReadonlySet<string>;
  /** Coordinates of the story's unambiguous sub-country places. */
  readonly points: ReadonlyArray<readonly [lon: number, lat: number]>;
  /** Centres of the countries the story places events in ("troops went to Poland"): too coarse to choose by, but a
   * city near one is no stranger to the story (Vilnius beside Poland). */
  readonly countryPoints?: ReadonlyArray<readonly [lon: number, lat: number]>;
  /** The dateline's city, when the story names no country but the dateline's ("LIMA, Peru (AP) — ... in Puno"): it
   * weighs as one of the story's places, but anchors nothing (a hub desk files on towns far away). */
  readonly homeDesk?: PlaceEntry;
  /** Centres of the countries the story's actors come from. */
  readonly actorPoints?: ReadonlyArray<readonly [lon: number, lat: number]>;
  /** Whether a country shares a land border with one the story's actors come from. */
  readonly bordersActors?: (country: string) => boolean;
}


/** Distance (km) from a candidate to the story's nearest other place, or Infinity when it has none. */
function nearestKm(c: PlaceEntry, story: StoryGeography, points = story.points): number {
  if (c.lat === null || c.lon === null) return Infinity;
  let best = Infinity;
  for (const p of points) best = Math.min(best, greatCircleAngle(c.lon, c.lat, p[0], p[1]) * EARTH_KM);
  return best;
}

/**
 * One reading of an ambiguous city name. Each candidate scores its size (a capital of millions over a town of
 * thousands), whether the name written (`written`, normalized) is its own, whether the story places events in its country, whether the story's actors come from there (weakly:
 * "U.S. officials said" does not move Cairo to Georgia), and how near it lies to the story's other places.
 */
export function scoreCity(c: PlaceEntry, story: StoryGeography, written?: string, largest = 0): number {
  let score = 1.5 * Math.log10((c.population ?? 0) + 10);
  // the city whose own name is written beats one that has it only as another name, unless about eight times its size
  // ("Washington, D.C." is named "Washington"): "Islamabad" is Islamabad, a former name of Chittagong (six times its
  // size), but "Geneva" is Genève (its English name), not Geneva, Illinois (a town eight times smaller)
  if (written !== undefined && normalizeName(c.name.split(',')[0]) === written) score += 1.35;
  if (c.country && (story.placeCountries.has(c.country) || c.country === story.homeDesk?.country)) score += 2;
  // (only between towns of like size: "U.S. officials met in Geneva" is Genève, not a town of Illinois a ninth its size)
  else if (c.country && story.actorCountries.has(c.country) && (c.population ?? 0) * ACTOR_HINT_SIZES >= largest) score += 1.5;
  const desk = story.homeDesk;
  const d = Math.min(nearestKm(c, story), desk && desk.lat !== null && desk.lon !== null ? nearestKm(c, story, [[desk.lon, desk.lat]]) : Infinity);
  if (d < 300) score += 3;
  else if (d < 1000) score += 1.5;
  return score;
}

/**
 * The candidate the story means, or null when every reading lies far from everything the story names while
 * the story does name places (a village in Somalia that shares its name with a German river town).
 */
export function chooseCity(candidates: readonly PlaceEntry[], story: StoryGeography, written?: string): PlaceEntry | null {
  let best = candidates[0];
  let bestScore = -Infinity;
  const largest = Math.max(0, ...candidates.map((c) => c.population ?? 0));
  for (const c of candidates) {
    const s = scoreCity(c, story, written, largest);
    if (s > bestScore) {
      best = c;
      bestScore = s;
    }
  }
  const anchored = story.placeCountries.size > 0 || story.points.length > 0;
  const foreign = !(best.country && (story.placeCountries.has(best.country) || story.actorCountries.has(best.country)));
  const unrelated = foreign && nearestKm(best, story) > 1500 && nearestKm(best, story, story.countryPoints ?? []) > 1500;
  // a town read only through another of its names (GeoNames lists "Mambasa" for Mombasa) is another town of the story
  // sooner, though nearer: "Mambasa" in a story of Ituri is the Congolese town, unlisted
  const byOtherName = written !== undefined && normalizeName(best.name.split(',')[0]) !== written;
  const elsewhere = unrelated || byOtherName && foreign && nearestKm(best, story) > OTHER_NAME_KM;
  // a seat GeoNames gives no people, named exactly so, in a country the story never names, far from every state its
  // actors come from and bordering none, is no reading for a story that names no place: "Congolese soldiers attacked
  // the village of Bogoro" is no hamlet of Nigeria. A town read by another spelling is the news's transliteration of a
  // known town ("Russian jets bombed Maarat al-Numan"); one beside the actors' country stays ("Turkish drones struck ...")
  const actorPoints = story.actorPoints ?? [];
  const exactName = written !== undefined && normalizeName(best.name.split(',')[0]) === written;
  const strayHamlet = !anchored && foreign && exactName && (best.population ?? 0) === 0 && actorPoints.length > 0 && nearestKm(best, story, actorPoints) > STRAY_HAMLET_KM && !(best.country && story.bordersActors?.(best.country));
  return (anchored && elsewhere && (best.population ?? 0) < 1000000) || strayHamlet ? null : best;
}
