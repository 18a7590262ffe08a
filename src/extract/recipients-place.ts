import type { ActorPhrase } from '../resolve/types.ts';
import type { SentenceContext } from './context.ts';
import type { Trigger } from './triggers.ts';
import { cuePhrases } from './cue-groups.ts';

export const RECIPIENTS_PLACE_RULE = 'roles:aid-recipients-place';
// the pattern's own word that names who receives: "delivered vaccines to", "an airlift for"
const RECEIVING = new Set(['to', 'for']);
const NOMINAL = new Set(['DET', 'ADJ', 'NUM', 'NOUN']);

/**
 * "delivered measles vaccines to children in Haiti", "sent food to families in Gaza": aid whose receivers are people
 * named by no actor (children, families, residents) but placed in a country or town goes to that place's people: the
 * place's country is the target. Only right after the pattern's receiving word, through a plain noun phrase, then
 * "in" and the place; null otherwise.
 */
export function recipientsPlace(ctx: SentenceContext, tr: Trigger): ActorPhrase | null {
  const t = ctx.doc.tokens;
  const last = tr.tokens[tr.tokens.length - 1];
  if (!RECEIVING.has(t[last].lower)) return null;
  let i = last + 1;
  const end = Math.min(ctx.sentence.tokenEnd, last + 8);
  while (i < end && NOMINAL.has(t[i].pos) && !ctx.phraseAt.has(i)) i++;
  if (i === last + 1 || i >= end || t[i].lower !== 'in' || t[i - 1].pos !== 'NOUN') return null;
  return countryAt(ctx, i + 1, 'actor:recipients-place-country');
}

export const SHELTER_PLACE_RULE = 'roles:shelter-sought-in-country';

/**
 * "applied for asylum in Germany", "sought political asylum in France": protection sought in a country is asked of
 * that country's state, the request's target where no addressee is named. The trigger's last word is a shelter noun
 * (data/lexicon/clause-cues.tsv "shelter") and "in" with a country or town follows it at once; null otherwise.
 */
export function shelterPlace(ctx: SentenceContext, tr: Trigger): ActorPhrase | null {
  const t = ctx.doc.tokens;
  const last = tr.tokens[tr.tokens.length - 1];
  if (!cuePhrases(ctx.kb.lexicon.clauseCues, 'shelter').has(t[last].lemma) || t[last + 1]?.lower !== 'in' || last + 2 >= ctx.sentence.tokenEnd) return null;
  return countryAt(ctx, last + 2, 'actor:shelter-place-country');
}

function countryAt(ctx: SentenceContext, i: number, rule: string): ActorPhrase | null {
  const t = ctx.doc.tokens;
  const place = ctx.places?.overlapping(t[i].start, t[i].end).find((x) => x.place.country && x.place.precision !== 'site');
  const country = place?.place.country;
  if (!place || !country) return null;
  const name = ctx.kb.countries.get(country)?.name ?? country;
  return { start: place.start, end: place.end, text: place.text, name, code: country, kind: 'country', plural: false, entry: null, locative: false, prep: null, rule };
}
