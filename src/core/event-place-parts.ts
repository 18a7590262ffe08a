import { placeHangsOnTrigger } from '../resolve/place-attachment.ts';
import type { Candidate } from '../extract/candidate.ts';
import type { TreeView } from '../extract/tree-roles/index.ts';
import type { PlaceEntry } from '../knowledge/types.ts';
import type { PlaceMention } from '../resolve/types.ts';
import { capitalName } from '../resolve/capital-phrases.ts';
import { STAY_FOR_TALKS } from '../extract/stay-purpose.ts';
import { STAY_HOST_RULE } from '../extract/stay-abroad.ts';

// The parts of event-place.ts that read one thing each: a stay's host, the dateline a desk at home files from, an act
// on a whole country, a state's own legislature, the rule names of its filters and the clause a word is in.

/** "a Houthi delegation was in Riyadh for talks", "Abiy was in Eritrea last week": talks held during a stay, or the stay, are at its host (its target). */
export function stayHost(c: Candidate, places: readonly PlaceMention[]): PlaceMention | null {
  if (!c.rules.includes(STAY_FOR_TALKS) && !c.targets.some((t) => t.rule === STAY_HOST_RULE)) return null;
  const host = c.targets.find((t) => t.prep === 'in' || t.prep === 'at');
  return host ? places.find((p) => p.start >= host.start && p.end <= host.end) ?? null : null;
}

/** The dateline city, unless the story's places lie in another country (the desk is abroad). */
export function filedFrom(dateline: PlaceMention, fallback: PlaceEntry | null, lead: ReadonlySet<string> | undefined): PlaceMention | null {
  // "NAIROBI, Kenya (AP) — Militants attacked a base in southern Somalia": the lead places its news elsewhere
  if (lead && lead.size > 0 && (dateline.place.country === null || !lead.has(dateline.place.country))) return null;
  return fallback === null || fallback.country === null || dateline.place.country === fallback.country ? dateline : null;
}
/** A target of the act is the country `country` itself, named in its sentence ("an attack on Ukraine"). */
export function landsOnCountry(targets: ReadonlyArray<{ start: number; end: number }>, places: readonly PlaceMention[], country: string | null, beforeNoun: (t: { end: number }) => boolean): boolean {
  // the country named as itself, not as a word before a noun ("measures against the Philippine ships" land on ships)
  return country !== null && targets.some((t) => !beforeNoun(t) && places.some((p) => p.place.precision === 'country' && p.place.country === country && p.start >= t.start && p.end <= t.end));
}

/** The seats of bodies spoken to, a state's own legislature ("*" in data/lexicon/body-seats.tsv) at the speakers' capital. */
export function ownLegislature(seats: ReadonlyMap<string, { city: string; country: string }>, home: string | null): Pick<ReadonlyMap<string, { city: string; country: string }>, 'get'> {
  const capital = home === null ? undefined : capitalName(home);
  return { get: (words) => {
    const seat = seats.get(words);
    return seat?.city !== '*' ? seat : capital === undefined || home === null ? undefined : { city: capital, country: home };
  } };
}

export const SPEECH_CONTENT = 'place:speech-content';
export const SUBJECT_ORIGIN = 'place:subject-origin';
export const SPOKEN_FROM = 'place:spoken-from';
export const REQUESTED_THING = 'place:requested-thing';

/**
 * "called for a ceasefire in eastern Congo", "demanded a halt to the fighting in Sudan", "urged a truce in South Sudan":
 * the place hangs on a noun of the request's own words, the thing asked for, not on its verb; it is where that thing
 * should be, not where the request was made (the dev set's gold places "called for an end to Burma's conflicts" nowhere).
 */
export function onRequestedThing(view: TreeView, trigger: { start: number; end: number; head: number }, placeStart: number, placeEnd: number): boolean {
  for (let k = trigger.start; k < trigger.end; k++) {
    if (k !== trigger.head && view.has(k) && view.upos(k) === 'NOUN' && placeHangsOnTrigger(view, placeStart, placeEnd, k, k + 1)) return true;
  }
  return false;
}

export function dominatedBy(view: TreeView, word: number, top: number): boolean {
  for (let k = word, steps = 0; k >= 0 && steps < 40; k = view.head(k), steps++) if (k === top) return true;
  return false;
}

// "must withdraw": the trigger's modal hangs on the content's verb, which heads the content
export const contentHead = (view: TreeView, head: number) => (view.has(head) && view.label(head).startsWith('aux') ? view.head(head) : head);


// "struck Iran's nuclear sites", "strikes on Pakistan's air bases": a material act on a state's own things is in that
// state (the possessor right after the act's words, or "on" or "against" after them), wherever the desk files from
// ("JERUSALEM — ")
const OBJECT_OWNER_GAP = /^\s+(?:(?:on|against)\s+)?$/;
const OWNER = /^(\p{Lu}[\p{L}. ]*?)['’]s\s/u;
export const OBJECT_OWNER_RULE = 'place:owner-of-object';

/** The state that owns the act's object, named right after or inside the act's words (`act`, characters), as a place of that state. */
export function objectOwner(targets: ReadonlyArray<{ readonly start: number; readonly end: number; readonly code: string | null }>, text: string, act: readonly number[], countries: ReadonlyMap<string, PlaceEntry>): PlaceMention | null {
  for (const t of targets) {
    // ("attacked Ukraine's gas facilities": the object inside the act's words; never a subject before them)
    if (t.start < act[0] || t.start >= act[1] && !OBJECT_OWNER_GAP.test(text.slice(act[1], t.start))) continue;
    const owner = OWNER.exec(text.slice(t.start, t.end + 3));
    if (!owner) continue;
    const byCode = t.code ? countries.get(t.code.slice(0, 3)) : undefined;
    const entry = byCode?.name === owner[1] ? byCode : [...countries.values()].find((e) => e.precision === 'country' && e.name === owner[1]);
    if (entry) return { start: t.start, end: t.start + owner[1].length, text: owner[1], place: entry, locative: false, rule: OBJECT_OWNER_RULE };
  }
  return null;
}
