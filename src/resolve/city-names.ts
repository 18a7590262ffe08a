import type { Knowledge, PlaceEntry } from '../knowledge/types.ts';
import { normalizeName } from '../nlp/normalize.ts';
import type { AnalyzedText } from '../nlp/types.ts';
import type { PlaceMention } from './types.ts';
import { locativePrep } from './token-map.ts';
import { hasQualifier } from './city-qualifier.ts';
import type { SpanIndex } from './span-index.ts';
// "in March" is a month, not March in Cambridgeshire
import { isCalendarWord, isHolidayName } from '../nlp/calendar.ts';
import { introducedSurnames } from './introduced-surnames.ts';
import { opensCompoundModifier } from './compound-modifier.ts';
import { articleSpellings, glideSpellings } from './spelling-variants.ts';
import { townsByOtherNameHeld } from './other-names.ts';

// GeoNames city names found in the text's words (resolve/places.ts reads them against the story's geography).

const LIST_GAP = /^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)$/;

export interface CityName {
  start: number;
  end: number;
  text: string;
  key: string;
  candidates: readonly PlaceEntry[];
  locative: boolean;
  prep: string | null;
  rule?: string;
}

export const TOWN_BEFORE_FACILITY = 'place:town-before-facility';
/** "struck the Syzran oil refinery": the town naming the facility an act lands on (after "the") is where the act was. */
export const TOWN_OF_FACILITY_OBJECT = 'place:town-of-facility-object';

/** Capitalised words in a place position that GeoNames knows as a city: "in Kirkuk", "shelled Kharkiv", "Kyiv was hit". */
export function findCityNames(doc: AnalyzedText, kb: Knowledge, gazetteerIndex: SpanIndex<PlaceMention>, gazetteer: readonly PlaceMention[], storyCountries: ReadonlySet<string>): CityName[] {
  const out: CityName[] = [];
  const tokens = doc.tokens;
  const located: Array<{ end: number; prep?: string | null }> = gazetteer.filter((g) => g.locative);
  const surnames = introducedSurnames(doc, (text) => kb.cities(normalizeName(text)).length > 0, placeWords(kb));
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // a capitalised word the tagger read otherwise may open a name of two words or more: "in Tell Abyad" ("Tell" a verb)
    // ... or a capitalised word read as a verb or an adjective right after a locative word: "in Shanghai", "in Nice"
    const readOtherwise = (t.pos === 'VERB' || t.pos === 'ADJ') && tokens[i - 1]?.sentence === t.sentence && locativePrep(doc, t.start) !== null;
    const opensName = t.pos === 'PROPN' || readOtherwise || tokens[i - 1]?.sentence === t.sentence && tokens[i + 1]?.pos === 'PROPN';
    if (!opensName || !CAPITALISED.test(t.text) || isCalendarWord(t.text) || gazetteerIndex.overlaps(t.start, t.end) || kb.lexicon.siteNouns.get(t.lower) === true && tokens[i + 1]?.pos !== 'PROPN') continue; // (a bare "Congress" is the site)
    // "said in English", "a statement in Hindi": a language's name alone is no town (data/lexicon/languages.tsv)
    if (kb.lexicon.languages?.has(t.lower) && tokens[i + 1]?.pos !== 'PROPN') continue;
    // "at Christmas markets", "during Ramadan": a feast is no town ("Christmas Island" goes on with a name)
    if (isHolidayName(t.text) && tokens[i + 1]?.pos !== 'PROPN') continue;
    // "Nika Melia … dragging Melia": a surname the article gave a person alone is that person
    if ((surnames.get(t.text) ?? Infinity) < t.start && tokens[i + 1]?.pos !== 'PROPN') continue;
    // "raided al-Bireh", "near al-Fashir": a lower-case article hyphened before the name opens it; the words before it
    // say where the name stands
    const open = articleOpened(doc, i) ? i - 2 : i;
    const from = tokens[open].start;
    // A city also stands where an object goes: "missiles hit Kyiv" (it then names the country as target).
    const prev = tokens[open - 1];
    // "in London, Frankfurt and Paris": a name listed after a place takes its preposition
    const listed = listedBefore(located, doc.text, from);
    // ... or "the industrial hub of Gazipur": a place noun of data/lexicon/place-nouns.tsv before "of"
    const prep = locativePrep(doc, from) ?? (listed?.prep === TARGET_LIST ? null : listed?.prep) ?? (placeNounOf(kb).test(doc.text.slice(Math.max(0, from - 30), from)) ? 'of' : null);
    const locative = prep !== null;
    // after a verb, or "on"/"against" (a target): "shelled Kharkiv", "an offensive on Rafah"
    // ... or the "of" of an act that lands on it: "the shelling of Kharkiv", "the siege of Mariupol"
    // ... or listed after such a name ("struck Kyiv and Lviv")
    const afterVerb = prev !== undefined && prev.sentence === t.sentence && (prev.pos === 'VERB' || prev.lower === 'on' || prev.lower === 'against'
      || prev.lower === 'of' && namesUndergoneAct(kb, tokens[open - 2]) || listed?.prep === TARGET_LIST
      // ... or the town of an office that a country or region qualifies ("the mayor of Tripoli in Lebanon"): the
      // qualifier says which town, and whose official (resolve/place-actors.ts); unqualified, town-bodies.ts reads it
      || prev.lower === 'of' && kb.lexicon.townBodies.has(tokens[open - 2]?.lower ?? '') && hasQualifier(doc.text, tokens[nameRunEnd(doc, i)].end));
    // ... or a subject: "Kyiv was visited", "Kharkiv came under fire"
    const next = tokens[i + 1];
    const subject = (prev === undefined || prev.sentence !== t.sentence) && next !== undefined && (next.pos === 'AUX' || next.pos === 'VERB');
    // ... or a facility named by its town after "the" where an object goes: "shelled the Kherson railway station" (a
    // sizeable town only: "the Congress building" is no Congress, Arizona)
    // ... or after "a" anywhere, the town naming where the facility is: "a Kharkiv apartment block was hit", "killed in a
    // Lagos nightclub" (place:town-before-facility)
    const beforeThe = tokens[open - 2];
    const afterA = prev !== undefined && prev.sentence === t.sentence && (prev.lower === 'a' || prev.lower === 'an');
    const facilityOfTown = !locative && !afterVerb && !subject && (afterA || prev?.lower === 'the' && beforeThe !== undefined && beforeThe.sentence === t.sentence
      && (beforeThe.pos === 'VERB' || beforeThe.lower === 'on' || beforeThe.lower === 'against'
        // ... or any preposition's: "rammed a truck into the wall of the Bannu cantonment", "fired at the Quetta garrison"
        || beforeThe.pos === 'ADP'));
    if (!locative && !afterVerb && !subject && !facilityOfTown) continue;
    const j = nameRunEnd(doc, i);
    // Longest run of capitalised words that names a city: "Kafr Nabl" before "Kafr"; after a locative word, failing
    // that, a name of two words or more that is another spelling of one ("in Deir al-Balah": Dayr al Balah), unless it
    // names an actor or the text names it itself ("the town of X": named-places.ts)
    // ... or where an object goes, a name with an Arabic article inside ("shelled Maaret al-Numan")
    const spellable = locative && prep !== 'of' || afterVerb && (open < i || ARTICLE_INSIDE.test(doc.text.slice(t.start, tokens[j].end)));
    const spelt = spellable ? (text: string) => (!MULTIWORD.test(text) || kb.actors.lookup(text).length > 0 ? [] : kb.citiesSpeltLike?.(normalizeName(text)) ?? []) : null;
    // (a sentence-initial capitalised word names a city only if it is a sizeable one: "Police said" is not Police, Poland)
    const first = t.pos === 'PROPN' || readOtherwise ? i : i + 1;
    // (the longer name spelt otherwise before a shorter one listed as written: "in Tal Rifaat" is Tall Rif'at, not a
    // village named Tal)
    const hit = longestName(doc, from, first, j, (text) => {
      // (a facility's town need not be a big one: "the Bannu cantonment" is Bannu's, a town of 50,000)
      const named = citiesNamed(kb, text, locative || afterVerb, storyCountries, facilityOfTown ? FACILITY_TOWN_POPULATION : BARE_NAME_POPULATION);
      return named.length > 0 || !spelt ? named : spelt(text);
    });
    if (!hit || facilityOfTown && !siteNounAfter(doc, hit.k, kb.lexicon.siteNouns) || opensCompoundModifier(doc.text, tokens[hit.k].end)) continue;
    // "killed Abu Bakr al-Baghdadi": where an object goes, a town's name that opens a longer name is that name's
    if (!locative && !subject && hit.k < j && namesOnPast(doc, hit.k, j) && !siteNounAfter(doc, hit.k, kb.lexicon.siteNouns)) continue;
    const text = doc.text.slice(from, tokens[hit.k].end);
    // "threw Molotov cocktails", "denounced Stalin": a town's other name, no spelling of its own, is a person's (other-names.ts)
    const candidates = townsByOtherNameHeld(doc, hit.k, normalizeName(text), hit.candidates, locative);
    if (candidates.length === 0) continue;
    // (the town before a facility after "a" is no participant: "a raid on a Lagos nightclub" lands on the nightclub)
    out.push({ start: from, end: tokens[hit.k].end, text, key: normalizeName(text), candidates, locative, prep, ...(facilityOfTown ? { rule: afterA ? TOWN_BEFORE_FACILITY : TOWN_OF_FACILITY_OBJECT } : {}) });
    if (locative) located.push({ end: tokens[hit.k].end, prep });
    else if (afterVerb) located.push({ end: tokens[hit.k].end, prep: TARGET_LIST });
    i = hit.k;
  }
  return out;
}

/** The capitalised run goes on past token k with a word that is no date ("Abu | Bakr", not "Kyiv | Monday"). */
function namesOnPast(doc: AnalyzedText, k: number, j: number): boolean {
  const next = doc.tokens[k + 1];
  return k < j && next !== undefined && CAPITALISED.test(next.text) && !isCalendarWord(next.text);
}

/**
 * A site noun of data/lexicon/site-nouns.tsv among the four words after token k: "Kherson railway station", "Kaduna
 * Central Prison", "Kyiv thermal power plant", "Kharkiv children's hospital" (a possessive ending counts no word).
 */
function siteNounAfter(doc: AnalyzedText, k: number, siteNouns: ReadonlyMap<string, boolean>): boolean {
  for (let m = k + 1, words = 0; words < 4 && m < doc.tokens.length && doc.tokens[m].sentence === doc.tokens[k].sentence; m++) {
    if (siteNouns.has(doc.tokens[m].lower)) return true;
    if (POSSESSIVE_ENDING.test(doc.tokens[m].text) && m > k + 1) continue;
    // (only the facility's own describing words: "a Kyiv activist outside the hotel" names no hotel of Kyiv)
    if (!/^[A-Za-z]+$/.test(doc.tokens[m].text) || !FACILITY_WORD_TAGS.has(doc.tokens[m].pos)) return false;
    words++;
  }
  return false;
}

const MULTIWORD = /\S[\s-]+\S/;
const POSSESSIVE_ENDING = /^['’]s?$/;
const FACILITY_WORD_TAGS = new Set(['NOUN', 'ADJ', 'PROPN', 'NUM']);
const ARTICLE_INSIDE = /\S\s+(?:al|el|an|ar|as|ash|at|ad|az|ed|en|er|es|ez|ul)[\s-]+[A-Z]/;
// "Deir al-Balah", "Ras el Ain": lower-case Arabic articles inside a name
const NAME_PARTICLES = new Set(['al', 'el', 'an', 'ad', 'ar', 'as', 'ash', 'at', 'ed', 'en', 'es', 'ez', 'ul', 'ur']);

// the mark of a name listed where an object goes ("struck Kyiv and Lviv"): no preposition to pass on
const TARGET_LIST = '(object)';

// (no callbacks in findCityNames' word loop: one reading a variable of the loop would make V8 allocate a scope for every word)
// (any capital letter: "Üsküdar", "Şanlıurfa", "Ürümqi" open names as "Kadıköy" does)
const CAPITALISED = /^\p{Lu}/u;

/** The last token k (from `last` down to `first`) whose words from `start` name places by `lookup`, with them. */
function longestName(doc: AnalyzedText, start: number, first: number, last: number, lookup: (text: string) => readonly PlaceEntry[]): { k: number; candidates: readonly PlaceEntry[] } | null {
  for (let k = last; k >= first; k--) {
    if (doc.tokens[k].text === '-') continue;
    const candidates = lookup(doc.text.slice(start, doc.tokens[k].end));
    if (candidates.length > 0) return { k, candidates };
  }
  return null;
}

/** The first located name before `start` that a list gap joins to it. */
export function listedBefore(located: ReadonlyArray<{ end: number; prep?: string | null }>, text: string, start: number): { end: number; prep?: string | null } | undefined {
  for (const l of located) if (l.end <= start && LIST_GAP.test(text.slice(l.end, start))) return l;
  return undefined;
}

/** The cities of that name; only sizeable ones unless the name stands in a place's position. */
function citiesNamed(kb: Knowledge, text: string, placePosition: boolean, storyCountries: ReadonlySet<string>, minPopulation = BARE_NAME_POPULATION): PlaceEntry[] {
  const key = normalizeName(text);
  // "in Florida": a division that outweighs every town of its name many times over is the place (knowledge/geonames.ts)
  const division = placePosition ? kb.divisionsOverTowns?.(key) ?? [] : [];
  if (division.length > 0) return [...division];
  const named = kb.cities(key);
  // "Hodeidah" for Hodeida, "Raqqah" for Raqqa: a final "h" after a vowel is written or not, in a sizeable town's name
  // ... of a country the story names, where it names any ("the town of Hawra" in Yemen is no Haora in India)
  const spelt = named.length > 0 || !placePosition || !FINAL_VOWEL.test(key) ? named
    : kb.cities(key.endsWith('h') ? key.slice(0, -1) : `${key}h`).filter((c) => (c.population ?? 0) >= SPELT_FINAL_H_POPULATION
      && (storyCountries.size === 0 || c.country !== null && storyCountries.has(c.country)));
  // "Izium" for Izyum, "Huliaipole" for Hulyaypole: the glide letters of a romanisation written the other ways
  // (resolve/spelling-variants.ts), a sizeable town (the story's countries are not asked: its actors' may be the other side's)
  const glided = spelt.length > 0 || !placePosition ? spelt : glideSpellings(key).flatMap((k) => kb.cities(k)).filter((c) => (c.population ?? 0) >= SPELT_GLIDE_POPULATION);
  // "Qamishli" for Al Qamishli, "Suwayda" for As Suwayda: a sizeable town's name written without its Arabic article
  // (or a division's seat, which GeoNames lists with no population: Al Qamishli)
  const bare = glided.length > 0 || !placePosition ? glided : articleSpellings(key).flatMap((k) => kb.cities(k)).filter((c) => (c.population ?? 0) >= SPELT_ARTICLE_POPULATION || c.population === 0);
  return [...new Set(bare)].filter((c) => placePosition || (c.population ?? 0) >= minPopulation);
}

// a name in no place's position is a town's only if the town is sizeable; before a facility's noun ("the Bannu
// cantonment", "the Zhob garrison") the noun says it is a place, so a smaller town will do (not a hamlet's: "the
// Congress building" is no Congress, Arizona)
const BARE_NAME_POPULATION = 100_000;
const FACILITY_TOWN_POPULATION = 20_000;

const FINAL_VOWEL = /[a-z]{3}[aeiou]h?$/;
const SPELT_FINAL_H_POPULATION = 20_000;
const SPELT_GLIDE_POPULATION = 10_000;
const SPELT_ARTICLE_POPULATION = 20_000;

/** The last token of the capitalised name starting at `i`: up to four words, hyphenated parts not counted. */
function nameRunEnd(doc: AnalyzedText, i: number): number {
  const tokens = doc.tokens;
  let j = i;
  let words = 1;
  while (j + 1 < tokens.length && tokens[j + 1].sentence === tokens[i].sentence) {
    // (an article before a capitalised part goes on too: "Ras el Ain", "Deir al-Balah")
    const particle = NAME_PARTICLES.has(tokens[j + 1].text) && (CAPITALISED.test(tokens[j + 2]?.text ?? '') || tokens[j + 2]?.text === '-' && tokens[j + 2].start === tokens[j + 1].end);
    const joined = particle || hyphenJoined(doc, j + 1);
    // (a capitalised word the tagger read otherwise goes on the name: "Tal Afar" with "Afar" as an adverb)
    if (!joined && (tokens[j + 1].pos !== 'PROPN' && !CAPITALISED.test(tokens[j + 1].text) || words >= 4)) break;
    if (!joined) words++;
    j++;
  }
  while (j > i && tokens[j].text === '-') j--;
  return j;
}

/** Token i follows a lower-case Arabic article and a hyphen, all three written together: "al-Bireh", "el-Fasher". */
function articleOpened(doc: AnalyzedText, i: number): boolean {
  const [article, hyphen, name] = [doc.tokens[i - 2], doc.tokens[i - 1], doc.tokens[i]];
  return article !== undefined && hyphen?.text === '-' && article.sentence === name.sentence && NAME_PARTICLES.has(article.text)
    && article.end === hyphen.start && hyphen.end === name.start;
}

/** "Port-au-Prince", "Ras al-Ain": hyphens and lower-case particles inside a capitalised name. */
function hyphenJoined(doc: AnalyzedText, i: number): boolean {
  const t = doc.tokens[i];
  const prev = doc.tokens[i - 1];
  if (!t || !prev || prev.end !== t.start) return false;
  return t.text === '-' ? doc.tokens[i + 1]?.start === t.end : prev.text === '-' && /^[a-zA-Z]/.test(t.text);
}

// "Mount", "Lake", "Port": the place nouns (data/lexicon/place-nouns.tsv) that open a place's name, once per knowledge base
const PLACE_WORDS = new WeakMap<Knowledge, ReadonlySet<string>>();
function placeWords(kb: Knowledge): ReadonlySet<string> {
  let words = PLACE_WORDS.get(kb);
  if (!words) PLACE_WORDS.set(kb, (words = new Set(kb.lexicon.placeNouns.map((n) => n.noun.toLowerCase()))));
  return words;
}

// "the industrial hub of ", "the rebel stronghold of ": a place noun (data/lexicon/place-nouns.tsv) that names the place after "of"
const PLACE_NOUN_OF = new WeakMap<Knowledge, RegExp>();
function placeNounOf(kb: Knowledge): RegExp {
  let re = PLACE_NOUN_OF.get(kb);
  if (!re) {
    // (plural too: "the rebel strongholds of Rastan and Talbiseh")
    const nouns = kb.lexicon.placeNouns.filter((n) => n.position === 'of' || n.position === 'both').map((n) => n.noun.replace(/ /g, '\\s+').replace(/y$/, '(?:y|ie)') + '(?:e?s)?');
    PLACE_NOUN_OF.set(kb, (re = new RegExp(`\\b(?:${nouns.join('|') || '(?!)'})\\s+of\\s+$`, 'i')));
  }
  return re;
}

/** "the shelling of", "Russian shelling of": an act noun whose "of" lands on the town, also where the tagger read the -ing noun as a verb (lemma "shell"). */
function namesUndergoneAct(kb: Knowledge, t: { lemma: string; lower: string } | undefined): boolean {
  return t !== undefined && (kb.lexicon.ofUndergoneActs.has(t.lemma) || kb.lexicon.ofUndergoneActs.has(t.lower));
}
