import type { SentenceContext } from '../extract/context.ts';
import type { ActorPhrase } from '../resolve/types.ts';
import { plainSpeaker } from './speaker-phrase.ts';

// what a trailing speaker may be made of: "officials", "local aid workers", "the state-run KBC", "police in Kano"
const SPEAKER_WORDS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'ADP']);
const NOMINAL = new Set(['NOUN', 'PROPN']);
const MAX_WORDS = 8;

/**
 * The speaker of a reporting verb that closes its sentence after a comma: "Gunmen stormed the church on Sunday,
 * killing three, witnesses said"; "... when militants attacked a military base near the capital, officials say";
 * "Rebels shelled the airport, aid workers in Goma say". The phrase between the comma and the verb is the
 * speaker (an actor phrase that starts there, else the words themselves), whatever the word-level subject search
 * makes of the comma. Null when the words there are not a noun phrase ("..., it said", "..., as he said").
 */
export function trailingSpeaker(ctx: SentenceContext, verb: number): { speaker: ActorPhrase; comma: number } | null {
  const t = ctx.doc.tokens;
  let last = verb - 1;
  // "..., officials also said", "..., officials have said"
  while (last > ctx.sentence.tokenStart && (t[last].pos === 'ADV' || t[last].pos === 'AUX')) last--;
  let comma = last;
  while (comma > ctx.sentence.tokenStart && t[comma].text !== ',' && last - comma < MAX_WORDS) {
    const x = t[comma];
    // "the state-run KBC": a hyphen and the participle after it belong to the name
    const compound = x.text === '-' || t[comma - 1]?.text === '-';
    if (!SPEAKER_WORDS.has(x.pos) && !compound) return null;
    comma--;
  }
  if (t[comma].text !== ',' || comma === last) return null;
  const words = t.slice(comma + 1, last + 1);
  if (!NOMINAL.has(t[last].pos) || words[0].pos === 'ADP') return null;
  const phrase = ctx.phraseAt.get(comma + 1);
  const speaker = phrase && phrase.start === t[comma + 1].start ? phrase : plainSpeaker(t, comma + 1, last + 1);
  return { speaker, comma };
}
