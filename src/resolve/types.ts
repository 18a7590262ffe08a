import type { ActorEntry, PlaceEntry } from '../knowledge/types.ts';

/** A phrase that names or points at an actor: "Iraqi forces", "Kata'ib Hezbollah", "the group", "it". */
export interface ActorPhrase {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly name: string;
  readonly code: string | null;
  readonly kind: 'country' | 'group' | 'organization' | 'person' | 'role' | 'named' | 'anaphor';
  readonly plural: boolean;
  readonly entry: ActorEntry | null;
  /** For anaphors: what they can refer to (group, person, state, any_singular, any_plural). */
  readonly refersTo?: string;
  /** Set when the phrase follows "in", "at", "near"...: it is a place here, not a participant. */
  readonly locative: boolean;
  /** For role phrases: the role's kind from roles.tsv (military, government, person, group, ...). */
  readonly roleKind?: string;
  readonly roleCode?: string;
  /** The preposition before the phrase ("to" in "deployed to Iraq"), if any. */
  readonly prep?: string | null;
  /** For "both countries", "the two leaders" resolved: the actors it takes up together. */
  readonly members?: readonly ActorPhrase[];
  /** "the French attack": a country's forces read from an act noun also said of a team's play (military-act-nouns.tsv). */
  readonly teamPlay?: boolean;
  /** "the envoy in Beijing", "diplomats": a state's people posted abroad (posted-titles.tsv), of no country where they sit. */
  readonly postedAbroad?: boolean;
  readonly rule: string;
}

export interface PlaceMention {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly place: PlaceEntry;
  readonly locative: boolean;
  /** The preposition before it: after "in" a city is only a place; after "at" or "on" it may be a target. */
  readonly prep?: string | null;
  /** The rule that read the place from a phrase other than its name ("the nation's capital" → place:capital-of-country). */
  readonly rule?: string;
  /** "Tripoli, Lebanon", "Hyderabad in Pakistan": the span of the name that chose the city (resolve/city-qualifier.ts). */
  readonly qualifier?: readonly [number, number];
  /** "met in Geneva", "talks in Doha": the place where a meeting is held (resolve/meeting-venue.ts). */
  readonly venue?: boolean;
}

export interface DateMention {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly value: string;
  readonly precision: 'day' | 'week' | 'month' | 'year';
  /** "earlier in the day" (0), "the day before" (-1), "the next day" (+1): relative to the day the story last named. */
  readonly anaphor?: number;
  /**
   * The reading before publication of a day, weekday or month the sentence's future words put after it ("met on
   * Thursday and are expected to meet again": Thursday looks forward for the sentence); a past act dates by it.
   */
  readonly pastValue?: string;
  /** The rule that resolved it, when one did beyond reading its words ("date:anaphor-own-sentence"). */
  readonly rule?: string;
  /** "that year" (year, 0), "the following month" (month, +1): relative to the month or year the story last named. */
  readonly period?: { readonly unit: 'month' | 'year'; readonly shift: number };
}
