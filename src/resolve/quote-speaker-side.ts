import type { AnalyzedText } from '../nlp/types.ts';
import type { ActorPhrase } from './types.ts';
import { tokenAt } from './token-map.ts';

// third-person pronouns: who the speaker of a quote is not ("I", "we" are: core/claims.ts withSpeaker)
const THIRD_PERSON = /^(he|him|his|she|her|they|them|their)$/i;
// a subject: the doer the quote tells of
const NOMINATIVE = /^(he|she|they)$/i;
// between a quote's closing mark and its speaker: ',"' and the like ('," one woman said', '," Mwangi told the committee')
const RIGHT_AFTER = /^[\s,.!?"”’']*(?:(?:one|a|an|the|another)\s+)?$/i;

/** A rights group, monitor or intergovernmental body ("Amnesty International", "the UN", "the rights group"). */
export const gathersTestimony = (p: ActorPhrase) => p.entry?.role === 'NGO' || p.entry?.role === 'IGO' || /^IGO/.test(p.code ?? '') || p.kind === 'role' && p.roleCode === 'NGO';
const civilian = (p: ActorPhrase) => /CVL$/.test(p.code ?? '') || p.roleCode === 'CVL';
// the last word of a phrase when it is a name's ("Mwangi" of "Retired commander Peter Mwangi")
const surname = (p: ActorPhrase) => { const last = p.text.split(/\s+/).pop() ?? ''; return /^\p{Lu}\p{Ll}/u.test(last) ? last : null; };

/**
 * "'He told me to use live bullets,' Mwangi told the committee", "'They took my husband and killed them,' one woman
 * said": a third-person pronoun in a quote never means its speaker, who speaks of himself as "I" (nor anyone named as
 * the speaker: "Peter Mwangi" before "Mwangi"); and a civilian's quote tells of what others did to her side, so its
 * subject pronoun ("they took", "he shot") is no civilian the story named (the woman's own people are "we"): it goes on
 * to the doers named before. True when `target`, outside the quote, is such a phrase for pronoun `p`.
 */
export function speakersOwnSide(doc: AnalyzedText, ordered: readonly ActorPhrase[], p: ActorPhrase, quote: { readonly end: number }, target: ActorPhrase): boolean {
  if (!THIRD_PERSON.test(p.text)) return false;
  const sentence = doc.tokens[tokenAt(doc, p.start)]?.sentence;
  const speaker = ordered.find((q) => q.start >= quote.end && doc.tokens[tokenAt(doc, q.start)]?.sentence === sentence && !q.locative && RIGHT_AFTER.test(doc.text.slice(quote.end, q.start)));
  if (!speaker || speaker.kind === 'anaphor' && THIRD_PERSON.test(speaker.text)) return false;
  if (target === speaker || surname(speaker) !== null && surname(target) === surname(speaker)) return true;
  return NOMINATIVE.test(p.text) && civilian(speaker) && civilian(target);
}
