import type { Knowledge, PlaceEntry } from '../knowledge/types.ts';
import { normalizeName } from '../nlp/normalize.ts';
import type { AnalyzedText } from '../nlp/types.ts';
import type { PlaceMention } from './types.ts';

// "Moscow police detained 30 protesters", "Istanbul prosecutors charged the mayor", "Lagos's governor imposed a curfew",
// "the mayor of Kharkiv said missiles struck two blocks": a sizeable town's name before (or after "of") one of its own
// bodies (data/lexicon/town-bodies.tsv) says where the body sits, and so where its act, or the act it reports (it speaks
// of its own town), happened when nothing else places it. The name is no place of its own there (it is part of the actor),
// so the mention is only offered for that (core/event-place.ts), marked inferred: two acts of one town's police are not
// one act for sharing it (coreference reads only stated places).

/** A town named with one of its bodies, and where the body's words start and end (town and body together span both). */
export interface TownBody {
  readonly town: PlaceMention;
  readonly bodyEnd: number;
  /** Where the body's words start, when they come before the town ("the mayor of Kharkiv"). */
  readonly bodyStart?: number;
}

// a town big enough to have bodies named after it in the news, and whose name is seldom anything else
const MIN_POPULATION = 100_000;
const MAX_NAME_WORDS = 3;
const CAPITALISED = /^\p{Lu}/u;
const BETWEEN = new Set(['city', 'state', 'provincial', 'regional', 'municipal', 'district', 'chief', 'public', 'riot', 'traffic', 'metropolitan', 'local']);

// read once per text (the actors' town officials, the story's places and the event's place all ask)
const READ = new WeakMap<AnalyzedText, { kb: Knowledge; bodies: readonly TownBody[] }>();
export function townBodies(doc: AnalyzedText, kb: Knowledge): readonly TownBody[] {
  let read = READ.get(doc);
  if (read?.kb !== kb) READ.set(doc, (read = { kb, bodies: findTownBodies(doc, kb) }));
  return read.bodies;
}

// the first words of the bodies of two words or more ("police chief"): a pair of lemmas is joined and looked up only
// after one of them, not after every word of the article
const FIRST_WORDS = new WeakMap<ReadonlySet<string>, ReadonlySet<string>>();
function firstWordsOf(nouns: ReadonlySet<string>): ReadonlySet<string> {
  let first = FIRST_WORDS.get(nouns);
  if (!first) {
    const words = new Set<string>();
    for (const n of nouns) if (n.includes(' ')) words.add(n.slice(0, n.indexOf(' ')));
    FIRST_WORDS.set(nouns, (first = words));
  }
  return first;
}

function findTownBodies(doc: AnalyzedText, kb: Knowledge): TownBody[] {
  const nouns = kb.lexicon.townBodies;
  if (nouns.size === 0) return [];
  const firstWords = firstWordsOf(nouns);
  const tokens = doc.tokens;
  const out: TownBody[] = [];
  for (let k = 1; k < tokens.length; k++) {
    const lemma = tokens[k].lemma;
    // (a lemma with a space of its own is joined as before)
    const pairs = k + 1 < tokens.length && (firstWords.has(lemma) || lemma.includes(' '));
    const bodyLast = pairs && nouns.has(`${lemma} ${tokens[k + 1].lemma}`) ? k + 1 : nouns.has(lemma) || nouns.has(tokens[k].lower) ? k : -1;
    if (bodyLast < 0) continue;
    // "the mayor of Kharkiv", "the police of Lagos": the town after the body's "of"
    const after = tokens[bodyLast + 1]?.lower === 'of' && tokens[bodyLast + 1].sentence === tokens[k].sentence ? townAfter(doc, kb, bodyLast + 2) : null;
    if (after) out.push({ town: after, bodyStart: tokens[k].start, bodyEnd: tokens[bodyLast].end });
    // back over describing words ("city", "chief") and a possessive ("Istanbul's chief prosecutor")
    let end = k - 1;
    while (end >= 0 && tokens[end].sentence === tokens[k].sentence && BETWEEN.has(tokens[end].lower)) end--;
    if (end >= 0 && (tokens[end].text === "'s" || tokens[end].text === '’s')) end--;
    if (end < 0 || tokens[end].sentence !== tokens[k].sentence || !CAPITALISED.test(tokens[end].text)) continue;
    const town = longestTown(doc, kb, end);
    if (town) out.push({ town, bodyEnd: tokens[bodyLast].end });
  }
  return out;
}

/** The capitalised run ending at token `end` (at most three words) that names a sizeable town, its most populous reading. */
function longestTown(doc: AnalyzedText, kb: Knowledge, end: number): PlaceMention | null {
  for (let start = Math.max(0, end - MAX_NAME_WORDS + 1); start <= end; start++) {
    const town = townOf(doc, kb, start, end);
    if (town) return town;
  }
  return null;
}

/** The capitalised run starting at token `start` (at most three words, the longest first) that names a sizeable town. */
function townAfter(doc: AnalyzedText, kb: Knowledge, start: number): PlaceMention | null {
  for (let end = Math.min(doc.tokens.length - 1, start + MAX_NAME_WORDS - 1); end >= start; end--) {
    const town = townOf(doc, kb, start, end);
    if (town) return town;
  }
  return null;
}

/** Tokens `start` to `end`, capitalised and of one sentence, name a sizeable town: that mention, its most populous reading. */
function townOf(doc: AnalyzedText, kb: Knowledge, start: number, end: number): PlaceMention | null {
  const tokens = doc.tokens;
  if (start >= tokens.length || tokens.slice(start, end + 1).some((t) => !CAPITALISED.test(t.text) || t.sentence !== tokens[end].sentence)) return null;
  const text = doc.text.slice(tokens[start].start, tokens[end].end);
  // a country or a people's word names no town ("Turkish police", "Hong Kong police"), nor does an armed group's name
  if (kb.actors.lookup(text).some((a) => a.kind !== 'metonym')) return null;
  const town = kb.cities(normalizeName(text)).find((c: PlaceEntry) => (c.population ?? 0) >= MIN_POPULATION);
  return town ? { start: tokens[start].start, end: tokens[end].end, text, place: town, locative: false, prep: null, rule: 'place:town-body' } : null;
}
