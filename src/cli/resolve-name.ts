import type { Knowledge } from '../knowledge/types.ts';

/** Name → canonical code through the gazetteers (actors, then places), for `eval`'s name matching. */
export function resolveNameWith(kb: Knowledge): (name: string) => string | null {
  return (name) => {
    const actor = kb.actors.lookup(name).find((a) => a.kind !== 'blocker');
    if (actor) return actor.code;
    const place = kb.places.lookup(name)[0];
    return place ? place.id : null;
  };
}
