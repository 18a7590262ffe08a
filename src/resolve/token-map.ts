import type { AnalyzedText } from '../nlp/types.ts';

/** Token index covering (or next after) a character offset. */
export function tokenAt(doc: AnalyzedText, offset: number): number {
  const tokens = doc.tokens;
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the last token that starts before `offset`. */
export function tokenBefore(doc: AnalyzedText, offset: number): number {
  return tokenAt(doc, offset) - 1;
}

const LOCATIVE = new Set(['in', 'at', 'near', 'off', 'inside', 'outside', 'across', 'through', 'throughout', 'around', 'from', 'into', 'towards', 'toward', 'within', 'along', 'over', 'to', 'via', 'between']);
const PLACE_NOUNS = new Set(['vicinity', 'environs', 'edge', 'heart', 'fringes', 'periphery', 'town', 'city', 'village', 'community', 'hamlet', 'settlement', 'port', 'district', 'province', 'region', 'area', 'outskirts', 'countryside', 'hinterland', 'hinterlands', 'suburb', 'suburbs', 'capital', 'county', 'state', 'island', 'neighbourhood', 'neighborhood', 'streets', 'center', 'centre', 'coast', 'coastline', 'shore', 'shores', 'hometown', 'birthplace']);
const COMPASS = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'northern', 'southern', 'eastern', 'western', 'central', 'outskirts']);

/**
 * "in Baghdad", "at the Taji base", "north of Erbil", "in northern Iraq": the phrase starting at
 * `offset` is a place here, not a participant. `apposition: false` for a phrase that cannot name a place (a role, a
 * group, a person): after "In the capital," it is the clause's subject ("In the capital, police arrested dozens").
 */
export function locativePrep(doc: AnalyzedText, offset: number, apposition = true): string | null {
  let i = tokenBefore(doc, offset);
  const sentence = i >= 0 ? doc.tokens[i].sentence : -1;
  const appositive = apposition ? placeNounApposition(doc, i) : null;
  if (appositive !== null) return appositive;
  // back over "the", a compass side and, a few words at most, what the place is like: "in neighboring Uganda", "in
  // war-torn Sudan", "in Russian-occupied Kherson"
  const floor = i - MAX_DESCRIBING_WORDS;
  while (i >= 0 && doc.tokens[i].sentence === sentence && (doc.tokens[i].lower === 'the' || compassSide(doc.tokens[i]) || i > floor && describesPlace(doc, i))) i--;
  if (i < 0 || doc.tokens[i].sentence !== sentence) return null;
  const w = doc.tokens[i].lower;
  // "close to Kharkiv", "next to the border": near it
  if (w === 'to' && NEAR_BEFORE_TO.has(doc.tokens[i - 1]?.lower ?? '')) return 'near';
  if (LOCATIVE.has(w)) return w;
  // "pulled out of Mosul", "drove the rebels out of Goma": the place left, as after "from"
  if (w === 'of' && i > 0 && doc.tokens[i - 1].lower === 'out') return 'from';
  // "north of Erbil", "the West Bank town of Tulkarm"
  return w === 'of' && i > 0 && (COMPASS.has(doc.tokens[i - 1].lower) || PLACE_NOUNS.has(doc.tokens[i - 1].lower) || PLACE_NOUNS.has(singular(doc.tokens[i - 1].lower))) ? 'of' : null;
}

/** "the towns of Rastan and Talbiseh", "the cities of Homs and Hama": a plural place noun names the places listed after "of". */
function singular(word: string): string {
  return word.endsWith('ies') ? `${word.slice(0, -3)}y` : word.endsWith('s') ? word.slice(0, -1) : word;
}

const MAX_DESCRIBING_WORDS = 4;
const NEAR_BEFORE_TO = new Set(['close', 'next']);

/** "in northern Iraq", and "in south London", "in west Mosul" where the tagger reads the side in lower case as an adverb or a noun. */
function compassSide(t: { pos: string; lower: string; text: string }): boolean {
  return COMPASS.has(t.lower) && (t.pos === 'ADJ' || t.text === t.lower && t.lower !== 'outskirts');
}
const COMPOUND_SIDE = /^(?:north|south)(?:east|west)ern$/;

/** A lower-case adjective ("neighboring", "nearby") or a part of a hyphenated one ("war - torn", "Russian - occupied"). */
function describesPlace(doc: AnalyzedText, i: number): boolean {
  const t = doc.tokens[i];
  const next = doc.tokens[i + 1];
  const prev = doc.tokens[i - 1];
  if (t.text === '-') return prev !== undefined && prev.end === t.start && next !== undefined && next.start === t.end;
  // the last part of a hyphenated word, or a lone lower-case adjective
  const joinedBefore = prev?.text === '-' && prev.end === t.start;
  const joinedAfter = next?.text === '-' && next.start === t.end;
  if (joinedAfter) return /^[A-Za-z]+$/.test(t.text);
  // (a compound compass side, "southwestern Niger", stays as it was read: the part of a country the target lies in)
  return t.text === t.lower && /^[a-z]+$/.test(t.text) && !COMPOUND_SIDE.test(t.text) && (t.pos === 'ADJ' || joinedBefore && (t.pos === 'VERB' || t.pos === 'NOUN'));
}

/**
 * "in the capital, Baghdad", "the streets of Haiti's capital, Port-au-Prince", "in the southern city, Nassiriya": a name
 * set off by a comma after a place noun is that place, and takes the noun's preposition ("in" when it has none).
 */
function placeNounApposition(doc: AnalyzedText, before: number): string | null {
  const tokens = doc.tokens;
  if (before < 1) return null;
  // ... or right after a settlement noun: "its capital Stepanakert", "the port city Hodeidah"
  const bare = tokens[before].text === tokens[before].lower && SETTLEMENT_NOUNS.has(tokens[before].lower);
  const comma = bare ? before + 1 : before;
  if (!bare && (tokens[comma].text !== ',' || !PLACE_NOUNS.has(tokens[comma - 1].lower) || tokens[comma - 1].lower === 'area')) return null;
  const sentence = tokens[comma - 1].sentence;
  let i = comma - 2;
  // back over the noun's modifiers: "the", "Haiti 's", "southern", "nation 's", "its", "port"
  while (i >= 0 && tokens[i].sentence === sentence && comma - i < 7 && (tokens[i].lower === 'the' || POSSESSIVE_PRONOUNS.has(tokens[i].lower) || tokens[i].pos === 'ADJ' || tokens[i].pos === 'PROPN' || /^['’]s$/.test(tokens[i].lower) || (tokens[i].pos === 'NOUN' && (/^['’]s$/.test(tokens[i + 1]?.lower ?? '') || SETTLEMENT_NOUNS.has(tokens[i].lower))))) i--;
  if (i < 0 || tokens[i].sentence !== sentence) return null;
  const w = tokens[i].lower;
  if (LOCATIVE.has(w)) return w;
  if (w === 'of' && i > 0 && (COMPASS.has(tokens[i - 1].lower) || PLACE_NOUNS.has(tokens[i - 1].lower))) return 'of';
  // "hit the southern city, Basra": the apposition names where it happened
  return SETTLEMENT_NOUNS.has(tokens[comma - 1].lower) ? 'in' : null;
}

const SETTLEMENT_NOUNS = new Set(['capital', 'city', 'town', 'village', 'port']);
const POSSESSIVE_PRONOUNS = new Set(['its', 'their', 'his', 'her']);
