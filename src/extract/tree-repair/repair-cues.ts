import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';
import type { RepairWords } from './repair-words.ts';
import { CLOSING_REPORT_FORMS, SAYING_FORMS, SAYING_OR_INSISTING_FORMS, SPEAKERS_OWN_ACTS } from './clause-verbs.ts';
import { ATTRIBUTING } from './participle-read-as-main-verb.ts';
import { repairLaidOnParty } from './laid-on-party.ts';
import { repairAddresseeReadAsSubject, TELLING_FORMS } from './addressee-read-as-subject.ts';
import { repairAddresseeAndSubjectMerged, repairToldClauseOnAddressee } from './told-clause.ts';
import { ATTRIBUTING_FORMS, repairQuoteFirstAttribution } from './quote-first-attribution.ts';
import { POINTING, repairDeterminerThat } from './determiner-that.ts';
import { NEAR, repairNearnessAdjective } from './nearness-adjective.ts';
import { ABSOLUTE_PARTS, repairPartitiveAbsolute } from './partitive-absolute.ts';
import { repairPartitiveSubjectVerb, SUBJECT_PARTS } from './partitive-subject-verb.ts';
import { ADVERB_PREPOSITIONS, repairPrepositionReadAsAdverb } from './preposition-read-as-adverb.ts';
import { AGENT_OPENERS, repairOpeningPhraseAgent } from './opening-phrase-agent.ts';
import { repairClauseReadAsPhrase, SUBORDINATORS } from './clause-read-as-phrase.ts';
import { repairSubordinatorReadAsCase, SUBORDINATOR_CUES } from './subordinator-read-as-case.ts';
import { GROUP_NOUNS, repairSettingAfterGroup } from './setting-after-group.ts';
import { repairInvertedAttribution, VOICING_FORMS } from './inverted-attribution.ts';
import { repairBetweenConjunct } from './between-conjunct.ts';
import { BELIEF_PARTICIPLES, repairBeliefAdjectiveReadAsVerb, repairBeliefParticipleRoot } from './belief-participle-root.ts';
import { repairRelativeSaidClause } from './relative-said-clause.ts';
import { repairSaidRelativeAsMain } from './said-relative-as-main.ts';
import { repairSaidRelativeComplement } from './said-relative-complement.ts';
import { repairSaidClauseSubject } from './said-clause-subject.ts';
import { repairReporterActReadAsAcl } from './reporter-act-read-as-acl.ts';
import { repairMedialSpeakerConjunct } from './medial-speaker-conjunct.ts';
import { repairTimeBeforeSpeaker } from './time-before-speaker.ts';
import { NAMING_FORMS, repairNamingPredicate } from './naming-predicate.ts';
import { repairTrailingSpeakerApposition, repairTrailingSpeakerConjunct } from './trailing-speaker-conjunct.ts';

type Repair = (tree: EditableTree, tokens: readonly Token[], words: RepairWords) => string | null;

/**
 * Words a repair moves no arc without: each repair here looks for its first word among the sentence's own nodes
 * ("blamed" for laid-on-party, "between" for between-conjunct) and touches nothing in a sentence that has none. Each
 * repair had walked every node of every parsed sentence to find out; one pass per sentence now looks every word up
 * once (its spelling and its lemma: a test looser than any of the repairs' own) and notes which of these lists it
 * is on, and a repair whose list has no word there is not run. test/extract/speed-exactness-21.test.ts checks the
 * repaired trees are those of every repair run.
 */
const CUES = new Map<Repair, Iterable<string>>([
  [repairLaidOnParty, Object.keys(ATTRIBUTING)], // the verb's lemma ("blame", "attribute")
  [repairAddresseeReadAsSubject, TELLING_FORMS],
  [repairAddresseeAndSubjectMerged, TELLING_FORMS],
  [repairToldClauseOnAddressee, TELLING_FORMS],
  [repairQuoteFirstAttribution, ATTRIBUTING_FORMS],
  [repairDeterminerThat, POINTING],
  [repairNearnessAdjective, NEAR],
  [repairPartitiveAbsolute, ABSOLUTE_PARTS],
  [repairPartitiveSubjectVerb, SUBJECT_PARTS],
  [repairPrepositionReadAsAdverb, ADVERB_PREPOSITIONS],
  [repairOpeningPhraseAgent, AGENT_OPENERS],
  [repairClauseReadAsPhrase, SUBORDINATORS], // the subordinator the phrase's noun or the verb has
  [repairSubordinatorReadAsCase, SUBORDINATOR_CUES],
  [repairSettingAfterGroup, GROUP_NOUNS],
  [repairInvertedAttribution, VOICING_FORMS],
  [repairBetweenConjunct, ['between']],
  [repairBeliefParticipleRoot, BELIEF_PARTICIPLES],
  [repairBeliefAdjectiveReadAsVerb, BELIEF_PARTICIPLES],
  [repairRelativeSaidClause, SAYING_FORMS],
  [repairSaidRelativeAsMain, SAYING_FORMS],
  [repairSaidRelativeComplement, SAYING_FORMS],
  [repairSaidClauseSubject, SAYING_OR_INSISTING_FORMS],
  [repairReporterActReadAsAcl, SPEAKERS_OWN_ACTS], // the act's lemma
  [repairMedialSpeakerConjunct, CLOSING_REPORT_FORMS],
  [repairTimeBeforeSpeaker, CLOSING_REPORT_FORMS],
  [repairTrailingSpeakerConjunct, CLOSING_REPORT_FORMS],
  [repairTrailingSpeakerApposition, CLOSING_REPORT_FORMS],
  [repairNamingPredicate, NAMING_FORMS],
]);

// one bit per distinct list (repairs reading the same list share it), and each word's bits
const listBits = new Map<Iterable<string>, number>();
const wordBits = new Map<string, number>();
for (const list of CUES.values()) {
  if (listBits.has(list)) continue;
  const bit = 1 << listBits.size;
  if (bit === 0 || listBits.size >= 31) throw new Error('repair-cues: more lists than bits');
  listBits.set(list, bit);
  for (const word of list) wordBits.set(word, (wordBits.get(word) ?? 0) | bit);
}

/** The bit of the word list `repair` needs a word of (0: it needs none, and always runs). */
export function cueBit(repair: Repair): number {
  const list = CUES.get(repair);
  return list === undefined ? 0 : listBits.get(list)!;
}

/** The bits of the lists some node of the tree is on, by its spelling or its lemma. */
export function cuesOf(tree: EditableTree, tokens: readonly Token[]): number {
  let bits = 0;
  for (const k of tree.nodes()) {
    const t = tokens[k];
    if (t === undefined) continue;
    bits |= (wordBits.get(t.lower) ?? 0) | (wordBits.get(t.lemma) ?? 0);
  }
  return bits;
}
