import type { Knowledge, PlaceEntry } from '../knowledge/types.ts';
import { normalizeName, type NormalizedText } from '../nlp/normalize.ts';
import type { AnalyzedText } from '../nlp/types.ts';
import type { PlaceMention } from './types.ts';
import { locativePrep } from './token-map.ts';
import { SpanIndex } from './span-index.ts';

const PLACE_NOUN_BEFORE = /\b(town|village|city|district|hamlet|settlement|port|camp)\s+of\s+$/i;

// "in March" is a month, not March in Cambridgeshire
const CALENDAR = /^(January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/**
 * Places named in the article: sites and countries from the gazetteer anywhere, GeoNames cities
 * only after a locative word ("in Kirkuk", "north of Erbil") since city names are often ordinary words.
 * Ambiguous city names go to the candidate in a country the article mentions ("Tripoli" in a Libya story).
 */
export function findPlaces(doc: AnalyzedText, normalized: NormalizedText, kb: Knowledge, contextCountries: Iterable<string> = []): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (const m of kb.places.findAll(doc.text, normalized)) {
    const place = m.values.find((v) => v.precision === 'site') ?? m.values[0];
    const prep = locativePrep(doc, m.start);
    out.push({ start: m.start, end: m.end, text: doc.text.slice(m.start, m.end), place, locative: prep !== null, prep });
  }
  const context = new Set<string | null>([...contextCountries, ...out.filter((p) => p.place.precision === 'country').map((p) => p.place.country)]);
  for (const p of out) if (p.place.country) context.add(p.place.country);
  const tokens = doc.tokens;
  const gazetteerIndex = new SpanIndex([...out]);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.pos !== 'PROPN' || !/^[A-Z]/.test(t.text) || CALENDAR.test(t.text) || gazetteerIndex.overlaps(t.start, t.end)) continue;
    // A city also stands where an object goes: "missiles hit Kyiv" (it then names the country as target).
    const prev = tokens[i - 1];
    const prep = locativePrep(doc, t.start);
    const locative = prep !== null;
    // after a verb, or "on"/"against" (a target): "shelled Kharkiv", "an offensive on Rafah"
    const afterVerb = prev !== undefined && prev.sentence === t.sentence && (prev.pos === 'VERB' || prev.lower === 'on' || prev.lower === 'against');
    // ... or a subject: "Kyiv was visited", "Kharkiv came under fire"
    const next = tokens[i + 1];
    const subject = (prev === undefined || prev.sentence !== t.sentence) && next !== undefined && (next.pos === 'AUX' || next.pos === 'VERB');
    if (!locative && !afterVerb && !subject) continue;
    let j = i;
    while (j + 1 < tokens.length && j - i < 3 && tokens[j + 1].pos === 'PROPN' && tokens[j + 1].sentence === t.sentence) j++;
    // Longest run of capitalised words that names a city: "Kafr Nabl" before "Kafr".
    let found = false;
    for (let k = j; k >= i; k--) {
      const text = doc.text.slice(t.start, tokens[k].end);
      // a sentence-initial capitalised word names a city only if it is a sizeable one: "Police said" is not Police, Poland
      const candidates = kb.cities(normalizeName(text)).filter((c) => locative || afterVerb || (c.population ?? 0) >= 100000);
      if (candidates.length === 0) continue;
      out.push({ start: t.start, end: tokens[k].end, text, place: pickCity(candidates, context), locative, prep });
      i = k;
      found = true;
      break;
    }
    // "the village of Neskuchne": named as a place but in no gazetteer — kept by name, without coordinates
    if (!found && prep === 'of' && PLACE_NOUN_BEFORE.test(doc.text.slice(Math.max(0, t.start - 30), t.start))) {
      const text = doc.text.slice(t.start, tokens[j].end);
      out.push({ start: t.start, end: tokens[j].end, text, place: { id: `unresolved:${normalizeName(text)}`, name: text, precision: 'city', country: null, lat: null, lon: null }, locative: true, prep });
      i = j;
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A candidate in a country the article mentions, else the most populous (candidates come sorted by population). */
function pickCity(candidates: readonly PlaceEntry[], context: ReadonlySet<string | null>): PlaceEntry {
  return candidates.find((c) => context.has(c.country)) ?? candidates[0];
}
