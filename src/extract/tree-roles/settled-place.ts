import type { ActorPhrase } from '../../resolve/types.ts';
import type { SentenceContext } from '../context.ts';
import type { TreeView } from './tree-view.ts';

export const SETTLED_PLACE_RULE = 'actor:settled-place-country';

// where a place lies: "a village in Zamfara state" ("near the Gaza border" may be across it; "from" or "to" is no setting)
const SETTING = new Set(['in', 'inside']);

/**
 * "Militants stormed a kibbutz in southern Israel", "gunmen attacked a village in Zamfara state": a populated place the
 * act lands on (a noun of data/lexicon/place-nouns.tsv that makes a city) is its people's, and the country of the named
 * place it is set in (on the noun, or on the verb, wherever the parse hangs it) gives the thing's code: that country's
 * civilians (CVL), as the people killed in it would be ("bombed a village in Sagaing region, killing 11 civilians"). Null for other things or no gazetteer place there.
 */
export function settledPlaceCountry(view: TreeView, ctx: SentenceContext, node: number, verb: number, thing: ActorPhrase): ActorPhrase | null {
  const lemma = ctx.doc.tokens[node].lemma.toLowerCase();
  if (!ctx.places || !ctx.kb.lexicon.placeNouns.some((n) => n.precision === 'city' && n.noun === lemma)) return null;
  const settings = [...view.childrenWith(node, 'nmod'), ...view.childrenWith(verb, 'obl').filter((o) => o > node)].filter((k) => SETTING.has(view.marker(k) ?? ''));
  for (const k of settings) {
    const [from, to] = view.span(k);
    const place = ctx.places.overlapping(ctx.doc.tokens[from].start, ctx.doc.tokens[to - 1].end).find((p) => p.place.country !== null);
    if (place) return { ...thing, code: `${place.place.country}CVL`, name: thing.text.replace(/^(the|a|an)\s+/i, ''), rule: `${SETTLED_PLACE_RULE}+${thing.rule}` };
  }
  return null;
}
