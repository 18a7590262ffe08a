import type { Knowledge, PlaceEntry } from '../knowledge/types.ts';
import { normalizeName } from '../nlp/normalize.ts';
import type { AnalyzedText } from '../nlp/types.ts';
import type { ActorPhrase, PlaceMention } from './types.ts';
import { locativePrep } from './token-map.ts';
import { packageRequire } from '../paths.ts';
import { cameoCountryCode } from '../knowledge/cameo-countries.ts';

const WEEKDAY_OR_MONTH = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;
let capitalNames: Map<string, string> | undefined;
/** Country code (CAMEO's, as places carry it) → capital name, from the world-countries package the knowledge base already reads. */
export function capitalName(country: string): string | undefined {
  capitalNames ??= new Map((packageRequire('world-countries/countries.json') as Array<{ cca3: string; capital?: string[] }>).flatMap((c) => (c.capital?.[0] ? [[cameoCountryCode(c.cca3), c.capital[0]] as [string, string]] : [])));
  return capitalNames.get(country);
}

/** The words name `country`'s capital ("Moscow" for RUS). */
export function namesCapital(country: string, words: string): boolean {
  const name = capitalName(country);
  return name !== undefined && normalizeName(name) === normalizeName(words);
}

/** The GeoNames city that is `country`'s capital, or null. */
export function capitalOf(kb: Knowledge, country: string): PlaceEntry | null {
  const name = capitalName(country);
  if (!name) return null;
  return kb.cities(normalizeName(name)).find((c) => c.country === country) ?? null;
}

// "the capital", "the nation's capital", "the country's capital", "the Afghan capital", "Haiti's capital", "the capital of Somalia"
const CAPITAL = /\b(?:(?:[Tt]he\s+)?(nation|country)['’]s\s+|[Tt]he\s+(?:([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+)?|([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)['’]s\s+)capital\b(?:\s+of\s+(?:the\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?))?/g;

/**
 * A capital named by its country rather than its name is that country's capital city: "a protest in the nation's
 * capital" (the country the sentence or story is about), "clashes in the Afghan capital", "Haiti's capital",
 * "the capital of Somalia". Skipped when the name follows ("the capital, Kabul": the name is the place already).
 * `home` is the story's country, for "the capital" and "the nation's capital" without a country earlier in the sentence.
 */
export function capitalPhrases(doc: AnalyzedText, kb: Knowledge, places: readonly PlaceMention[], countryMentions: ReadonlyArray<{ start: number; end: number; country: string }>, home: string | null): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (const m of doc.text.matchAll(CAPITAL)) {
    const start = m.index;
    const end = start + m[0].length;
    // "capital punishment", "capital markets": the word as a modifier names no city ("the capital city" does)
    const next = doc.tokens.find((t) => t.start >= end);
    if (!m[4] && next && next.start - end <= 1 && next.pos === 'NOUN' && next.lower !== 'city') continue;
    // "the country's capital Minsk": the name follows, even where no gazetteer reads it (a weekday is no name)
    if (!m[4] && next && next.start - end <= 1 && next.pos === 'PROPN' && !WEEKDAY_OR_MONTH.test(next.text)) continue;
    // "the capital, Kabul", "its capital Stepanakert": the city's own name follows
    if (places.some((p) => p.start >= end && /^\s*,?\s*$/.test(doc.text.slice(end, p.start)))) continue;
    const country = countryOfPhrase(doc, kb, m, start, end, countryMentions, home);
    const city = country ? capitalOf(kb, country) : null;
    if (!city) continue;
    const prep = locativePrep(doc, start);
    out.push({ start, end, text: m[0], place: city, locative: prep !== null, prep, rule: 'place:capital-of-country' });
  }
  return out;
}

function countryOfPhrase(doc: AnalyzedText, kb: Knowledge, m: RegExpMatchArray, start: number, end: number, mentions: ReadonlyArray<{ start: number; end: number; country: string }>, home: string | null): string | null {
  const namedBy = (s: number, e: number) => mentions.find((c) => c.start < e && s < c.end)?.country ?? null;
  // "the capital of Somalia", "the Afghan capital", "Haiti's capital": the phrase names its country
  if (m[4]) return namedBy(end - m[4].length, end);
  const word = m[2] ?? m[3];
  if (word) {
    const wordStart = start + m[0].indexOf(word);
    // "the Afghan capital": a demonym the actor finder left alone before a noun
    return namedBy(wordStart, wordStart + word.length) ?? kb.actors.lookup(word).find((a) => a.kind === 'country' && a.country)?.country ?? null;
  }
  // "Pakistan's government ended a protest in the nation's capital": the country named last before it in the sentence
  const sentence = doc.sentences.find((s) => s.start <= start && start < s.end);
  const before = mentions.filter((c) => sentence && c.start >= sentence.start && c.end <= start);
  return before.length ? before[before.length - 1].country : home ?? mostNamed(mentions);
}

/** The country the story names most, when it clearly leads (twice the next). */
function mostNamed(mentions: ReadonlyArray<{ country: string }>): string | null {
  const counts = new Map<string, number>();
  for (const c of mentions) counts.set(c.country, (counts.get(c.country) ?? 0) + 1);
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  return first && (!second || first[1] >= 2 * second[1]) ? first[0] : null;
}

const LAST_WORD = /([\w-]+)\W*$/;
const NEXT_WORD = /^\s*([\w-]+)/;

/**
 * Country mentions usable for naming a capital: country places and country actors ("Afghan", "Pakistan's government"),
 * not a country's presence abroad ("the U.S. embassy", "French nationals": `foreignPresence`, by the noun in or after the phrase).
 */
export function countryMentionsOf(places: readonly PlaceMention[], actors: readonly ActorPhrase[], text = '', foreignPresence: ReadonlySet<string> = new Set()): Array<{ start: number; end: number; country: string }> {
  const out: Array<{ start: number; end: number; country: string }> = [];
  const abroad = (start: number, end: number) => foreignPresence.has(LAST_WORD.exec(text.slice(start, end))?.[1].toLowerCase() ?? '')
    || foreignPresence.has(NEXT_WORD.exec(text.slice(end, end + 30))?.[1].toLowerCase() ?? '');
  // ... and the country of the dateline, where the story was filed, only when the story names no other ("NEW YORK,
  // United States (AP) — UNICEF said Haitian gangs ... a school in the capital": Port-au-Prince)
  const filed = actors.filter((a) => a.prep === 'dateline');
  const inDateline = (start: number, end: number) => filed.some((a) => a.start < end && start < a.end);
  const datelines: typeof out = [];
  const add = (start: number, end: number, country: string) => (inDateline(start, end) ? datelines : out).push({ start, end, country });
  for (const p of places) if (p.place.precision === 'country' && p.place.country && !abroad(p.start, p.end)) add(p.start, p.end, p.place.country);
  for (const a of actors) if ((a.kind === 'country' || a.entry?.kind === 'country') && a.entry?.country && !abroad(a.start, a.end)) add(a.start, a.end, a.entry.country);
  return (out.length > 0 ? out : datelines).sort((a, b) => a.start - b.start);
}
