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
  return (sidesNamed(text, seaNouns) & (side === 'force' ? FORCE : VESSEL)) !== 0;
}

const FORCE = 1, VESSEL = 2;
// an article's actors are asked once per event (and a phrase's text recurs across events): each text is read once per table
const namedSides = new WeakMap<ReadonlyMap<string, 'force' | 'vessel'>, Map<string, number>>();

/** The sides (FORCE, VESSEL bits) the text's words name. */
function sidesNamed(text: string, seaNouns: ReadonlyMap<string, 'force' | 'vessel'>): number {
  let known = namedSides.get(seaNouns);
  if (known === undefined) namedSides.set(seaNouns, (known = new Map()));
  let sides = known.get(text);
  if (sides === undefined) {
    // (a plural is its noun: "coast guards", "vessels")
    const words = (text.toLowerCase().match(WORD) ?? []).map((w) => w.replace(/s$/, ''));
    const named = (side: 'force' | 'vessel') => words.some((w, i) => seaNouns.get(w) === side || (i + 1 < words.length && seaNouns.get(`${w} ${words[i + 1]}`) === side));
    sides = (named('force') ? FORCE : 0) | (named('vessel') ? VESSEL : 0);
    if (known.size >= 20_000) known.clear();
    known.set(text, sides);
  }
  return sides;
}
