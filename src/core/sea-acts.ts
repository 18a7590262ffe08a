import type { ActorPhrase } from '../resolve/types.ts';

// "Beijing's coast guard fired water cannon at a Philippine vessel", "the navy detained 12 fishermen", "Iranian forces
// seized a tanker": a force of the sea acting, or a vessel acted on, puts the act where the boat was. The acting state's
// capital or country is no place of it, so a domestic act's home (resolve/home-place.ts) does not stand for it.

const WORD = /[\p{L}\p{N}]+/gu;

/** Whether an actor names a force of the sea or a target a vessel (data/lexicon/sea-nouns.tsv). */
export function actAtSea(actors: readonly ActorPhrase[], targets: readonly ActorPhrase[], seaNouns: ReadonlyMap<string, 'force' | 'vessel'>): boolean {
  return seaNouns.size > 0 && (actors.some((a) => names(a.text, 'force', seaNouns)) || targets.some((t) => names(t.text, 'vessel', seaNouns)));
}

function names(text: string, side: 'force' | 'vessel', seaNouns: ReadonlyMap<string, 'force' | 'vessel'>): boolean {
  // (a plural is its noun: "coast guards", "vessels")
  const words = (text.toLowerCase().match(WORD) ?? []).map((w) => w.replace(/s$/, ''));
  return words.some((w, i) => seaNouns.get(w) === side || (i + 1 < words.length && seaNouns.get(`${w} ${words[i + 1]}`) === side));
}
