import type { Sentence } from '../nlp/types.ts';
import type { PlaceMention } from '../resolve/types.ts';
import { spokenFrom } from './speech-opener-place.ts';
import { isMeetingBuilding } from '../resolve/meeting-venue.ts';

// "In August near Kabul, three attacks left 35 dead. One of the attacks killed a soldier. Another killed three
// contractors.": a paragraph that opens with its setting places the sentences after it that name no place, as
// it dates them (resolve/article-dates.ts `carried`). Only within the paragraph, through at most a few
// sentences that name no place, and only from a sentence that names one place (two leave it open).

const REACH = 3;

const placesIn = (places: readonly PlaceMention[], s: Sentence) => places.filter((p) => p.start >= s.start && p.end <= s.end);
const sameParagraph = (text: string, a: Sentence, b: Sentence) => !/\n\s*\n/.test(text.slice(a.end, b.start));

/** The one place below country the paragraph's earlier sentence states, for a sentence that states none; else null. */
export function paragraphPlace(sentences: readonly Sentence[], index: number, text: string, places: readonly PlaceMention[]): PlaceMention | null {
  if (placesIn(places, sentences[index]).length > 0) return null;
  for (let k = index - 1; k >= Math.max(0, index - REACH); k--) {
    if (!sameParagraph(text, sentences[k], sentences[k + 1])) return null;
    const here = placesIn(places, sentences[k]);
    if (here.length === 0) continue;
    // ("Speaking to reporters in Paris, the minister condemned ...": where someone spoke is no scene the next act goes on in)
    // ... nor the building a meeting was held in ("met Macron at the Elysee Palace")
    const local = here.filter((p) => p.locative && p.place.precision !== 'country' && !spokenFrom(text, p) && !isMeetingBuilding(p));
    return here.length === 1 && local.length === 1 ? local[0] : null;
  }
  return null;
}
