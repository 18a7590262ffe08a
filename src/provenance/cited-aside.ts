import type { SentenceContext } from '../extract/context.ts';
import { firstToken } from '../extract/roles.ts';
import type { ActorPhrase } from '../resolve/types.ts';
import { plainSpeaker } from './speaker-phrase.ts';

const NOMINAL = new Set(['NOUN', 'PROPN']);

/**
 * provenance:cited-aside. An aside set off by commas and opened by a participle, between a speaker and its reporting
 * verb, names whom the speaker cites, not who reports: "The Daily Star, citing the Free Lebanon activist group,
 * reported that ...", "Reuters, quoting two police officers, said ...". When the subject search lands inside such an
 * aside, the speaker is the phrase that ends right before it (else the words from the sentence's start to it).
 * Returns the phrase found when there is no aside.
 */
export function speakerBeforeAside(ctx: SentenceContext, found: ActorPhrase | null, verb: number): { speaker: ActorPhrase | null; aside: boolean } {
  const t = ctx.doc.tokens;
  const start = ctx.sentence.tokenStart;
  if (!found) return { speaker: found, aside: false };
  let close = verb - 1;
  while (close > start && (t[close].pos === 'ADV' || t[close].pos === 'AUX')) close--;
  if (t[close].text !== ',') return { speaker: found, aside: false };
  let open = close - 1;
  while (open > start && t[open].text !== ',') open--;
  const participle = t[open + 1];
  if (t[open].text !== ',' || !participle || participle.pos !== 'VERB' || !participle.lower.endsWith('ing')) return { speaker: found, aside: false };
  if (firstToken(ctx, found) <= open) return { speaker: found, aside: false };
  const last = open - 1;
  if (last < start || !NOMINAL.has(t[last].pos)) return { speaker: null, aside: true };
  const phrase = ctx.phraseAt.get(last);
  if (phrase && phrase.end === t[last].end) return { speaker: phrase, aside: true };
  // no actor phrase there ("The New York Times" is no actor): the words from the sentence's start, a noun phrase
  const words = t.slice(start, open);
  return { speaker: words.every((x) => NOMINAL.has(x.pos) || x.pos === 'DET' || x.pos === 'ADJ' || x.pos === 'PUNCT' && x.text !== ',') ? plainSpeaker(t, start, open) : null, aside: true };
}
