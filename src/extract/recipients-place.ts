import type { ActorPhrase } from '../resolve/types.ts';
import type { SentenceContext } from './context.ts';
import type { Trigger } from './triggers.ts';

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
  const place = ctx.places?.overlapping(t[i + 1].start, t[i + 1].end).find((x) => x.place.country && x.place.precision !== 'site');
  const country = place?.place.country;
  if (!place || !country) return null;
  const name = ctx.kb.countries.get(country)?.name ?? country;
  return { start: place.start, end: place.end, text: place.text, name, code: country, kind: 'country', plural: false, entry: null, locative: false, prep: null, rule: 'actor:recipients-place-country' };
}
