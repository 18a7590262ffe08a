import type { Knowledge } from '../knowledge/types.ts';
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
    if (!targetPrep || (p.place.precision !== 'city' && !region) || !p.place.country || p.rule) continue;
    if (knownIndex.overlaps(p.start, p.end)) continue;
    const country = kb.countries.get(p.place.country);
    out.push({
      start: p.start, end: p.end, text: p.text, name: country?.name ?? p.place.country, code: p.place.country,
      kind: 'country', plural: false, entry: null, locative: false, prep: null, rule: 'actor:city-stands-for-country',
    });
  }
  return out;
}
