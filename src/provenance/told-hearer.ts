import type { SentenceContext } from '../extract/context.ts';
import type { ActorPhrase } from '../resolve/types.ts';
import { plainSpeaker } from './speaker-phrase.ts';
import { baseForms } from '../extract/morphology.ts';

// how many words "by" may take to name the teller: "by a senior police officer"
const MAX_AGENT_WORDS = 5;

export const TOLD_BY = 'provenance:told-by';

/**
 * "The mayor said he had been told (by police) that gunmen attacked the market": the subject of a passive verb of
 * telling (data/lexicon/telling-verbs.tsv) heard the news and is no source. The teller after "by" says it; with none
 * named, `teller` is null and whoever reports the hearing (the outer frame) stays the source. Null when the verb at
 * `i` is no passive of telling.
 */
export function toldHearer(ctx: SentenceContext, i: number): { teller: ActorPhrase | null } | null {
  const t = ctx.doc.tokens;
  if (!isTelling(ctx, i)) return null;
  if (auxiliaryBefore(ctx, i) !== 'be' || t[i].lower === 'telling') return null;
  if (t[i + 1]?.lower !== 'by') return { teller: null };
  const from = i + 2;
  let to = from;
  while (to < ctx.sentence.tokenEnd && to < from + MAX_AGENT_WORDS && t[to].lower !== 'that' && t[to].pos !== 'PUNCT' && t[to].pos !== 'VERB' && t[to].pos !== 'AUX') to++;
  if (to === from) return { teller: null };
  const phrase = ctx.phraseAt.get(from) ?? ctx.phraseAt.get(from + 1);
  return { teller: phrase && phrase.end <= t[to - 1].end ? phrase : plainSpeaker(t, from, to) };
}

/** One of the token's base forms is a verb of telling ("informed", "notified", "told"). */
const isTelling = (ctx: SentenceContext, i: number) => baseForms(ctx.doc.tokens[i]).some((b) => ctx.kb.lexicon.tellingVerbs?.has(b) ?? false);

/** The lemma of the auxiliary right before the verb, adverbs passed over ("had informed", "was quickly told"). */
function auxiliaryBefore(ctx: SentenceContext, i: number): string | null {
  const t = ctx.doc.tokens;
  let k = i - 1;
  while (k > ctx.sentence.tokenStart && t[k].pos === 'ADV') k--;
  return t[k] && (t[k].lemma === 'be' || t[k].lemma === 'have') ? t[k].lemma : null;
}

/** "police had informed him that": a verb of telling after an auxiliary, which the tagger may read as an adjective. */
export const tellingAfterAuxiliary = (ctx: SentenceContext, i: number) => /ed$/.test(ctx.doc.tokens[i].lower) && isTelling(ctx, i) && auxiliaryBefore(ctx, i) !== null;
