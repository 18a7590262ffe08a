import type { PlaceEntry, PlaceNoun } from '../knowledge/types.ts';
import { normalizeName } from '../nlp/normalize.ts';
import type { AnalyzedText } from '../nlp/types.ts';
import type { PlaceMention } from './types.ts';
import { locativePrep, tokenBefore } from './token-map.ts';
import { SpanIndex } from './span-index.ts';
import { isCalendarWord } from '../nlp/calendar.ts';
import { datelineSpan } from './dateline.ts';

// A name no gazetteer knows that the text itself calls a place — "the village of Dumbari", "Dumbari village",
// "the Zorbak Tala district center", "the Kawuri refugee camp" — is a place by its name, without coordinates,
// as precise as the noun says (data/lexicon/place-nouns.tsv); later bare mentions of the same name are that place
// ("troops later retook Zorbak Tala"). Its country is that of the known places of its sentence or article.
// Rules: place:named-division (a region noun), place:named-settlement (a settlement or a site).
const MAX_WORDS = 4;
// made once: a regex literal inside nameWord made a new RegExp object for every word of every article
const CAPITALISED = /^\p{Lu}/u;
const PARTICLE = /^(?:al|el|ad|ar|as|ash|an|at|ad|ud|ul|e|i)$/;

// the noun ends its phrase: "a town in Borno", "a village, ..." — not "a district governor", "a town councillor"
// ... or a distance: "a village 30 km south of Zaria"
const NOUN_PHRASE_END = '(?=\\s+(?:of|in|near|on|that|which|where|with|about|some|located|close|outside|just|(?:north|south)(?:east|west)?|east|west|\\d[\\d,.]*)\\b|\\s*[,.;:)]|\\s*$)';

interface NounPatterns {
  readonly before: RegExp;
  readonly after: RegExp;
  readonly listed: RegExp;
  readonly listedAfter: RegExp;
  /** "Plaza Italia", "Piazza Venezia": a noun that opens the name. */
  readonly head: RegExp;
  /** "X, a small village near ...", "X was one of the safest districts in ...": the noun describes the name. */
  readonly described: RegExp;
  /** By position and noun: "of:district", "after:district". */
  readonly precision: ReadonlyMap<string, PlaceNoun['precision']>;
}
const patternCache = new WeakMap<readonly PlaceNoun[], NounPatterns>();

function nounPatterns(nouns: readonly PlaceNoun[]): NounPatterns {
  const cached = patternCache.get(nouns);
  if (cached) return cached;
  const alternation = (ns: readonly PlaceNoun[]) => ns.map((n) => n.noun.replace(/[-]/g, '\\-').replace(/ /g, '\\s+')).sort((a, b) => b.length - a.length).join('|') || '(?!)';
  const ofNouns = nouns.filter((n) => n.position === 'of' || n.position === 'both');
  const made: NounPatterns = {
    before: new RegExp(`\\b(${alternation(ofNouns)})\\s+of\\s+$`, 'i'),
    // "the villages of Nguida and Litandacua", "the towns of Kumbo, Ndop and Batibo": each name of the list the plural names
    listed: new RegExp(`\\b(${alternation(ofNouns.map(plural))})\\s+of\\s+(?:${LISTED_NAME}\\s*,\\s*)*(?:(?:${LISTED_NAME}\\s*,?\\s+and\\s+)|)$`, 'i'),
    after: new RegExp(`^\\s+(${alternation(nouns.filter((n) => n.position === 'after' || n.position === 'both'))})\\b`, 'i'),
    // "the Dayniile and Kaaraan districts": the names a plural noun after them lists (the name read, then the rest)
    listedAfter: new RegExp(`^((?:\\s*,\\s*${LISTED_NAME})*\\s*,?\\s+and\\s+${LISTED_NAME})?\\s+(${alternation(nouns.filter((n) => n.position === 'after' || n.position === 'both').map(plural))})\\b`, 'i'),
    head: new RegExp(`^(${alternation(nouns.filter((n) => n.position === 'head'))})$`, 'i'),
    described: new RegExp(`^(?:\\s*,\\s+(?:a|an)|\\s+(?:is|was|has\\s+been|had\\s+been|remains|remained)\\s+(?:[\\w-]+\\s+){0,3}?(?:a|an|one\\s+of\\s+the))\\s+(?:[\\w-]+\\s+){0,3}?(${alternation(nouns.filter((n) => n.position !== 'head'))})(?:s|es)?${NOUN_PHRASE_END}`, 'i'),
    precision: new Map(nouns.flatMap((n) => (n.position === 'both' ? ['of', 'after'] : [n.position]).map((at) => [`${at}:${n.noun}`, n.precision] as const))),
  };
  patternCache.set(nouns, made);
  return made;
}

export function namedPlaces(doc: AnalyzedText, known: readonly PlaceMention[], nouns: readonly PlaceNoun[], namesOther: (text: string) => boolean = () => false): PlaceMention[] {
  const tokens = doc.tokens;
  const patterns = nounPatterns(nouns);
  const index = new SpanIndex([...known]);
  const names = new Map<string, PlaceEntry>();
  // (a dateline says where the story is filed, not where its villages are: "THE HAGUE — ... the village of X" in Mali)
  const filed = datelineSpan(doc.text);
  const story = filed ? known.filter((p) => p.start >= filed.end) : known;
  for (let i = 0; i < tokens.length; i++) {
    if (!nameWord(doc, i) || nameWord(doc, i - 1) && tokens[i - 1].sentence === tokens[i].sentence) continue;
    const j = nameEnd(doc, i, patterns.head);
    const [start, end] = [tokens[i].start, tokens[j].end];
    if (!free(index, start, end)) continue;
    // "the town of X" (only where "of" is X's preposition), or "X village"
    // (not the whole a named part lies in: "the Buleda area of Kech", "the Gimbi and Nejo districts of West Wollega" name
    // Buleda and Gimbi by the noun; Kech and West Wollega only hold them)
    // (... unless the name before the noun is a known city: "the Abidjan district of Yopougon" names Yopougon in Abidjan)
    const whole = !cityBeforePart(doc.text, known, start) && namedPartBefore(doc.text.slice(Math.max(0, start - 120), start), namesOther);
    const before = whole ? null : (locativePrep(doc, start) === 'of' ? patterns.before.exec(doc.text.slice(Math.max(0, start - 30), start)) : null)
      ?? listedBefore(patterns.listed, doc.text.slice(Math.max(0, start - 90), start));
    // ... or "the Dnipro River", "the Kauru District": the noun capitalised as the name's last word
    // (not a word that describes the place after "a", or a side's: "a Druze-majority suburb", "a Kurdish-held area")
    // ... or "the Dayniile and Kaaraan districts", "the Buleda and Tump areas": each name of a list before the plural noun
    const after = before || describing(doc, i, j) ? null : patterns.after.exec(doc.text.slice(end, end + 24)) ?? ownNoun(doc, i, j, patterns.after)
      ?? listedAfter(patterns.listedAfter, doc.text.slice(Math.max(0, start - 4), start), doc.text.slice(end, end + 90));
    // ... or "Plaza Italia", "Plaza de Mayo": the noun opening the name, a public square's
    const headed = before || after || j === i ? null : patterns.head.exec(tokens[i].text);
    // ... or "X, a village near ...", "X was one of the safest districts": described as "the village of X" would be
    const described = before || after || headed ? null : patterns.described.exec(doc.text.slice(end, Math.min(end + 90, doc.sentences[tokens[i].sentence].end)));
    const noun = before ?? after ?? headed ?? described;
    const text = doc.text.slice(start, end);
    // ... or, where no noun says so, a whole name near which, or a compass side of which, something stands: "shelled
    // positions near Babanusa", "20 km north of Kutum" (a town GeoNames lacks; not an actor's name, "near Hamas", nor a site
    // noun's, "near Congress")
    // ... or one set in a named place after "in": "In Ndop, in Ngoketunjia division, separatists ambushed ..."
    // ... or one "in" a known region or country right after it: "attacked a church in Eruku in Kwara state"
    const unlisted = !noun && (nearOrSideOf(doc, start, j) || setInPlace(doc, start, j) || inKnownWhole(doc, start, j, known)) && !namesOther(text);
    if ((!noun && !unlisted) || names.has(text)) continue;
    const word = noun ? noun[1].toLowerCase().replace(/\s+/g, ' ') : '';
    const nounPrecision = (headed ? patterns.precision.get(`head:${word}`) : after ? patterns.precision.get(`after:${word}`) : patterns.precision.get(`of:${word}`) ?? patterns.precision.get(`after:${word}`)) ?? 'city';
    // "in Mogadishu's Hodan district": a district a city owns is a quarter of it, as precise as a town
    const precision = nounPrecision === 'region' && (cityOwning(doc.text, known, start) || cityBeforePart(doc.text, known, start)) ? 'city' : nounPrecision;
    const kind = unlisted ? 'unlisted-town' : precision === 'region' ? 'named-division' : 'named-settlement';
    names.set(text, { id: `${kind}:${normalizeName(text)}`, name: text, precision, country: holderCountry(doc.text, known, end) ?? nameCountry(doc, story.filter((p) => p.end <= start || p.start >= end), tokens[i].sentence), lat: null, lon: null });
  }
  if (names.size === 0) return [];
  // every mention of a name, the one beside the noun and the bare ones elsewhere
  const out: PlaceMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!nameWord(doc, i) || nameWord(doc, i - 1) && tokens[i - 1].sentence === tokens[i].sentence) continue;
    const j = nameEnd(doc, i, patterns.head);
    const [start, end] = [tokens[i].start, tokens[j].end];
    const place = names.get(doc.text.slice(start, end));
    if (!place || !free(index, start, end)) continue;
    // (and it stands where its city does: "in Mogadishu's Hodan district" is "in" Hodan)
    const prep = locativePrep(doc, start) ?? cityOwning(doc.text, known, start)?.prep ?? null;
    const rule = place.id.startsWith('unlisted-town:') ? 'place:unlisted-town' : place.precision === 'region' ? 'place:named-division' : 'place:named-settlement';
    out.push({ start, end, text: place.name, place, locative: prep !== null, prep, rule });
    i = j;
  }
  return out;
}

const describing = (doc: AnalyzedText, i: number, j: number) => /^an?$/.test(doc.tokens[i - 1]?.lower ?? '') || /-(?:majority|dominated|populated|held|controlled|run|led|occupied)$/.test(doc.text.slice(doc.tokens[i].start, doc.tokens[j].end));

const plural = (n: PlaceNoun): PlaceNoun => ({ ...n, noun: /[^aeiou]y$/.test(n.noun) ? `${n.noun.slice(0, -1)}ies` : /(?:s|sh|ch|x)$/.test(n.noun) ? `${n.noun}es` : `${n.noun}s` });

/** The known city whose possessive stands right before `start` ("Mogadishu's Hodan district"). */
function cityOwning(text: string, known: readonly PlaceMention[], start: number): PlaceMention | undefined {
  const m = /['’]s\s+(?:the\s+)?$/.exec(text.slice(Math.max(0, start - 8), start));
  return m ? known.find((p) => p.place.precision === 'city' && p.end === start - m[0].length) : undefined;
}

/** A plural place noun's list before a name ("the villages of Nguida and "), its names capitalised; group 1 the noun, singular. */
function listedBefore(listed: RegExp, before: string): RegExpExecArray | null {
  const m = listed.exec(before);
  if (!m) return null;
  const names = m[0].slice(m[0].search(/\sof\s/i) + 4).split(/\s*,\s*|\s+and\s+/).filter((n) => n.trim() !== '');
  if (names.some((n) => !CAPITALISED.test(n.trim()))) return null;
  m[1] = m[1].replace(/ies$/i, 'y').replace(/(?:(?<=s|sh|ch|x)es|s)$/i, '');
  return m;
}

/**
 * A plural place noun after a list of names ("the Gimbi and Nejo districts"; `rest` the text after the name read): a match
 * with group 1 the noun, singular. The last name needs the list before it (`before`: "and ", ", "), so "the Wollega
 * zones" names no zone "Wollega"; every name is capitalised.
 */
function listedAfter(listed: RegExp, before: string, rest: string): RegExpExecArray | null {
  const m = listed.exec(rest);
  if (!m) return null;
  const names = (m[1] ?? '').split(/\s*,\s*|\s+and\s+/).filter((n) => n.trim() !== '');
  if (names.length === 0 && !/(?:,|\band)\s+$/.test(before) || names.some((n) => !CAPITALISED.test(n.trim()))) return null;
  m[1] = m[2].replace(/ies$/i, 'y').replace(/(?:(?<=s|sh|ch|x)es|s)$/i, '');
  return m;
}

// "the Buleda area of ", "the Gimbi and Nejo districts of ": a capitalised name, or a list of them, before a place noun
// and "of": the name after "of" is the whole the named part lies in
// ("the Somali district of X", "the Kenyan town of Y" describe the place: a people's word, an actor's, names no part)
const NAMED_PART_BEFORE = /\b(\p{Lu}[\p{L}'’-]*)\s+(?:area|district|neighbou?rhood|quarter|suburb|township|sub-?district|zone|woreda)s?\s+of\s+(?:the\s+)?$/u;
function namedPartBefore(before: string, namesOther: (text: string) => boolean): boolean {
  const m = NAMED_PART_BEFORE.exec(before);
  return m !== null && !namesOther(m[1]);
}

// "the Abidjan district of ", "the Douala suburb of ": a known city before a part noun and "of" holds the name after it
const PART_OF_CITY = /\s+(?:district|neighbou?rhood|quarter|suburb|township|commune)\s+of\s+$/;
function cityBeforePart(text: string, known: readonly PlaceMention[], start: number): PlaceMention | undefined {
  const m = PART_OF_CITY.exec(text.slice(Math.max(0, start - 24), start));
  return m ? known.find((p) => p.place.precision === 'city' && p.end === start - m[0].length) : undefined;
}

// one name of a list after a plural place noun (the regex is case-insensitive, so a name is any word run without commas)
const LISTED_NAME = "[A-Z][\\w'’-]*(?:\\s+(?:[A-Z][\\w'’-]*|al|el|da|de|do))*";

// what may follow a whole name: the end of its clause or phrase ("near Babanusa, ...", "near Babanusa on Tuesday")
const WHOLE_NAME_END = /^(?:\s*[,.;:)]|\s+(?:on|in|at|after|before|during|since|and|as|where|when|while|from|to|last|this|early|late)\b|\s*$)/;

/** The name from `start` to token j stands whole after "near" or a compass side's "of": "near Babanusa", "north of Kutum". */
function nearOrSideOf(doc: AnalyzedText, start: number, j: number): boolean {
  const prep = locativePrep(doc, start, false);
  if (prep !== 'near' && !(prep === 'of' && SIDES.has(doc.tokens[tokenBefore(doc, start) - 1]?.lower ?? ''))) return false;
  return WHOLE_NAME_END.test(doc.text.slice(doc.tokens[j].end, doc.tokens[j].end + 12));
}
/**
 * The name from `start` to token j follows "in" and is set, after a comma, in another named place: "in Ndop, in
 * Ngoketunjia division"; or, after "in" or "at", located by a nearness: "in Banibangou, near the Malian border"; or,
 * wherever it stands, by a distance or a side set off after it: "at Gubio, 80 km from Maiduguri", "bombed Tal Tamr, 40 km
 * north of Hasakah".
 */
function setInPlace(doc: AnalyzedText, start: number, j: number): boolean {
  const prep = locativePrep(doc, start, false);
  const after = doc.text.slice(doc.tokens[j].end, doc.tokens[j].end + 40);
  return prep === 'in' && SET_IN_NAMED.test(after) || (prep === 'in' || prep === 'at') && SET_OFF_NEAR.test(after) || SET_OFF_AT_DISTANCE.test(after);
}
function inKnownWhole(doc: AnalyzedText, start: number, j: number, known: readonly PlaceMention[]): boolean {
  const m = IN_WHOLE.exec(doc.text.slice(doc.tokens[j].end, doc.tokens[j].end + 16));
  const at = m ? doc.tokens[j].end + m[0].length : -1;
  return m !== null && locativePrep(doc, start, false) === 'in' && known.some((p) => p.start === at && (p.place.precision === 'region' || p.place.precision === 'country'));
}
const IN_WHOLE = /^\s+in\s+(?:the\s+)?(?=\p{Lu})/u;
const SET_IN_NAMED = /^\s*,\s+in\s+(?:the\s+)?\p{Lu}[\p{L}'’-]+/u;
const SET_OFF_NEAR = /^\s*,\s+(?:(?:just|not\s+far|close|right)\s+)?(?:near|outside|from|to)\s/i;
const SET_OFF_AT_DISTANCE = /^\s*,\s+(?:(?:some|about|around|roughly|nearly|just)\s+)?\d[\d,.]*\s*(?:km|kilomet|mile)|^\s*,\s+(?:just\s+)?(?:(?:north|south)(?:-?(?:east|west))?|east|west)\s+of\s/i;
const SIDES = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest']);

/** The name's own last word is a noun that follows names ("River" in "the Dnipro River"): a match over it, or null. */
function ownNoun(doc: AnalyzedText, i: number, j: number, after: RegExp): RegExpExecArray | null {
  if (j <= i) return null;
  const last = doc.tokens[j];
  const m = after.exec(` ${last.text}`);
  return m && m[0].trim().length === last.text.length ? m : null;
}

/** No known place covers the name, save a shorter one inside it: "the town of Tal Bisa" is no town "Tal" (findPlaces drops it). */
function free(index: SpanIndex<PlaceMention>, start: number, end: number): boolean {
  return index.overlapping(start, end).every((p) => p.start >= start && p.end <= end && p.end - p.start < end - start);
}

/**
 * The country of the known places around a name: its sentence's, else the article's, when they agree on one
 * ("a village near Maiduguri" is in Nigeria; "Khawaja Omari was one of the safest districts" in an Afghan story).
 */
// (the caller leaves out the known places inside the name itself: "West" of "West Arsi zone" is no place of the name's)
function nameCountry(doc: AnalyzedText, known: readonly PlaceMention[], sentence: number): string | null {
  const { start, end } = doc.sentences[sentence];
  // ... not the neighbour across a border ("Bunagana, a town on the border with Uganda" is not in Uganda)
  const here = known.filter((p) => !ACROSS_BORDER.test(doc.text.slice(Math.max(0, p.start - 25), p.start)));
  return oneCountry(here.filter((p) => p.start >= start && p.end <= end)) ?? oneCountry(here);
}

/**
 * "the village of Novopil in the Donetsk region", "the town of Kalembe in Congo's North Kivu province": a known region or
 * country right after the name's "in" holds it, whatever other states the sentence names ("..., Russia's defence
 * ministry said").
 */
function holderCountry(text: string, known: readonly PlaceMention[], end: number): string | null {
  const holder = known.find((p) => p.start > end && p.start - end < 40 && (p.place.precision === 'region' || p.place.precision === 'country') && HELD_BY.test(text.slice(end, p.start)));
  return holder?.place.country ?? null;
}
const HELD_BY = /^,?\s+in\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*['’]s\s+)?(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+)?$/u;

// ... nor the country a witness lives in across the border ("who lives across the border in Niger")
const ACROSS_BORDER = /\b(?:(?:border|frontier|boundary)\s+with|(?:across|cross(?:ed|ing|es)?)\s+the\s+(?:border|frontier)\s+(?:in|into|from|to))\s+(?:the\s+)?$/i;

function oneCountry(places: readonly PlaceMention[]): string | null {
  const countries = new Set(places.flatMap((p) => (p.place.country ? [p.place.country] : [])));
  return countries.size === 1 ? [...countries][0] : null;
}

/** A capitalised word that may be part of a place's name: a proper noun, or a noun capitalised inside a sentence ("Day"). */
function nameWord(doc: AnalyzedText, i: number): boolean {
  const t = doc.tokens[i];
  if (t === undefined || !CAPITALISED.test(t.text) || isCalendarWord(t.text)) return false;
  return t.pos === 'PROPN' || t.pos === 'NOUN' && doc.sentences[t.sentence].tokenStart !== i;
}

// the lower-case words that join a square's noun to its name: "Plaza de Mayo", "Piazza della Repubblica"
const NAME_JOINERS = new Set(['de', 'del', 'della', 'di', 'la', 'las', 'los']);

/** `runEnd`, and for a noun that opens a name, its name after a joining "de": "Plaza de Mayo", "Plaza de la Independencia". */
function nameEnd(doc: AnalyzedText, i: number, head: RegExp): number {
  const j = runEnd(doc, i);
  if (j !== i || !head.test(doc.tokens[i].text)) return j;
  let k = i + 1;
  while (k < i + 3 && doc.tokens[k]?.sentence === doc.tokens[i].sentence && NAME_JOINERS.has(doc.tokens[k].text)) k++;
  return k > i + 1 && doc.tokens[k]?.sentence === doc.tokens[i].sentence && CAPITALISED.test(doc.tokens[k].text) && !isCalendarWord(doc.tokens[k].text) ? runEnd(doc, k) : j;
}

/** The last token of the name that starts at `i`: proper nouns of one sentence, joined by hyphens ("Qarabel-e-Sufla", "Maaret al-Numan"). */
function runEnd(doc: AnalyzedText, i: number): number {
  const tokens = doc.tokens;
  let j = i;
  for (let words = 1; j + 1 < tokens.length && tokens[j + 1].sentence === tokens[i].sentence; j++) {
    const next = tokens[j + 1];
    const hyphen = next.start === tokens[j].end && (next.text === '-' || tokens[j].text === '-');
    if (hyphen) continue;
    // an Arabic article joined to the next word: "Maaret al-Numan"
    if (particleJoined(doc, j + 1)) continue;
    if (!nameWord(doc, j + 1) || ++words > MAX_WORDS) break;
  }
  while (j > i && tokens[j].text === '-') j--;
  return j;
}

/** "al" in "Maaret al-Numan": a lower-case particle hyphened to a capitalised word. */
function particleJoined(doc: AnalyzedText, i: number): boolean {
  const [t, hyphen, word] = [doc.tokens[i], doc.tokens[i + 1], doc.tokens[i + 2]];
  return t !== undefined && PARTICLE.test(t.text) && hyphen?.text === '-' && hyphen.start === t.end && word !== undefined && word.start === hyphen.end && CAPITALISED.test(word.text);
}
