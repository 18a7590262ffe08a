import type { AnalyzedText } from '../nlp/types.ts';
import { namesCapital } from './capital-phrases.ts';
import { RELATIVE_TO } from './relative-places.ts';
import { locativePrep, tokenAt } from './token-map.ts';
import type { PlaceMention } from './types.ts';
import type { PlaceEntry } from '../knowledge/types.ts';
import { isCalendarWord } from '../nlp/calendar.ts';

// "Gunmen stormed the town of Dikwa on Monday ... Soldiers later retook the town", "Rebels advanced on Goma ...
// fighters entered the city overnight", "Militants overran Kunduz province ... fighting spread across the province":
// a definite place noun with no name of its own refers back to the nearest place of that kind the story named before
// (data/lexicon/place-anaphors.tsv), and is that place where it stands as one (after a locative word, as a verb's object
// or as a sentence's subject). No antecedent where the story told of an unnamed one in between ("a village near
// Maiduguri ... the village"), nor a capital for "the town" or "the village". Rule: place:anaphor.
export const PLACE_ANAPHOR = 'place:anaphor';
const UNNAMED_DIVISION = 'place:unnamed-division-in-story-country';

// "the town", "the besieged city", "the northern border town": up to two lower-case modifiers (each "the" tries
// one, two and three words: a lazy match alone would stop at "the besieged" and never reach "city")
const THE = /\b[Tt]he\s+/g;
const WORDS = /^([a-z][\w-]*)(?:(\s+)([a-z][\w-]*))?(?:(\s+)([a-z][\w-]*))?\b/;
// "the town of X", "the base of the hill", "the town's", "the city council": not a bare reference
// ... nor "the area near Minova", "the area north of Goma": a place after it says where it is
const NOT_BARE = /^(?:\s+of\b|\s+(?:near|around|outside|between|along|(?:north|south|east|west)\w*\s+of)\b|['’]s\b|\s*-\s*\w|\s+(?:\p{Lu}|council|hall|centre|center|authorities|officials?|government|mayor|governor|police|residents?|people|itself|and\s+(?:the\s+)?surround))/u;
// "the town": a word of this kind before it is a modifier of another noun ("the town hall" handled above)
const REACH_SENTENCES = 6;
// "Kara, a village in ...", "Kara is a town": the indefinite noun describes the name before it
const DESCRIBES = /^\s*(?:,|\bis\b|\bwas\b)\s*$/;

/**
 * Mentions for the definite place nouns of the text, each with the place it refers back to. `towns` are towns named
 * only inside an actor ("Kano police"): antecedents too, though no places of their own.
 */
export function placeAnaphors(doc: AnalyzedText, places: readonly PlaceMention[], nouns: ReadonlyMap<string, 'city' | 'region' | 'site' | 'any'>, towns: readonly PlaceMention[] = [], countryAt: (at: number) => PlaceEntry | null = () => null): PlaceMention[] {
  const out: PlaceMention[] = [];
  const antecedents = towns.length === 0 ? places : [...places, ...towns].sort((a, b) => a.start - b.start);
  const text = doc.text;
  for (const m of text.matchAll(THE)) {
    const words = WORDS.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 80));
    if (!words) continue;
    // the last of up to three words that is a place noun: "the breakaway enclave", "the port city" ("port" a modifier there)
    const k = [5, 3, 1].find((g) => words[g] !== undefined && nouns.has(words[g]));
    if (k === undefined) continue;
    const noun = words[k];
    const precision = nouns.get(noun) as 'city' | 'region' | 'site' | 'any';
    const start = m.index;
    const end = m.index + m[0].length + words.slice(1, k + 1).reduce((n, w) => n + (w ?? '').length, 0);
    if (NOT_BARE.test(text.slice(end, end + 40)) && !beforeDate(text.slice(end, end + 12)) || places.some((p) => p.start < end && start < p.end)) continue;
    const t = doc.tokens.findIndex((k) => k.start >= start);
    const headToken = doc.tokens.findIndex((k) => k.end === end);
    if (t < 0 || headToken < 0 || doc.tokens[headToken].pos !== 'NOUN') continue;
    const prep = locativePrep(doc, start);
    const prev = doc.tokens[t - 1];
    const next = doc.tokens[headToken + 1];
    const sameSentence = (k: { sentence: number } | undefined) => k !== undefined && k.sentence === doc.tokens[t].sentence;
    const asObject = sameSentence(prev) && prev.pos === 'VERB';
    const asSubject = !sameSentence(prev) && sameSentence(next) && (next.pos === 'AUX' || next.pos === 'VERB');
    if (prep === null && !asObject && !asSubject) continue;
    const antecedent = antecedentOf(doc, antecedents, start, noun, precision);
    // "Militants killed five soldiers in the province, the Afghan army said": a division the story never named is
    // somewhere in the story's country, never a place named "province"
    const country = !antecedent && precision === 'region' && prep !== null ? countryAt(start) : null;
    if (country) out.push({ start, end, text: text.slice(start, end), place: country, locative: true, prep, rule: UNNAMED_DIVISION });
    if (!antecedent) continue;
    out.push({ start, end, text: text.slice(start, end), place: antecedent.place, locative: prep !== null, prep, rule: PLACE_ANAPHOR });
  }
  return out;
}

/** The nearest place before `at` of the noun's kind, within reach, with no unnamed one of that noun told in between. */
function antecedentOf(doc: AnalyzedText, places: readonly PlaceMention[], at: number, noun: string, precision: 'city' | 'region' | 'site' | 'any'): PlaceMention | null {
  const sentence = doc.tokens.find((k) => k.start >= at)?.sentence ?? 0;
  const first = doc.sentences[Math.max(0, sentence - REACH_SENTENCES)]?.start ?? 0;
  const unnamed = new RegExp(String.raw`\b(?:a|an|another|one)\s+(?:[\w-]+\s+){0,2}?${noun}s?\b(?!\s+(?:of|called|named)\s+\p{Lu})`, 'giu');
  for (let k = places.length - 1; k >= 0; k--) {
    const p = places[k];
    if (p.end > at || p.start < first) continue;
    // ("the area": any place below a country, "heard shelling in the area" after "took the village of X")
    if ((precision === 'any' ? p.place.precision === 'country' : p.place.precision !== precision) || p.rule === RELATIVE_TO || p.rule === PLACE_ANAPHOR) continue;
    // "the town", "the village" is no capital (that is "the capital", "the city")
    if (noun !== 'city' && precision !== 'any' && p.place.country !== null && namesCapital(p.place.country, p.place.name)) continue;
    // "attacked a village near Maiduguri ... the village": the unnamed one, told in or after the antecedent's sentence
    // (not "Kara, a village in Mali", which names it)
    const from = doc.sentences[doc.tokens[tokenAt(doc, p.start)].sentence].start;
    for (const u of doc.text.slice(from, at).matchAll(unnamed)) {
      const before = doc.text.slice(p.end, from + u.index);
      if (!(from + u.index >= p.end && DESCRIBES.test(before))) return null;
    }
    // ... the place a qualifier follows, not the qualifier: "a village near Nabatieh in southern Lebanon ... in the area"
    const qualified = precision === 'any' ? places[k - 1] : undefined;
    return qualified && qualified.place.precision !== 'country' && QUALIFIES.test(doc.text.slice(qualified.end, p.start)) ? qualified : p;
  }
  return null;
}

/** "heard bombing in the area Wednesday evening": a capitalised word after the noun that is a day or a month is no name. */
function beforeDate(after: string): boolean {
  const next = /^\s+(\p{Lu}\p{L}*)/u.exec(after);
  return next !== null && isCalendarWord(next[1]);
}

const QUALIFIES = /^\s*(?:,|\bin(?:\s+the)?)\s*$/;
