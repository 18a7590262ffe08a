import type { ActorRef } from '../schema/event.ts';
import type { ActorPhrase } from '../resolve/types.ts';

/** The phrase as written, with the name and code of what it refers to (its antecedent for "the group"). */
export function actorRef(phrase: ActorPhrase, antecedents: ReadonlyMap<ActorPhrase, ActorPhrase>): ActorRef | null {
  const resolved = phrase.kind === 'anaphor' ? antecedents.get(phrase) : phrase;
  // An anaphor with no antecedent keeps its own words ("the leaders") and no code: never invented.
  if (!resolved) return phrase.refersTo === 'person' || phrase.refersTo === 'group' ? { text: phrase.text, name: phrase.text, code: null, span: [phrase.start, phrase.end], basis: 'stated' } : null;
  if (phrase.roleCode && phrase.kind === 'anaphor') {
    // "its forces" after "Israel" → ISRMIL; after a group, the group itself
    const country = resolved.code && /^[A-Z]{3}/.test(resolved.code) ? resolved.code.slice(0, 3) : null;
    return { text: phrase.text, name: resolved.name, code: country ? `${country}${phrase.roleCode}` : resolved.code, span: [phrase.start, phrase.end], basis: 'inferred' };
  }
  return {
    text: phrase.text,
    name: resolved.name,
    code: resolved.code,
    span: [phrase.start, phrase.end],
    basis: phrase === resolved ? 'stated' : 'inferred',
  };
}

/** True when the phrase points at something we can count: a coded actor or a role ("foreign troops"). */
export function isKnownParticipant(phrase: ActorPhrase, antecedents: ReadonlyMap<ActorPhrase, ActorPhrase>): boolean {
  const resolved = phrase.kind === 'anaphor' ? antecedents.get(phrase) : phrase;
  return resolved !== undefined && (resolved.code !== null || resolved.kind === 'role' || resolved.kind === 'named');
}

/** The country a phrase belongs to, if any: from its code ("IRQMIL") or its gazetteer entry (a group's country). */
export function countryOf(phrase: ActorPhrase | undefined, antecedents: ReadonlyMap<ActorPhrase, ActorPhrase>): string | null {
  const resolved = phrase?.kind === 'anaphor' ? antecedents.get(phrase) : phrase;
  if (!resolved) return null;
  if (resolved.entry?.country) return resolved.entry.country;
  return resolved.code && /^[A-Z]{3}/.test(resolved.code) ? resolved.code.slice(0, 3) : null;
}

/**
 * "police detained 20 protesters in Tbilisi" → protesters GEOOPP: a bare role takes the country of the
 * event's place, else of the other participant. Marked inferred.
 */
export function withContextCountry(ref: ActorRef | null, phrase: ActorPhrase | undefined, country: string | null): ActorRef | null {
  if (!ref || !phrase || ref.code !== null || phrase.kind !== 'role' || !phrase.roleCode || !country) return ref;
  if (/\b(foreign|international|multinational|western|coalition|allied|overseas|unidentified|unknown|gunmen|gunman|armed men|assailants?|attackers?)\b/i.test(phrase.text)) return ref; // "foreign troops" are nobody's own
  return { ...ref, code: `${country}${phrase.roleCode}`, basis: 'inferred' };
}

/** Two phrases name the same actor once anaphora are resolved ("Hamas" … "it"). */
export function sameActor(a: ActorPhrase, b: ActorPhrase, antecedents: ReadonlyMap<ActorPhrase, ActorPhrase>): boolean {
  const ra = a.kind === 'anaphor' ? antecedents.get(a) : a;
  const rb = b.kind === 'anaphor' ? antecedents.get(b) : b;
  return ra !== undefined && rb !== undefined && (ra === rb || (ra.code !== null && ra.code === rb.code));
}
