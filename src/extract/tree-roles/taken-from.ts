import type { ActorPhrase } from '../../resolve/types.ts';
import type { SentenceContext } from '../context.ts';
import type { TreeView } from './tree-view.ts';

/**
 * "retook the village from the militants", "recaptured Kunduz from the Taliban", "seized the airport from
 * government forces": what is taken is a thing or a place, and whom it is taken from is the act's target.
 * A person taken is acted on itself ("abducted two workers from the company"): no answer then.
 */
export function takenFrom(view: TreeView, ctx: SentenceContext, head: number): ActorPhrase | null {
  // (or the passive's subject: "Mosul was liberated from Islamic State")
  const obj = view.childrenWith(head, 'obj')[0] ?? view.childrenWith(head, 'nsubj:pass')[0];
  if (obj === undefined) return null;
  const taken = ctx.phraseAt.get(obj);
  const isPlace = (n: number) => (ctx.places?.overlapping(ctx.doc.tokens[n].start, ctx.doc.tokens[n].end).length ?? 0) > 0;
  if (taken && !taken.locative && taken.kind !== 'country' && !isPlace(obj)) return null;
  // "from" on the verb, or hung on what is taken ("the village | from the militants")
  const from = [...view.childrenWith(head, 'obl'), ...view.childrenWith(obj, 'nmod')].find((c) => view.marker(c) === 'from');
  if (from === undefined) return null;
  const giver = ctx.phraseAt.get(from);
  // "fired rockets from Gaza", "took weapons from the depot in Mosul": a place is where from, not whom
  if (!giver || giver.locative || giver.kind === 'country' || isPlace(from)) return null;
  return giver;
}
