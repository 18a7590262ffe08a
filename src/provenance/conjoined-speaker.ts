import type { SentenceContext } from '../extract/context.ts';
import { participantsAt } from '../extract/tree-roles/participants.ts';
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
  // the subject as the tree reads a participant: "None of the parties revealed … but said" → the parties (a parse may
  // hang "None" and "parties" both as subjects: the first that names someone)
  for (const subject of view.childrenWith(view.head(verb), 'nsubj')) {
    const phrase = ctx.phraseAt.get(subject) ?? participantsAt(view, ctx, subject).phrases[0];
    if (phrase) return phrase;
  }
  return null;
}
