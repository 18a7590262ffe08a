import type { Event, Provenance } from '../schema/event.ts';

// Who says so for one real event the article tells in several mentions (src/core/coreference.ts). Each mention
// keeps its own provenance (`mentions[].provenance`); the record's provenance is chosen from them:
//
// 1. How sure the record is (the certainty) is decided where the article first tells the event, the lead.
//    A lead the outlet states stays the outlet's fact when a later sentence quotes an official on it
//    ("Fighting has intensified in the north. The spokesman confirmed that soldiers were killed in the fighting"),
//    and a lead told as a claim or a hedge ("reportedly") stays one.
// 2. Who is named as the source is the speaker of the main mention, the one whose trigger and participants the
//    record uses, when the lead is itself a report (claimed or alleged) and the main mention names a speaker:
//    "Kyiv said Russian forces attacked a base. In Kherson, officials said Russian troops overran the base on
//     Thursday, killing two soldiers." → officials (the record speaks with the second sentence's words);
//    "Rebels reportedly seized a town near the border. A trader said rebels took control of the town of Kuda on
//     Monday." → the trader, still alleged (a source named later says who reported it, not that it is sure).
//    When the main mention names no actor, the mention that lends the record its actor speaks instead: who did it
//    is that mention's word (provenance:actor-mention-source):
//    "Officials said four soldiers were killed in a bomb attack. The Taliban took credit for the attack." → the
//     Taliban, claimed (the perpetrator's claim of responsibility names the perpetrator).
//    Any other lead (the outlet's fact, a denial, a plan, a condition) keeps its whole provenance.
// The record's `rules` then name the provenance and certainty rules of the mentions its attribution came from.

export const MAIN_MENTION_SOURCE = 'provenance:main-mention-source';
export const ACTOR_MENTION_SOURCE = 'provenance:actor-mention-source';

const ATTRIBUTION_RULE = /^(provenance|certainty):/;

export interface MergedAttribution {
  readonly provenance: Provenance;
  /** The provenance and certainty rule ids that explain it, in the order the mentions gave them. */
  readonly rules: readonly string[];
}

/**
 * The record's provenance from its lead (first) mention, its main (most specific) one, and the others in the
 * order the record fills its participants from (main first).
 */
export function mergedAttribution(lead: Event, main: Event, ordered: readonly Event[]): MergedAttribution {
  const own = (e: Event) => e.rules.filter((r) => ATTRIBUTION_RULE.test(r));
  const speaking = main.actor !== null ? main : ordered.find((o) => o.actor !== null) ?? main;
  const leadIsReport = lead.provenance.certainty === 'claimed' || lead.provenance.certainty === 'alleged';
  if (speaking === lead || !leadIsReport || speaking.provenance.source === 'outlet' || sameSource(lead.provenance, speaking.provenance)) {
    return { provenance: lead.provenance, rules: own(lead) };
  }
  const certaintyRules = own(lead).filter((r) => r.startsWith('certainty:'));
  const sourceRules = own(speaking).filter((r) => r.startsWith('provenance:'));
  const rule = speaking === main ? MAIN_MENTION_SOURCE : ACTOR_MENTION_SOURCE;
  return { provenance: { ...speaking.provenance, certainty: lead.provenance.certainty }, rules: [...sourceRules, ...certaintyRules, rule] };
}

/** A record's rules with the attribution ones replaced, in their place, by those of the mentions its attribution came from. */
export function withAttributionRules(rules: readonly string[], attribution: MergedAttribution): string[] {
  const own = rules.filter((r) => ATTRIBUTION_RULE.test(r));
  if (own.length === attribution.rules.length && own.every((r, i) => r === attribution.rules[i])) return [...rules];
  // nothing before the first attribution rule is one, so its index is also its place among the others
  const at = rules.findIndex((r) => ATTRIBUTION_RULE.test(r));
  const others = rules.filter((r) => !ATTRIBUTION_RULE.test(r));
  const place = at < 0 ? others.length : at;
  return [...others.slice(0, place), ...attribution.rules, ...others.slice(place)];
}

function sameSource(a: Provenance, b: Provenance): boolean {
  return a.source !== 'outlet' && b.source !== 'outlet' && a.source.span[0] === b.source.span[0] && a.source.span[1] === b.source.span[1];
}
