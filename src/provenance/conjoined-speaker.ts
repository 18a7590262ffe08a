import type { SentenceContext } from '../extract/context.ts';
import type { ActorPhrase } from '../resolve/types.ts';

/**
 * "Maduro accused the opposition of plotting a coup and said he had ordered ...", "The minister met the envoy and
 * told reporters ...": a reporting verb right after "and" (or "but") with no subject of its own shares the subject
 * of the verb it is joined to, read off the tree. The word window's nearest phrase before the verb is the first
 * verb's object there, never the speaker.
 */
export function conjoinedSpeaker(ctx: SentenceContext, verb: number): ActorPhrase | null {
  const t = ctx.doc.tokens;
  let k = verb - 1;
  while (k > ctx.sentence.tokenStart && (t[k].pos === 'ADV' || t[k].pos === 'AUX')) k--;
  if (t[k]?.pos !== 'CCONJ') return null;
  const view = ctx.tree();
  if (view.base(verb) !== 'conj' || view.childrenWith(verb, 'nsubj', 'nsubj:pass').length > 0) return null;
  const subject = view.childrenWith(view.head(verb), 'nsubj')[0];
  return subject === undefined ? null : ctx.phraseAt.get(subject) ?? null;
}
