import type { ActorPhrase, PlaceMention } from './types.ts';

// Phrases and place mentions in one shape each: every field present (undefined when it does not apply), in one order.
// A copy made by spreading (`{ ...p, prep }`) got a hidden class (V8 map) of its own, often one per object: the 100
// first bench articles' phrases came in 323 maps, their places in 248 (session 44), and every function reading them
// ran on megamorphic property loads. (Node 20's V8 does not share the maps of spread copies.)

type PhraseFields = Omit<ActorPhrase, 'locative'> & { readonly locative?: boolean };

const pick = <T, K extends keyof T>(change: Partial<T>, base: T, key: K): T[K] => (key in change ? change[key] as T[K] : base[key]);

/** `p` with some fields changed, in the one shape: what `{ ...p, ...change }` meant. */
export function phraseWith(p: PhraseFields, change: Partial<ActorPhrase>): ActorPhrase {
  const base = p as ActorPhrase;
  return {
    start: pick(change, base, 'start'), end: pick(change, base, 'end'), text: pick(change, base, 'text'), name: pick(change, base, 'name'),
    code: pick(change, base, 'code'), kind: pick(change, base, 'kind'), plural: pick(change, base, 'plural'), entry: pick(change, base, 'entry'),
    refersTo: pick(change, base, 'refersTo'), locative: pick(change, base, 'locative'), roleKind: pick(change, base, 'roleKind'),
    roleCode: pick(change, base, 'roleCode'), prep: pick(change, base, 'prep'), members: pick(change, base, 'members'),
    teamPlay: pick(change, base, 'teamPlay'), postedAbroad: pick(change, base, 'postedAbroad'), rule: pick(change, base, 'rule'),
  };
}

/** `p` with some fields changed, in the one shape of place mentions. */
export function placeWith(p: PlaceMention, change: Partial<PlaceMention>): PlaceMention {
  return {
    start: pick(change, p, 'start'), end: pick(change, p, 'end'), text: pick(change, p, 'text'), place: pick(change, p, 'place'),
    locative: pick(change, p, 'locative'), prep: pick(change, p, 'prep'), rule: pick(change, p, 'rule'),
    qualifier: pick(change, p, 'qualifier'), venue: pick(change, p, 'venue'),
  };
}
