import type { CueEntry } from '../../knowledge/types.ts';

/**
 * The word lists (data/lexicon, loaded with the knowledge) that a tree repair reads; the coder passes its lexicon. A
 * tree repaired without them (a test of the parse alone) skips the repairs that need a list.
 */
export interface RepairWords {
  /** -ing forms that describe the noun after them: "met visiting minister X" (adjectival-participles.tsv) */
  readonly adjectivalParticiples: ReadonlySet<string>;
  /** of those, the forms that after a verb of -ing complement are its verb: "denied escalating attacks" (their `verb` rows) */
  readonly gerundParticiples?: ReadonlySet<string>;
  /** verbs whose past form with no object after a noun is the noun's act, no reduced relative: "after fans fought" (subject-act-verbs.tsv) */
  readonly subjectActVerbs: ReadonlySet<string>;
  /** verbs whose usual news reading takes no object: "troops withdrew" is no passive (intransitive-verbs.tsv) */
  readonly intransitiveVerbs?: ReadonlySet<string>;
  /** verbs whose -ing complement takes an object: "denied targeting civilians" (gerund-verbs.tsv) */
  readonly gerundVerbs: ReadonlySet<string>;
  /** acts of stance the speaker does beside a described state: "said the vote was illegitimate and demanded" (speakers-stance-acts.tsv) */
  readonly speakersStanceActs?: ReadonlySet<string>;
  /** verbs of a state a reported clause may describe like a copula: "said the province needed funds and criticized" (described-state-verbs.tsv) */
  readonly describedStateVerbs?: ReadonlySet<string>;
  /** the cue table (clause-cues.tsv), for its enacting-document nouns: "signed a decree imposing sanctions" */
  readonly clauseCues?: readonly CueEntry[];
  /** nouns a "that" clause tells the content of, never an object relative's antecedent: "reports that rebels attacked" (content-nouns.tsv, claim-nouns.tsv) */
  readonly contentNouns?: ReadonlySet<string>;
  readonly claimNouns?: { has(lemma: string): boolean };
}

export const NO_REPAIR_WORDS: RepairWords = { adjectivalParticiples: new Set(), subjectActVerbs: new Set(), gerundVerbs: new Set() };
