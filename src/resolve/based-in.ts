import type { Knowledge } from '../knowledge/types.ts';
import type { AnalyzedText, Token } from '../nlp/types.ts';
import { normalizeName } from '../nlp/normalize.ts';
import type { ActorPhrase } from './types.ts';

// "a Beijing-based cybersecurity firm", "the London-headquartered bank", "a Dubai-registered company"
const BASED = /\b((?:[A-Z][\w'’.]*\s+){0,2}[A-Z][\w'’.]*)-(?:based|headquartered|registered)\s+((?:[a-z][\w-]*\s+){0,3})$/;

/**
 * "a Beijing-based cybersecurity firm": a body described by where it is based is of that place's country, whatever
 * country the story is about ("The United States imposed sanctions on a Beijing-based firm" is no sanction on an
 * American company). The place is a country or a town the gazetteers know (the largest of its name); the role
 * follows within three lowercase words that describe it (no verb nor determiner: "the London-based group urged the authorities" gives
 * the authorities no country). Only a role without a country of its own takes it.
 */
export function withBasedInCountry(doc: AnalyzedText, kb: Knowledge, phrases: readonly ActorPhrase[]): ActorPhrase[] {
  const text = doc.text;
  if (!text.includes('-based') && !text.includes('-headquartered') && !text.includes('-registered')) return [...phrases];
  return phrases.map((p) => {
    if (p.kind !== 'role' || p.code !== null || !p.roleCode) return p;
    const from = Math.max(0, p.start - 80);
    const m = BASED.exec(text.slice(from, p.start));
    const between = m ? doc.tokens.filter((t) => t.start >= from + m.index + m[0].length - m[2].length && t.end <= p.start) : [];
    const country = m && !between.some(endsDescription) ? countryOf(kb, m[1]) : null;
    return country ? { ...p, code: `${country}${p.roleCode}`, rule: 'actor:based-in-country' } : p;
  });
}

// a word that no modifier of the role is: a determiner or a verb that is no "-ing" modifier ("shipping companies" stay)
const endsDescription = (t: Token) => t.pos === 'DET' || (t.pos === 'VERB' || t.pos === 'AUX') && !t.lower.endsWith('ing');

function countryOf(kb: Knowledge, name: string): string | null {
  const named = kb.actors.lookup(name).find((e) => e.kind === 'country' || e.kind === 'metonym');
  if (named) return named.country ?? named.code.slice(0, 3);
  const towns = [...kb.cities(normalizeName(name))].sort((a, b) => (b.population ?? 0) - (a.population ?? 0));
  return towns[0]?.country ?? null;
}
