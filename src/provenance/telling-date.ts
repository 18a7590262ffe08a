import type { Event } from '../schema/event.ts';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * provenance:telling-date. "General Musa alleged Thursday that soldiers burned homes", "officials said on Monday
 * that ...": a date right after the mention's own reporting verb is the day the news was told. It dates the event
 * only for want of another, so when mentions merge, a date another mention states or the story infers comes first.
 */
export function datesTheTelling(e: Event): boolean {
  const verb = e.provenance.reporting_verb;
  const d = e.date;
  if (!verb || !d?.span || d.basis === 'inferred') return false;
  const before = e.evidence.sentence.slice(0, d.span[0] - e.evidence.span[0]);
  return new RegExp(`\\b${escape(verb)}\\s+(?:on\\s+|late\\s+|early\\s+)?$`, 'i').test(before);
}
