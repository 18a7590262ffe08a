import type { AnalyzedText } from '../nlp/types.ts';
import { normalizeName } from '../nlp/normalize.ts';
import type { PlaceMention } from './types.ts';

// A site the news names by description — "staged a sit-in at the airport", "rallied outside parliament", "a blast at
// the main police station" — is where an event happened when its sentence names no place by name
// (data/lexicon/site-nouns.tsv; src/core/event-place.ts uses one only then, and only one hanging on the trigger).
// It has no coordinates; its country is the story's. Rule: place:site-phrase.
const SITE_PREPS = new Set(['at', 'outside', 'inside', 'near', 'in']);
const MODIFIER_POS = new Set(['ADJ', 'NOUN', 'PROPN']);
const MAX_MODIFIERS = 3;

export function sitePhrases(doc: AnalyzedText, nouns: ReadonlyMap<string, boolean>, country: string | null): PlaceMention[] {
  const out: PlaceMention[] = [];
  const tokens = doc.tokens;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!SITE_PREPS.has(tokens[i].lower)) continue;
    const sentence = tokens[i].sentence;
    let j = i + 1;
    const definite = tokens[j]?.lower === 'the';
    if (definite) j++;
    // the noun phrase: up to three modifiers, then the site noun as its last noun ("the main police station")
    let k = j;
    while (k < tokens.length && k - j <= MAX_MODIFIERS && tokens[k].sentence === sentence && MODIFIER_POS.has(tokens[k].pos)) k++;
    const head = k - 1;
    if (head < j || !nouns.has(tokens[head].lower)) continue;
    if (!definite && !(head === j && nouns.get(tokens[head].lower))) continue;
    const start = tokens[definite ? j - 1 : j].start;
    const end = tokens[head].end;
    const text = doc.text.slice(start, end);
    out.push({ start, end, text, place: { id: `site-phrase:${normalizeName(text)}`, name: text, precision: 'site', country, lat: null, lon: null }, locative: true, prep: tokens[i].lower, rule: 'place:site-phrase' });
    i = head;
  }
  return out;
}
