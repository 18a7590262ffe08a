import type { ActorPhrase } from '../../resolve/types.ts';
import type { Candidate } from '../candidate.ts';
import type { SentenceContext } from '../context.ts';

// a place read as its country: by the resolver ("hit Kyiv"), or by the window from the pattern's object
// the capitalised last word of a name
const LAST_NAME_WORD = /\s(\p{Lu}\p{Ll}+)$/u;
const PLACE_AS_COUNTRY = new Set(['actor:city-stands-for-country', 'actor:object-place-country']);

/**
 * "Protesters marched through Nairobi", "farmers marched on Brussels", "students marched to Belgrade": a city a
 * protest moves through, to or in is where it happens, not whom it is against (PLOVER: a protest's target is the
 * party it is directed at). A city read as its country is no target of a protest unless "against" names it
 * ("protested against Washington").
 */
export function withoutRouteTarget(ctx: SentenceContext, c: Candidate): Candidate {
  if (c.targets.length === 0) return c;
  const text = ctx.doc.text;
  const route = (start: number) => !/\bagainst\s+(the\s+)?$/i.test(text.slice(Math.max(0, start - 12), start));
  // (a capital the resolver read as its state, "Nairobi", is a town of the places found there)
  const town = (t: ActorPhrase) => PLACE_AS_COUNTRY.has(t.rule) || ctx.places?.overlapping(t.start, t.end).some((p) => p.place.precision === 'city') === true;
  // ... nor a named site with no side of its own that it marches across or gathers at ("the Charles Bridge", "Kossuth Square")
  const landmark = (t: ActorPhrase) => t.code === null && ctx.kb.lexicon.siteNouns.has(LAST_NAME_WORD.exec(t.text)?.[1].toLowerCase() ?? '');
  const targets = c.targets.filter((t) => !((town(t) || landmark(t)) && route(t.start)));
  return targets.length === c.targets.length ? c : { ...c, targets, rules: [...c.rules, 'roles:protest-route-no-target'] };
}
