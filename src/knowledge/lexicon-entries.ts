// The shapes of a few lexicon entries (src/knowledge/types.ts re-exports them).

export interface CueEntry {
  readonly words: readonly string[];
  readonly value: string;
}

/** A relational people noun: its role ('' where data/actors/roles.tsv gives it) and whether its country is none the story gives. */
export interface RelationalPerson {
  readonly role: string;
  readonly foreign: boolean;
}

export interface PlaceNoun {
  readonly noun: string;
  readonly precision: 'city' | 'site' | 'region';
  readonly position: 'of' | 'after' | 'both' | 'head'; // where the name stands: after "NOUN of", before the noun, either, or the noun opening it ("Plaza Italia")
}

/** A verb whose subject is whom the act lands on: the preposition naming the doer, and the types it holds for. */
export interface RecipientVerb {
  readonly giver: string;
  readonly types: ReadonlySet<string>;
}
