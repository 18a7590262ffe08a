import type { AnalyzedText } from '../nlp/types.ts';
import { PERSON_SHAPE } from './later-mentions.ts';
import { withoutNicknameQuotes } from '../nlp/nickname-quotes.ts';

/**
 * "the main opposition leader, Nika Melia, … officers dragging Melia from the building": the last word of a
 * person-shaped run of two or three names is a surname, and a later bare use of it names that person, no town of
 * the same name. Returns each such surname with the offset where its full name ends. Runs that name a place as a
 * whole ("Kafr Nabl", "New York", `isPlace`) or open with a place word ("Mount Sinjar", `placeWords`) are no names.
 */
export function introducedSurnames(doc: AnalyzedText, isPlace: (text: string) => boolean, placeWords: ReadonlySet<string>): ReadonlyMap<string, number> {
  const out = new Map<string, number>();
  const tokens = doc.tokens;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i].pos !== 'PROPN' || tokens[i + 1].pos !== 'PROPN' || tokens[i + 1].sentence !== tokens[i].sentence) continue;
    // "Maj. Gen. Juan Santos", "Lt. Col. Ana Ruiz": an abbreviated title opens no name, the name starts after it
    if (tokens[i].text.endsWith('.')) continue;
    let j = i + 1;
    if (j + 1 < tokens.length && tokens[j + 1].pos === 'PROPN' && tokens[j + 1].sentence === tokens[i].sentence) j++;
    // a longer run is an organisation's or a place's name, no person's
    if (j + 1 < tokens.length && tokens[j + 1].pos === 'PROPN' && tokens[j + 1].sentence === tokens[i].sentence) { i = j + 1; continue; }
    const text = withoutNicknameQuotes(doc.text.slice(tokens[i].start, tokens[j].end));
    const surname = tokens[j].text;
    if (PERSON_SHAPE.test(text) && !placeWords.has(tokens[i].lower) && !isPlace(text) && !out.has(surname)) out.set(surname, tokens[j].end);
    i = j;
  }
  return out;
}
