import type { Event, EventLocation } from '../schema/event.ts';
import { fold } from './fold-name.ts';
import type { TreeView } from '../extract/tree-roles/index.ts';

// Whether two mentions' places let them be one act (core/coreference-compatible.ts).

// "PESHAWAR — ... The TTP claimed responsibility for the attack": the dateline town a mention that refers back to a
// told act ("the attack": coreference:definite-act) is filed at, placed nowhere else, is where the story was written,
// not a place the text tells for the act; it parts that mention from no other. (A new act filed there may state a place
// the gazetteer lacks: "gunmen abducted two aid workers on the road between Nekemte and Gimbi" keeps it.)
// ... nor is a place of its sentence the act noun does not hang on: "Kabul summoned the envoy in Kabul to protest against
// the strikes" tells where the summons was, and "the strikes" refer back to strikes told in Paktika (event-place.ts)
export const BESIDE_ACT_NOUN = 'place:beside-act-noun';
// links inside a noun phrase, up to the link that puts it in its clause ("one of the raids" → "one")
const IN_PHRASE = new Set(['nmod', 'compound', 'amod', 'flat', 'appos', 'conj']);
/** The noun heads, or lies inside, its clause's subject: its verb tells more of its act ("the strikes hit Idlib"). */
export function nounIsSubject(tree: TreeView, noun: number): boolean {
  let k = noun;
  for (let steps = 0; tree.has(k) && IN_PHRASE.has(tree.base(k)) && tree.head(k) >= 0 && steps < 8; steps++) k = tree.head(k);
  return tree.has(k) && tree.base(k) === 'nsubj';
}
export const placeTold = (e: Event) => ((e.rules.includes('place:dateline') || e.rules.includes(BESIDE_ACT_NOUN)) && e.rules.includes('coreference:definite-act') ? null : e.location);
const statedPlace = (p: EventLocation | null) => (p !== null && p.basis !== 'inferred' && p.span !== null ? p : null);
const POINT = new Set(['site', 'city']);
const described = (p: EventLocation) => p.id?.startsWith('site-phrase:') ?? false;

/**
 * Two stated towns or sites must be the same one, as must a list of towns and one town; a town fits the region or
 * country it lies in ("in Borno state" … "in Maiduguri"), judged by country since the gazetteer has no finer hierarchy.
 */
export function placesFit(a: EventLocation | null, b: EventLocation | null): boolean {
  const [x, y] = [statedPlace(a), statedPlace(b)];
  if (x === null || y === null) return true;
  if ((x.id !== undefined && x.id === y.id) || fold(x.name) === fold(y.name)) return true;
  // "outside the court", "at the airport": a site named by description lies in any town of its country
  if (described(x) || described(y)) return x.country === null || y.country === null || x.country === y.country;
  if (POINT.has(x.precision ?? '') && POINT.has(y.precision ?? '') || [x, y].some((p, k) => p.id?.startsWith('listed:') && POINT.has([y, x][k].precision ?? ''))) return false;
  return x.country !== null && x.country === y.country;
}
