import type { Knowledge } from '../knowledge/types.ts';
import type { ActorRef } from '../schema/event.ts';

// A later sentence often calls a named armed group by what it is: "Al-Shabab militants attacked a base ...
// Militants then attacked the base from two sides", "The Taliban took credit for the attack. A suicide bomber
// carried out the attack". The description and the name are not two actors that contradict each other; the
// name only says more. Two names, or a description of another country's fighters, still conflict.

export type ArmedKind = { readonly kind: 'group' | 'description'; readonly country: string | null };

/** What a participant is as an armed actor: a named armed group, a generic description of fighters, or neither (null). */
export type ArmedActors = (ref: ActorRef) => ArmedKind | null;

const REBEL_CODE = /^([A-Z]{3})?REB$/;
const DETERMINERS = /^(?:the|a|an|some|several|many|scores of|dozens of|hundreds of|\d+)\s+/;

/**
 * From the gazetteer: a group whose entry has the rebel role (data/actors/groups.json) is a named armed group;
 * a CAMEO rebel code ("AFGREB") or a bare rebel role noun of data/actors/roles.tsv ("gunmen", "a suicide
 * bomber") is a description.
 */
export function armedActors(kb: Pick<Knowledge, 'actors' | 'roles'>): ArmedActors {
  return (ref) => {
    if (ref.code !== null && /^[a-z]/.test(ref.code)) {
      const entry = kb.actors.lookup(ref.name).find((e) => e.code === ref.code) ?? kb.actors.lookup(ref.text).find((e) => e.code === ref.code);
      return entry?.role === 'REB' ? { kind: 'group', country: entry.country } : null;
    }
    const rebel = ref.code !== null ? REBEL_CODE.exec(ref.code) : null;
    // ("About 50 fighters raided the post" in Kenya: a country the words do not name, inferred, is the place's, not the
    // fighters' own; "Ethiopian rebels" states theirs)
    if (rebel) return { kind: 'description', country: ref.basis === 'inferred' ? null : rebel[1] ?? null };
    if (ref.code !== null) return null;
    // "they" taken to "insurgents": a pronoun is described by the name of what it refers to
    // ("heavily armed insurgents" by its head noun)
    const words = [ref.text, ref.name].map((w) => w.toLowerCase().replace(DETERMINERS, '').trim()).flatMap((w) => [w, w.split(' ').pop() ?? '']);
    const described = words.some((w) => kb.roles.lookup(w).some((r) => r.role === 'REB'));
    return described ? { kind: 'description', country: null } : null;
  };
}

/** A description of fighters and a named armed group of the same (or an unknown) country may be one actor. */
export function describesGroup(x: ArmedKind | null, y: ArmedKind | null): boolean {
  if (x === null || y === null || x.kind === y.kind) return false;
  return x.country === null || y.country === null || x.country === y.country;
}
