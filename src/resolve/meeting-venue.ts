import type { PlaceMention } from './types.ts';
import { placeWith } from './phrase-shape.ts';

// the words before a place, back to the clause's start: "... ministers met on Friday in" → [ministers, met, on, friday]
const CLAUSE_BREAK = /[.;:!?\n"“”]|,\s+(?:and|but|while|as|where|who|which)\b/g;
const PREP_BEFORE = /\b(?:in|at)\s+(?:the\s+)?$/i;
// how many words may stand between the meeting word and "in"/"at": "met on Friday in", "talks with Iran in"; articles
// are not counted ("signed by the government and the rebels in")
const GAP = 4;
const ARTICLE = /^(?:the|a|an)$/;

/**
 * "Foreign ministers met in Geneva", "talks in Doha", "a summit at Sharm el-Sheikh", "signed a truce in Doha": a place after "in"/"at" a few
 * words after a meeting word (data/lexicon/venue-words.tsv) is the meeting's venue. A venue lends its country to no
 * participant (core/assemble.ts): host cities hold other states' talks.
 */
export function markVenues(text: string, places: readonly PlaceMention[], venueWords: ReadonlySet<string> | undefined): PlaceMention[] {
  if (!venueWords || venueWords.size === 0) return [...places];
  return places.map((p) => (isVenue(text, p.start, venueWords) ? placeWith(p, { venue: true }) : p));
}

export function isVenue(text: string, start: number, venueWords: ReadonlySet<string> | undefined): boolean {
  if (!venueWords) return false;
  const before = text.slice(Math.max(0, start - 80), start);
  const prep = PREP_BEFORE.exec(before);
  if (!prep) return false;
  let clause = before.slice(0, prep.index);
  const breaks = [...clause.matchAll(CLAUSE_BREAK)];
  if (breaks.length > 0) clause = clause.slice(breaks[breaks.length - 1].index! + breaks[breaks.length - 1][0].length);
  const words = clause.toLowerCase().split(/[^a-z'-]+/).filter((w) => w && !ARTICLE.test(w));
  return words.slice(-1 - GAP).some((w) => venueWords.has(w));
}

/**
 * "Bayrou met Macron at the Elysee Palace": the building a meeting was held in is that meeting's place only, no setting
 * for the story's or the paragraph's other acts (resolve/story-place.ts, core/paragraph-place.ts).
 */
export const isMeetingBuilding = (p: PlaceMention): boolean => p.venue === true && p.place.precision === 'site';
