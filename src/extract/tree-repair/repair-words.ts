/**
 * The word lists (data/lexicon, loaded with the knowledge) that a tree repair reads; the coder passes its lexicon. A
 * tree repaired without them (a test of the parse alone) skips the repairs that need a list.
 */
export interface RepairWords {
  /** -ing forms that describe the noun after them: "met visiting minister X" (adjectival-participles.tsv) */
  readonly adjectivalParticiples: ReadonlySet<string>;
}

export const NO_REPAIR_WORDS: RepairWords = { adjectivalParticiples: new Set() };
