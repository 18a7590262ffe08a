import type { ActorPhrase } from '../resolve/types.ts';
import type { SentenceContext } from './context.ts';
import type { Trigger } from './triggers.ts';
import { isSayingVehicle } from './pattern-own-roles.ts';

export const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
// acts done by saying or meeting: a person's possessive owns them ("his appeal", "her visit", "his threat")
const SAID_TYPES = new Set(['REQUEST', 'ACCUSE', 'REJECT', 'THREATEN', 'AGREE', 'CONSULT', 'SUPPORT']);

/**
 * The actor an event noun's modifier names: "Russian strikes", "the rebels' attack", "its offensive". Adjectives,
 * numbers and a possessive "'s" between are skipped. Null for a place, a pronoun that does not own the act, or the
 * possessor of an undergone act.
 */
export function modifierActor(ctx: SentenceContext, tr: Trigger, type: string): ActorPhrase | null {
  const t = ctx.doc.tokens;
  let i = tr.start - 1;
  while (i >= ctx.sentence.tokenStart && (t[i].pos === 'ADJ' || t[i].pos === 'NUM' || /^[’']s?$/.test(t[i].lower) || t[i].text === '-')) i--;
  const modifier = ctx.phraseAt.get(i);
  // "its offensive": a group's or state's determiner owns its act; "renewed his appeal", "her visit": a person's
  // owns a said act or a meeting ("his arrest", "her release" name whom the act lands on); "said in his latest
  // broadside": the noun is how the speaker said it, not a second act
  const determiner = modifier?.kind === 'anaphor' && POSSESSIVE_DETERMINERS.has(modifier.text.toLowerCase());
  const owns = determiner && (/^(its|their)$/i.test(modifier.text) || SAID_TYPES.has(type) && !isSayingVehicle(ctx, tr.head));
  // "Navalny's arrest": the possessor of an undergone act undergoes it (data/lexicon/undergone-acts.tsv), unless
  // an "of" follows with whom it lands on ("Egypt's arrest of the activist")
  const undergoer = ctx.kb.lexicon.undergoneActs.has(t[tr.head].lemma) && t.slice(i + 1, tr.start).some((x) => /^[’']s$/.test(x.lower)) && t[tr.end]?.lower !== 'of';
  return modifier && !modifier.locative && !undergoer && (modifier.kind !== 'anaphor' || owns) ? modifier : null;
}

/**
 * "Trump said in his latest broadside against Amazon": a said act's noun, owned by the speaker's own possessive and
 * carrying the saying ("said in"), is how the speaker said it: no second act beside the one the story tells.
 */
export function speakersVehicle(ctx: SentenceContext, tr: Trigger, type: string): boolean {
  if (!SAID_TYPES.has(type) || !isSayingVehicle(ctx, tr.head)) return false;
  const t = ctx.doc.tokens;
  let i = tr.start - 1;
  while (i >= ctx.sentence.tokenStart && (t[i].pos === 'ADJ' || t[i].pos === 'NUM')) i--;
  return i >= ctx.sentence.tokenStart && POSSESSIVE_DETERMINERS.has(t[i].lower);
}
