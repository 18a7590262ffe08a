import type { PlaceEntry } from '../knowledge/types.ts';
import { normalizeName } from '../nlp/normalize.ts';
import type { AnalyzedText } from '../nlp/types.ts';
import type { PlaceMention } from './types.ts';
import { locativePrep } from './token-map.ts';
import { SpanIndex } from './span-index.ts';

// "the Zorbak Tala district", "Qarabel-e-Sufla district", "Warmaki province": the noun after a name says it is a
// division of a country (rule place:named-division)
const DIVISION_AFTER = /^\s+(?:district|province|county|governorate|prefecture|municipality|sub-district|subdistrict)\b/i;
const CALENDAR = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
const MAX_WORDS = 4;
// made once: a regex literal inside nameWord made a new RegExp object for every word of every article
const CAPITALISED = /^\p{Lu}/u;

/**
 * A name no gazetteer knows, which the text calls a district or a province ("stormed the Zorbak Tala district
 * center"), is a place by its name, without coordinates; later bare mentions of the same name are that place
 * ("troops later recaptured Zorbak Tala"). `known` are the places found so far: a name
 * they cover is theirs.
 */
export function namedDivisions(doc: AnalyzedText, known: readonly PlaceMention[]): PlaceMention[] {
  const tokens = doc.tokens;
  const index = new SpanIndex([...known]);
  const names = new Map<string, PlaceEntry>();
  for (let i = 0; i < tokens.length; i++) {
    if (!nameWord(doc, i) || nameWord(doc, i - 1) && tokens[i - 1].sentence === tokens[i].sentence) continue;
    const j = runEnd(doc, i);
    const [start, end] = [tokens[i].start, tokens[j].end];
    if (index.overlaps(start, end) || !DIVISION_AFTER.test(doc.text.slice(end, end + 20))) continue;
    const text = doc.text.slice(start, end);
    names.set(text, { id: `named-division:${normalizeName(text)}`, name: text, precision: 'region', country: null, lat: null, lon: null });
  }
  if (names.size === 0) return [];
  // every mention of a division's name, the one before the noun and the bare ones after it
  const out: PlaceMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!nameWord(doc, i) || nameWord(doc, i - 1) && tokens[i - 1].sentence === tokens[i].sentence) continue;
    const j = runEnd(doc, i);
    const [start, end] = [tokens[i].start, tokens[j].end];
    const place = names.get(doc.text.slice(start, end));
    if (!place || index.overlaps(start, end)) continue;
    const prep = locativePrep(doc, start);
    out.push({ start, end, text: place.name, place, locative: prep !== null, prep, rule: 'place:named-division' });
    i = j;
  }
  return out;
}

/** A capitalised word that may be part of a place's name: a proper noun, or a noun capitalised inside a sentence ("Day"). */
function nameWord(doc: AnalyzedText, i: number): boolean {
  const t = doc.tokens[i];
  if (t === undefined || !CAPITALISED.test(t.text) || CALENDAR.test(t.text)) return false;
  return t.pos === 'PROPN' || t.pos === 'NOUN' && doc.sentences[t.sentence].tokenStart !== i;
}

/** The last token of the name that starts at `i`: proper nouns of one sentence, joined by hyphens ("Qarabel-e-Sufla"). */
function runEnd(doc: AnalyzedText, i: number): number {
  const tokens = doc.tokens;
  let j = i;
  for (let words = 1; j + 1 < tokens.length && tokens[j + 1].sentence === tokens[i].sentence; j++) {
    const next = tokens[j + 1];
    const hyphen = next.start === tokens[j].end && (next.text === '-' || tokens[j].text === '-');
    if (!hyphen && (!nameWord(doc, j + 1) || ++words > MAX_WORDS)) break;
  }
  while (j > i && tokens[j].text === '-') j--;
  return j;
}
