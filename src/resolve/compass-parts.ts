import type { PlaceEntry } from '../knowledge/types.ts';
import type { PlaceMention } from './types.ts';

// "attacked a police station in the northwest", "killed 12 villagers in the north of the country", "in the country's
// east", "in northern parts of the country", "in the centre of the country": a part of the story's country named by its compass side alone. The act
// happened in that country, somewhere the gazetteer has no entry for: not at the dateline city, not in the capital.
// A side of a named place ("in northern Syria", "north of Kabul", "in the north of Mali") is read by the gazetteer.
const SIDE = String.raw`(?:[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est)(?:-?(?:[Ee]ast|[Ww]est))?(?:ern)?`;
const COMPASS_PART = new RegExp(String.raw`\b(?:in|across|throughout)\s+(?:the\s+)?(?:(?:country|nation)['’]s\s+)?(?:far\s+)?${SIDE}`
  + String.raw`(?:\s+(?:parts?|regions?|areas?))?(?:\s+of\s+the\s+(?:country|nation))?`
  // not a side of what follows: a name, or a place noun ("the northern town of", "the eastern province")
  + String.raw`(?![\w-]|\s+(?:of\s+)?\p{Lu}|\s+(?:province|state|district|county|city|town|village|region|border|coast|suburbs?|outskirts|parts?|areas?|of)\b)`, 'gu');
// "sent troops to the north of the country", "moved into the country's northeast": a part moved to, its side in lower
// case only ("turned to the West" is the West's states, no part of the country)
const DESTINATION_PART = new RegExp(String.raw`\b(?:to|into|towards?)\s+the\s+(?:(?:country|nation)['’]s\s+)?(?:far\s+)?(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?`
  + String.raw`(?:\s+(?:parts?|regions?))?(?:\s+of\s+the\s+(?:country|nation))?`
  + String.raw`(?![\w-]|\s+(?:of\s+)?\p{Lu}|\s+(?:province|state|district|county|city|town|village|region|border|coast|suburbs?|outskirts|parts?|areas?|of)\b)`, 'gu');
// "in the centre of the country", "in the country's center", "in central parts of the nation": the middle, said only
// with the country ("in the center" alone is often a building: a detention center)
const CENTRE_PART = new RegExp(String.raw`\b(?:in|across|throughout)\s+(?:the\s+(?:country|nation)['’]s\s+cent(?:er|re)|the\s+cent(?:er|re)\s+of\s+the\s+(?:country|nation)|central\s+(?:parts?|regions?|areas?)\s+of\s+the\s+(?:country|nation))\b`, 'g');

/**
 * The compass-side parts of `country` the sentence [start, end) names, as place mentions of that country
 * (rule place:compass-part-of-country); none without a country.
 */
export function compassParts(text: string, sentence: { start: number; end: number }, country: PlaceEntry | null): PlaceMention[] {
  if (!country) return [];
  const out: PlaceMention[] = [];
  const said = text.slice(sentence.start, sentence.end);
  for (const m of [...said.matchAll(COMPASS_PART), ...said.matchAll(CENTRE_PART), ...said.matchAll(DESTINATION_PART)]) {
    const words = m[0].replace(/^\S+\s+/, '');
    const start = sentence.start + m.index + m[0].length - words.length;
    out.push({ start, end: start + words.length, text: words, place: country, locative: true, prep: m[0].split(/\s/)[0].toLowerCase(), rule: 'place:compass-part-of-country' });
  }
  return out;
}
