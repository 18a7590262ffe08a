import type { PlaceEntry } from '../knowledge/types.ts';

// "the state of Punjab", "the province of Idlib": the division's word before its name
const WORD_OF_BEFORE = /\b([a-z]+)\s+of\s+(?:the\s+)?$/i;
const LAST_WORD = /(\S+)$/;

/**
 * The word the text gives the division named at start..end, when it is one that countries use for their divisions
 * (data/places/division-designations.tsv): its last word ("Plateau state", "Punjab province") or "the WORD of" before it.
 */
export function designationWord(text: string, start: number, end: number, designations: ReadonlyMap<string, ReadonlySet<string>>): string | null {
  const last = LAST_WORD.exec(text.slice(start, end))?.[1].toLowerCase();
  if (last !== undefined && designations.has(last)) return last;
  const before = WORD_OF_BEFORE.exec(text.slice(Math.max(0, start - 30), start))?.[1].toLowerCase();
  return before !== undefined && designations.has(before) ? before : null;
}

/** A division the word fits: its own name carries the word ("Plateau State"), or its country calls its divisions so. */
function fits(entry: PlaceEntry, word: string, designations: ReadonlyMap<string, ReadonlySet<string>>): boolean {
  if (entry.precision !== 'region') return false;
  if (entry.name.toLowerCase().endsWith(` ${word}`)) return true;
  return entry.country !== null && (designations.get(word)?.has(entry.country) ?? false);
}

const isDivision = (entry: PlaceEntry): boolean => entry.id.startsWith('geonames-admin1:');
const isRiver = (entry: PlaceEntry): boolean => entry.id.startsWith('river:');

/**
 * The reading of a gazetteer name the text means: a site first; then the divisions the text's word fits ("Plateau
 * state" is Nigeria's, "Plateau department" Benin's; "Punjab province" Pakistan's, "Punjab state" India's); without
 * a word a country before a division of its name ("Georgia"), and the curated entry (a sea, a disputed region) before
 * GeoNames'; among same-named GeoNames divisions, one in a country the story names (`storyCountries`).
 */
export function chooseReading(values: readonly PlaceEntry[], word: string | null, designations: ReadonlyMap<string, ReadonlySet<string>>, storyCountries: ReadonlySet<string>): PlaceEntry {
  const site = values.find((v) => v.precision === 'site');
  if (site) return site;
  if (values.length === 1) return values[0];
  const fitting = word === null ? [] : values.filter((v) => fits(v, word, designations));
  // "the Kurdistan region": a name that carries the word itself (Iraq's Kurdistan Region) before a division its
  // country only calls so (Iran's Kurdistan Province)
  const carrying = fitting.filter((v) => v.name.toLowerCase().endsWith(` ${word}`));
  const pool = carrying.length > 0 ? carrying : fitting.length > 0 ? fitting : values;
  // "the Euphrates" in a story of Iraq: a river's stretch in a country the story names (knowledge/rivers.ts)
  const stretch = pool.find((v) => isRiver(v) && v.country !== null && storyCountries.has(v.country));
  if (stretch) return stretch;
  // (a region compiled by hand in one country is a division here: "in Kurdistan" is Iraq's region in a story of Iraq,
  // Iran's province in a story of Iran)
  const division = (v: PlaceEntry) => isDivision(v) || v.precision === 'region' && v.country !== null && !isRiver(v);
  if (!division(pool[0])) return pool[0];
  const divisions = pool.filter(division);
  return divisions.find((v) => v.country !== null && storyCountries.has(v.country)) ?? divisions[0];
}
