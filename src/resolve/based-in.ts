import type { Knowledge } from '../knowledge/types.ts';
import { normalizeName } from '../nlp/normalize.ts';
import type { ActorPhrase } from './types.ts';

// "a Beijing-based cybersecurity firm", "the London-headquartered bank", "a Dubai-registered company"
const BASED = /\b((?:[A-Z][\w'’.]*\s+){0,2}[A-Z][\w'’.]*)-(?:based|headquartered|registered)\s+((?:[a-z][\w-]*\s+){0,3})$/;

/**
 * "a Beijing-based cybersecurity firm": a body described by where it is based is of that place's country, whatever
 * country the story is about ("The United States imposed sanctions on a Beijing-based firm" is no sanction on an
 * American company). The place is a country or a town the gazetteers know (the largest of its name); the role
 * follows within three lowercase words. Only a role without a country of its own takes it.
 */
export function withBasedInCountry(text: string, kb: Knowledge, phrases: readonly ActorPhrase[]): ActorPhrase[] {
  if (!text.includes('-based') && !text.includes('-headquartered') && !text.includes('-registered')) return [...phrases];
  return phrases.map((p) => {
    if (p.kind !== 'role' || p.code !== null || !p.roleCode) return p;
    const m = BASED.exec(text.slice(Math.max(0, p.start - 80), p.start));
    const country = m ? countryOf(kb, m[1]) : null;
    return country ? { ...p, code: `${country}${p.roleCode}`, rule: 'actor:based-in-country' } : p;
  });
}

function countryOf(kb: Knowledge, name: string): string | null {
  const named = kb.actors.lookup(name).find((e) => e.kind === 'country' || e.kind === 'metonym');
  if (named) return named.country ?? named.code.slice(0, 3);
  const towns = [...kb.cities(normalizeName(name))].sort((a, b) => (b.population ?? 0) - (a.population ?? 0));
  return towns[0]?.country ?? null;
}
