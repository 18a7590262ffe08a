import type { PlaceMention } from '../resolve/types.ts';

/** A reason a place of the sentence is not the event's: the rule it is named by, and which places it drops. */
export interface PlaceFilter {
  readonly rule: string;
  readonly drops: (p: PlaceMention) => boolean;
}

/**
 * The places left after each filter in turn, and the rules of the filters that changed which place `choose` takes
 * (a filter that drops only places never chosen is not named among the event's rules).
 */
export function filterPlaces(places: readonly PlaceMention[], filters: readonly PlaceFilter[], choose: (list: readonly PlaceMention[]) => PlaceMention | null): { kept: readonly PlaceMention[]; rules: string[] } {
  const rules: string[] = [];
  let kept = places;
  let chosen: PlaceMention | null | undefined;
  for (const f of filters) {
    const next = without(kept, f);
    if (next === null) continue;
    chosen ??= choose(kept);
    const nextChosen = choose(next);
    if (nextChosen !== chosen) rules.push(f.rule);
    kept = next;
    chosen = nextChosen;
  }
  return { kept, rules };
}

/**
 * `places` without those the filter drops, or null when it drops none: most filters drop nothing for most events,
 * and a copy of the list per filter per event was made only to be compared with it and thrown away.
 */
function without(places: readonly PlaceMention[], filter: PlaceFilter): PlaceMention[] | null {
  let next: PlaceMention[] | null = null;
  for (let i = 0; i < places.length; i++) {
    const dropped = filter.drops(places[i]);
    if (next === null) {
      if (dropped) next = places.slice(0, i);
    } else if (!dropped) next.push(places[i]);
  }
  return next;
}
