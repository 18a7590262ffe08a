import type { Token } from '../nlp/types.ts';

const VEHICLE_MODIFIERS = new Set(['DET', 'ADJ', 'PRON', 'NUM', 'PROPN']);

/**
 * Token i opens what an act was told in: "in a video", "in a televised statement", "in its weekly bulletin"
 * (data/lexicon/saying-vehicles.tsv). Nothing the word window finds past it is the act's object: "claimed the raid
 * in a video shared on social media" lands on no media. The tree says the same (tree-roles/own-clause-targets.ts
 * `inSayingVehicle`) where it hangs what follows on the vehicle; the window must not rely on that.
 */
export function opensSayingVehicle(tokens: readonly Token[], i: number, vehicles: ReadonlySet<string>, platforms: ReadonlySet<string> = new Set()): boolean {
  // ("on social media", "on Telegram": an online platform is told on, a name of its own)
  const on = tokens[i]?.lower === 'on';
  if (tokens[i]?.lower !== 'in' && !on) return false;
  for (let k = i + 1; k < Math.min(tokens.length, i + 5); k++) {
    const t = tokens[k];
    if (on ? platforms.has(t.lower) : vehicles.has(t.lemma) || vehicles.has(t.lower)) return t.pos === 'NOUN' || t.pos === 'VERB' || t.pos === 'ADJ' || on && t.pos === 'PROPN';
    if (!VEHICLE_MODIFIERS.has(t.pos)) return false;
  }
  return false;
}
