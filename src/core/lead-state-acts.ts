import type { PlaceEntry } from '../knowledge/types.ts';
import type { ActorPhrase } from '../resolve/types.ts';

export const LEAD_STATE_RULE = 'place:desk-abroad-lead-state';

/**
 * "GENEVA — The WFP said Sudanese paramilitaries looted its warehouses ... Soldiers arrested two aid workers": in a story
 * filed from a desk abroad (core/article-country.ts abroadLeadCountry), an act done by the lead's state's actors, or by
 * bare roles the story lends that state, happened in that state, not at the desk. Acts of others keep the desk: "THE
 * HAGUE — The International Criminal Court sentenced a Congolese militia leader" was at the court. True for such an act.
 */
export function actedForLeadState(actors: readonly ActorPhrase[], refs: ReadonlyMap<ActorPhrase, ActorPhrase>, leadState: PlaceEntry | null | undefined): boolean {
  if (!leadState?.country || actors.length === 0) return false;
  return actors.every((a) => {
    const r = refs.get(a) ?? a;
    if (r.kind === 'role' && r.code === null && !r.entry) return true;
    const country = r.entry?.country ?? (r.code && /^[A-Z]{3}/.test(r.code) ? r.code.slice(0, 3) : null);
    return country === leadState.country;
  });
}
