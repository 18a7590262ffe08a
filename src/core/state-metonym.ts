import type { TreeView } from '../extract/tree-roles/index.ts';
import type { ActorPhrase, PlaceMention } from '../resolve/types.ts';

// A city named as a participant often stands for its state: "Moscow rejected the proposal", "Tehran accused
// Washington of plotting", "Beijing warned Manila", "Washington imposed sanctions on Moscow". The act is the
// state's, done wherever its government sits or speaks: the city is no statement of where it happened.
// The city stays the place where the act lands on it: "Russian missiles hit Kyiv", "Kharkiv was shelled".

// the name, or its possessive form ("Moscow's decision"), with an article at most before it
const SAME_WORDS = /^(?:the\s+)?$/i;
// after these a city is where something is; "to", "at", "on", "toward" may name a state addressed ("aid to Kyiv")
const WHERE = new Set(['in', 'near', 'inside', 'outside', 'within', 'around', 'throughout', 'across', 'through', 'between', 'along', 'from', 'via', 'of']);
const POSSESSIVE_AFTER = /^\s*['’]s?\b/;

/** Acts that land on their target where it is (an attack, an arrest, a deployment); not a sanction imposed from afar. */
function landsOnTarget(quadClass: number, type: string): boolean {
  return (quadClass === 2 || quadClass === 4) && type !== 'SANCTION';
}

/** The phrase is the city's name standing for a state: its code is the city's country's (RUS, RUSGOV, ...), or its bloc's. */
function namesStateByCity(phrase: ActorPhrase, p: PlaceMention, text: string): boolean {
  const country = p.place.country;
  // ("Brussels imposed duties": the seat standing for its bloc, resolve/place-actors.ts)
  const seat = phrase.rule === 'actor:seat-stands-for-bloc';
  if (!country || !phrase.code || !phrase.code.startsWith(country) && !seat) return false;
  if (phrase.start > p.start || phrase.end < p.end || !SAME_WORDS.test(text.slice(phrase.start, p.start))) return false;
  const rest = text.slice(p.end, phrase.end);
  // "Moscow's forces" codes the forces (RUSMIL): the city is their state's all the same
  return rest.trim() === '' || POSSESSIVE_AFTER.test(rest);
}

/**
 * True when the city `p` is named as a participant standing for its state: as (the possessor of) an actor, or as the
 * target of an act that does not land where its target is ("warned Manila", "sanctions on Moscow"). A city after a
 * word of where ("officials in Kyiv") is where they are and stays a place; after "between" it is a party of the act
 * between the two when it names one of its participants ("talks between Kyiv and Moscow").
 */
export function standsForState(p: PlaceMention, c: { actors: readonly ActorPhrase[]; targets: readonly ActorPhrase[]; info: { quadClass: number; type: string } }, text: string): boolean {
  if (p.place.precision !== 'city' || p.rule) return false;
  // "talks between Kyiv and Moscow", "clashes between Baku and Yerevan forces": the parties of an act between them
  if (p.prep === 'between') return [...c.actors, ...c.targets].some((a) => namesStateByCity(a, p, text));
  if (p.prep && WHERE.has(p.prep)) return false;
  if (c.actors.some((a) => namesStateByCity(a, p, text))) return true;
  return !landsOnTarget(c.info.quadClass, c.info.type) && c.targets.some((t) => namesStateByCity(t, p, text));
}

/**
 * True when the city at tokens [start, end) is the subject or possessor of a clause that governs the trigger: the
 * state that speaks of the act ("Moscow accused Kyiv of shelling the plant", "Kyiv's claim that it shot down 20
 * drones"), not where the act happened. The trigger's own subject is its participant (`standsForState`): "Kabul fell".
 */
export function governingStateCity(tree: TreeView, p: PlaceMention, start: number, end: number, triggerHead: number): boolean {
  if (p.place.precision !== 'city' || p.prep || p.rule) return false;
  let i = -1;
  for (let k = start; k < end; k++) if (tree.has(k) && (tree.head(k) < start || tree.head(k) >= end)) { i = k; break; }
  if (i < 0 || !(tree.label(i) === 'nsubj' || tree.label(i) === 'nmod:poss')) return false;
  const governor = tree.head(i);
  if (governor < 0 || governor === triggerHead) return false;
  for (let g = tree.head(triggerHead), steps = 0; g >= 0 && steps < 12; g = tree.head(g), steps++) if (g === governor) return true;
  return false;
}
