import type { AnalyzedText } from '../nlp/types.ts';
import type { ActorPhrase } from './types.ts';
import { tokenAt } from './token-map.ts';

export const TRAILING_SPEAKER_OWNER_RULE = 'anaphor:trailing-speaker-owner';

// what may stand between the speaker and the end of its sentence: "said on Monday", "said in a statement"
const AFTER_VERB = new Set(['ADV', 'ADP', 'DET', 'NOUN', 'PROPN', 'NUM', 'ADJ', 'PUNCT']);
// words of a speaker before its phrase: "the", "Israel's"
const BEFORE_SPEAKER = new Set(['DET', 'PROPN', 'PART', 'ADJ']);
const APPOSITION_TAIL = /^\s*(\([^()]{1,12}\)\s*)?,\s*(?=\S)/;

/**
 * "Two of its warplanes bombed the village, the Israeli army said", "Its forces downed 40 drones overnight, Ukraine's
 * air force said": a possessive in the sentence's first clause, with no phrase before it, belongs to the coded speaker that
 * closes the sentence after a comma (its verb one of reporting, nothing but a time or setting after it). The speaker
 * phrase, or undefined.
 */
export function trailingSpeakerOwner(doc: AnalyzedText, ordered: readonly ActorPhrase[], i: number, isReporting: (lemma: string) => boolean): ActorPhrase | undefined {
  const p = ordered[i];
  const first = tokenAt(doc, p.start);
  const sentence = doc.tokens[first]?.sentence;
  if (sentence === undefined || ordered.slice(0, i).some((o) => !o.locative && doc.tokens[tokenAt(doc, o.start)]?.sentence === sentence)) return undefined;
  for (const q of ordered.slice(i + 1)) {
    const start = tokenAt(doc, q.start);
    if (doc.tokens[start]?.sentence !== sentence) return undefined;
    if (q.locative || q.kind === 'anaphor' || q.code === null) continue;
    let before = start - 1;
    while (before > first && BEFORE_SPEAKER.has(doc.tokens[before].pos) && doc.tokens[before].text !== ',') before--;
    if (doc.tokens[before]?.text !== ',') continue;
    let verb = tokenAt(doc, q.end - 1) + 1;
    // ("..., the group, Jama'at Nusrat al-Islam wal-Muslimin (JNIM), said": a name in apposition, its acronym after it)
    const tail = APPOSITION_TAIL.exec(doc.text.slice(q.end, q.end + 24));
    if (tail) verb = tokenAt(doc, q.end + tail[0].length);
    while (doc.tokens[verb]?.pos === 'ADV' || doc.tokens[verb]?.pos === 'AUX') verb++;
    const t = doc.tokens[verb];
    if (!t || t.sentence !== sentence || t.pos !== 'VERB' || !isReporting(t.lemma)) continue;
    let end = verb + 1;
    while (doc.tokens[end]?.sentence === sentence && AFTER_VERB.has(doc.tokens[end].pos) && doc.tokens[end].text !== ',') end++;
    if (doc.tokens[end]?.sentence === sentence) continue;
    return q;
  }
  return undefined;
}
