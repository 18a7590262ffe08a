import type { PlaceMention } from './types.ts';
import { PLACE_ANAPHOR } from './place-anaphors.ts';
import { isMeetingBuilding } from './meeting-venue.ts';
import { isOriginAfterNoun } from './origin-phrases.ts';
import type { AnalyzedText } from '../nlp/types.ts';
import { TOWN_BEFORE_FACILITY, TOWN_OF_FACILITY_OBJECT } from './city-names.ts';

const RANK: Record<string, number> = { site: 0, city: 1, region: 2, country: 3 };

// "70 kilometers south of Mogadishu", "north of the capital": a reference point, not where it happened
const REFERENCE_POINT = /\b(?:north|south|east|west|northeast|northwest|southeast|southwest)\s+of\s+(?:the\s+)?$/i;
// after these a name is where the news happened; "to" and "from" name where people go or come from
const WHERE_PREPS = new Set(['in', 'near', 'at', 'of', 'outside', 'around', 'inside', 'along', 'across', 'throughout', 'within']);

/**
 * Where the story's news happened, as its opening sentences state it: the most specific place stated after
 * "in", "near", "the town of" in the first `reach` sentences ("Militants attacked a base in southern Somalia.
 * Friday's attack in the town of Elbe ..." → Elbe). The lead often names only the country; the next sentences
 * name the town.
 */
export function storyPlace(sentences: ReadonlyArray<{ start: number; end: number }>, places: readonly PlaceMention[], text: string, reach = 3, speakersSeat: (p: PlaceMention) => boolean = () => false): PlaceMention | null {
  const lead = sentences.slice(0, reach);
  if (lead.length === 0) return null;
  // a place named by description ("near the capital") is a landmark, not the town the story names
  // ("stormed the Zhob garrison", "into the wall of the Bannu cantonment": the town naming the post hit is named, where)
  const inLead = places.filter((p) => p.start >= lead[0].start && p.end <= lead[lead.length - 1].end && p.place.precision !== 'country'
    && (facilityTown(p) || !described(p) && p.prep && WHERE_PREPS.has(p.prep)) && !REFERENCE_POINT.test(text.slice(Math.max(0, p.start - 30), p.start))
    // "Officials in Kabul said ...": where the speakers sit is no place of the news
    && !speakersSeat(p)
    && !isMeetingBuilding(p));
  if (inLead.length === 0) return null;
  const best = [...inLead].sort((a, b) => RANK[a.place.precision] - RANK[b.place.precision] || a.start - b.start)[0];
  // "protests in Siberia and the Far East, including the port city of Vladivostok": news in many places has no one town;
  // neither has a lead that names two towns ("clashes in Kidal and Gao")
  if (EXAMPLE_OF_MANY.test(text.slice(Math.max(0, best.start - 40), best.start))) return null;
  // ... nor one whose places are the parts listed after a counted whole ("rallied in two places in the city — the Mong
  // Kok area and a shopping street in Causeway Bay": core/parts-of-whole.ts keeps the act in the whole)
  if (PART_OF_COUNTED_WHOLE.test(text.slice(Math.max(0, best.start - 160), best.start))) return null;
  if (inLead.some((p) => p.place.precision === best.place.precision && p.place.name !== best.place.name)) return null;
  // ... nor one listed with another of another kind ("in the Beşiktaş and Şişli districts": a district and a town)
  if (inLead.some((p) => p.place.name !== best.place.name && (LISTED.test(text.slice(p.end, best.start)) || LISTED.test(text.slice(best.end, p.start))))) return null;
  // ... nor one whose lead lists two towns, whatever it names inside one later ("detained 200 in Istanbul and Izmir ...
  // 98 in Beşiktaş": the district is one town's part of the news, not where all of it happened)
  if (inLead.some((p, k) => k > 0 && p.place.name !== inLead[k - 1].place.name && LISTED.test(text.slice(inLead[k - 1].end, p.start)))) return null;
  return best;
}

const facilityTown = (p: PlaceMention): boolean => p.rule === TOWN_OF_FACILITY_OBJECT || p.rule === TOWN_BEFORE_FACILITY;
/** A place read from a description ("the nation's capital"), not from its name; "the town of Elbe" (place:named-*) is named. */
const described = (p: PlaceMention): boolean => p.rule !== undefined && !p.rule.startsWith('place:named-');

// a count, a plural (maybe after one word), its whole after "in"/"of"/"across", a dash or colon, then the listed parts
const PART_OF_COUNTED_WHOLE = /\b(?:\d+|two|three|four|five|six|several|multiple|various|numerous|different|separate)\s+(?:[a-z]+\s+)?[a-z]+s\s+(?:in|of|across|around|throughout)\s+[^.;:—–]{1,60}[—–:]\s[^.;]*$/;
// what stands between two places listed together: "Kidal and Gao", "Gao, Mopti and Timbuktu"
const LISTED = /^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)(?:the\s+)?$/;
const EXAMPLE_OF_MANY = /\b(?:including|such\s+as|among\s+them|notably)\b[^.;]*$/i;

/**
 * The story's place for one event, or null when the event keeps its own. Only material acts (an attack, an arrest,
 * a march) take it: a statement happens where its speaker is, not where the act it speaks of did. An act of the
 * lead takes it when it is more precise than the lead's own place ("in southern Yemen" → "near the town of Shakra");
 * a later act only when its sentence names no place ("Six soldiers died in the clashes.").
 */
export function placeFromStory(story: PlaceMention, own: PlaceMention | null, event: { lead: boolean; material: boolean; fallbackCountry: string | null; ownHangsOnTrigger?: boolean; sentence?: { start: number; end: number } }): PlaceMention | null {
  if (!event.material || (!event.lead && own !== null)) return null;
  // "Troops who trained in Kabul killed five fighters in Helmand province": the place the tree hangs on the trigger
  // beats another of the same sentence; only a later sentence may name the town within it
  const sameSentence = event.sentence !== undefined && story.start >= event.sentence.start && story.end <= event.sentence.end;
  if (event.ownHangsOnTrigger && sameSentence) return null;
  // "an attack in the state of Guerrero": a region the trigger names is where the analyst places it; a country is too coarse
  if (event.ownHangsOnTrigger && own !== null && own.place.precision !== 'country' && !described(own)) return null;
  return refinesPlace(story, own, event.fallbackCountry) ? story : null;
}

/** True when `story` says more precisely where an event happened than the place its own sentence states (`own`). */
function refinesPlace(story: PlaceMention, own: PlaceMention | null, fallbackCountry: string | null): boolean {
  if (own === null) return story.place.country === null || fallbackCountry === null || story.place.country === fallbackCountry;
  // "a base near the capital" → "the town of Awdhegle": a city named by description is less precise than one named
  // (not "the city" read back to a town the story named: that is as precise as the name, however the story opens)
  if (RANK[story.place.precision] >= RANK[own.place.precision] + (described(own) && own.rule !== PLACE_ANAPHOR ? 1 : 0)) return false;
  // a town in the same country ("southern Yemen" → "near the town of Shakra"); an unresolved town is taken at its word
  return story.place.country === null || own.place.country === null || story.place.country === own.place.country;
}

/**
 * The countries of the places the story's opening sentences state, outside the dateline: a town, region or site, or a
 * country after a word of where ("in southern Somalia"): where its news happened. A dateline city of none of them is a desk abroad ("NAIROBI, Kenya
 * (AP) — Militants attacked a base in southern Somalia"), which places no act of the story.
 * (Not where people come from, origin-phrases.ts: "KABUL — Troops from Pakistan attacked a camp" is news in Afghanistan.)
 */
export function leadCountries(sentences: ReadonlyArray<{ start: number; end: number }>, places: readonly PlaceMention[], dateline: { start: number; end: number } | null, reach = 3, doc?: AnalyzedText): Set<string> {
  const lead = sentences.slice(0, reach);
  if (lead.length === 0) return new Set();
  const from = Math.max(lead[0].start, dateline?.end ?? 0);
  return new Set(places.flatMap((p) => (p.start >= from && p.end <= lead[lead.length - 1].end && (p.locative || p.place.precision !== 'country') && p.prep !== 'dateline' && p.place.country && !(doc && isOriginAfterNoun(doc, p)) ? [p.place.country] : [])));
}
