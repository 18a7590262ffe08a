import type { Candidate } from '../extract/candidate.ts';
import type { PlaceEntry } from '../knowledge/types.ts';
import type { ActorPhrase, PlaceMention } from '../resolve/types.ts';
import { antecedentOf } from './actor-ref.ts';
import { namesCapital } from '../resolve/capital-phrases.ts';
import type { EventPlace } from './event-place.ts';

// A statement is made where its speaker is, not where the act it speaks of happened (PLOVER places the event itself;
// ACLED codes no statements). "The United States has urged restraint", in a story of fighting in southern Lebanon,
// was not said in southern Lebanon, nor in Lebanon. So a verbal act whose own sentence states no place (and is no
// meeting, which is held with its host) takes neither the paragraph's setting nor the story's country when its speaker
// belongs elsewhere: another state ("the United States", "France's foreign minister"), or a body of many states ("the
// United Nations", "the U.N. Secretary-General"). It is then placed only where the text says it was said: its own
// sentence ("said in Brussels"), or the dateline of a desk in the speaker's own country ("WASHINGTON (AP) — The United
// States urged Israel ..."). A speaker of the place's own country ("the Ethiopian government accused ...") and one we
// cannot place ("He", "officials") keep the story's place as before, save that a state speaking as a whole (the state,
// its government or a ministry, a national leader) speaks from its seat: the country, not the paragraph's town.

// CAMEO 042-046: visits, hosting, meetings, mediation, negotiation happen where the parties meet, often the host's land
const MEETING = /^04[2-6]/;
const INTERNATIONAL = /(?:^IGO|IGO$)/;

export const SPEAKER_ELSEWHERE = 'place:speaker-elsewhere';
export const SPEAKER_DATELINE = 'place:speaker-dateline';
export const SPEAKER_NATIONAL = 'place:speaker-national';
export const VENUE_UNPLACED = 'place:venue-unplaced';

/** "at the summit", "at a conference next week": a meeting's venue noun (data/lexicon/venue-words.tsv) after the act. */
function atUnplacedVenue(afterTrigger: string, venueWords: ReadonlySet<string>): boolean {
  const m = /\b(?:at|on the sidelines of)\s+(?:the|a|an|this|next)\s+((?:[a-z-]+\s+){0,2}[a-z]+)\b/i.exec(afterTrigger);
  return m !== null && m[1].toLowerCase().split(/\s+/).some((w) => venueWords.has(w));
}

/** A statement, appeal, accusation, threat or other act done in words (not a protest, not a meeting). */
export function isVerbalAct(info: { quadClass: number; type: string; code: string }): boolean {
  return (info.quadClass === 1 || info.quadClass === 3) && info.type !== 'PROTEST' && !MEETING.test(info.code);
}

/** The speaker's state (ISO alpha-3), 'international' for a body of many states or its officers, null when unknown. */
function speakerHome(p: ActorPhrase, antecedents: ReadonlyMap<ActorPhrase, ActorPhrase>): string | null {
  const r = p.kind === 'anaphor' ? antecedentOf(p, antecedents) : p;
  if (!r) return null;
  if (INTERNATIONAL.test(r.code ?? '') || r.entry?.role === 'IGO') return 'international';
  if (r.entry?.country) return r.entry.country;
  return r.code && /^[A-Z]{3}/.test(r.code) ? r.code.slice(0, 3) : null;
}

/** The phrase ends in the words of an institution of a state as a whole ("the Nigerian government", "the foreign
 * ministry", "the White House"): data/lexicon/national-bodies.tsv. */
function namesNationalBody(text: string, bodies: ReadonlySet<string>): boolean {
  const words = text.toLowerCase().split(/\s+/).filter(Boolean);
  for (let n = 1; n <= 3 && n <= words.length; n++) if (bodies.has(words.slice(-n).join(' '))) return true;
  return false;
}

/**
 * The speaker is a state as a whole: the state itself ("Nigeria condemned"), a leader the dictionary knows (people.json
 * lists national figures), or a national institution. It speaks from the state's seat, not from the town of the scene.
 */
function nationalSpeaker(p: ActorPhrase, antecedents: ReadonlyMap<ActorPhrase, ActorPhrase>, bodies: ReadonlySet<string>): boolean {
  const r = p.kind === 'anaphor' ? antecedentOf(p, antecedents) : p;
  if (!r) return false;
  return r.kind === 'country' && !r.plural || (r.kind === 'person' && r.entry !== null) || (r.kind === 'role' && /GOV$/.test(r.code ?? r.roleCode ?? '') && namesNationalBody(r.text, bodies));
}

/** Every speaker of the act belongs outside `country` (none is of it, none is unknown). */
export function speakersElsewhere(actors: readonly ActorPhrase[], antecedents: ReadonlyMap<ActorPhrase, ActorPhrase>, country: string | null): boolean {
  if (actors.length === 0 || country === null) return false;
  return actors.every((a) => {
    const home = speakerHome(a, antecedents);
    return home !== null && home !== country;
  });
}

/** The one state all speakers belong to, if any. */
export function speakersState(actors: readonly ActorPhrase[], antecedents: ReadonlyMap<ActorPhrase, ActorPhrase>): string | null {
  const homes = new Set(actors.map((a) => speakerHome(a, antecedents)));
  const [only] = homes;
  return homes.size === 1 && only !== null && only !== undefined && only !== 'international' ? only : null;
}

/**
 * The place of a verbal act once its speakers are known: unchanged when its sentence states one, or when its speakers
 * may be where the story is; else the dateline of a desk in the speakers' own country, else none.
 */
export function speakerPlace(where: EventPlace, c: Candidate, antecedents: ReadonlyMap<ActorPhrase, ActorPhrase>, dateline: PlaceMention | null, countries: ReadonlyMap<string, PlaceEntry>, bodies: ReadonlySet<string>, afterTrigger = '', venueWords: ReadonlySet<string> = new Set()): EventPlace {
  if (!isVerbalAct(c.info) || c.actors.length === 0) return where;
  const carried = where.rules.includes('place:paragraph-setting');
  if (where.place && !carried) return where;
  if (where.inferred) return where;
  const own = speakersState(c.actors, antecedents);
  // "GOMA, Congo (AP) — ... Congo's government accused Rwanda": a state speaking as a whole speaks from its seat, which a
  // desk in another of its towns is not
  const fromSeat = own !== null && dateline !== null && c.actors.every((a) => nationalSpeaker(a, antecedents, bodies)) && !namesCapital(own, dateline.place.name);
  const desk = dateline && own !== null && dateline.place.country === own && !fromSeat ? dateline : null;
  const country = carried ? where.place?.place.country ?? null : where.fallback?.country ?? null;
  const rules = where.rules.filter((r) => r !== 'place:paragraph-setting');
  // "Gunmen killed 14 villagers in Bokkos. The Nigerian government condemned the killings.": said in Nigeria, not in Bokkos
  const seat = carried && country !== null && c.actors.every((a) => nationalSpeaker(a, antecedents, bodies) && speakersState([a], antecedents) === country);
  if (!desk && seat) return { place: null, inferred: null, fallback: countries.get(country) ?? null, rules: [...rules, SPEAKER_NATIONAL] };
  if (!desk && !speakersElsewhere(c.actors, antecedents, country)) return where;
  // "NEW DELHI — Modi is due to meet Putin at the summit": a meeting at a venue the text places nowhere is not at the desk
  if (desk && atUnplacedVenue(afterTrigger, venueWords)) return { place: null, inferred: null, fallback: null, rules: [...rules, VENUE_UNPLACED] };
  if (desk) return { place: desk, inferred: null, fallback: null, rules: [...rules, SPEAKER_DATELINE] };
  return { place: null, inferred: null, fallback: null, rules: [...rules, SPEAKER_ELSEWHERE] };
}
