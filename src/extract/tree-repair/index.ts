import type { SentenceTree } from '../../nlp/syntax/index.ts';
import type { Token } from '../../nlp/types.ts';
import { EditableTree } from './editable-tree.ts';
import { repairMisreadMainClause } from './misread-main-clause.ts';
import { repairVerbReadAsObjectModifier } from './verb-read-as-object-modifier.ts';
import { repairRelativeSaidClause } from './relative-said-clause.ts';
import { repairDeterminerSubject } from './determiner-subject.ts';
import { repairDeterminerThat } from './determiner-that.ts';
import { repairComplementiserReadAsRelative } from './complementiser-read-as-relative.ts';
import { repairClauseReadAsSubject } from './clause-read-as-subject.ts';
import { repairSplitCoordinatedSubject } from './split-coordinated-subject.ts';
import { repairSubjectReadAsRoot } from './subject-read-as-root.ts';
import { repairCoordinatorReadAsHead } from './coordinator-read-as-head.ts';
import { repairObjectConjunct } from './object-conjunct.ts';
import { repairRelativeClause } from './relative-clause.ts';
import { repairObjectRelativeClause } from './object-relative-clause.ts';
import { repairWithAbsolute } from './with-absolute.ts';
import { repairParticipleConjunct } from './participle-conjunct.ts';
import { repairFiniteConjunctOfGerund } from './finite-conjunct-of-gerund.ts';
import { repairGerundConjunctOfFinite } from './gerund-conjunct-of-finite.ts';
import { repairFiniteConjunctOfInfinitive } from './finite-conjunct-of-infinitive.ts';
import { repairConjunctAfterCondition } from './conjunct-after-condition.ts';
import { repairReporterSecondAct } from './reporter-second-act.ts';
import { repairReporterParticiple } from './reporter-participle.ts';
import { repairThatClauseAfterOblique } from './that-clause-after-oblique.ts';
import { repairNameList } from './name-list.ts';
import { repairCommaJoinedSubjects } from './comma-joined-subjects.ts';
import { repairOpeningTimingClause } from './opening-timing-clause.ts';
import { repairBareNmodHead } from './bare-nmod-head.ts';
import { repairPrenominalParticiple } from './prenominal-participle.ts';
import { repairVerbReadAsNoun } from './verb-read-as-noun.ts';
import { repairNameHeadNoun } from './name-head-noun.ts';
import { repairParticleReadAsAdverb } from './particle-read-as-adverb.ts';
import { repairPrepositionReadAsAdverb } from './preposition-read-as-adverb.ts';
import { repairLaidOnParty } from './laid-on-party.ts';
import { repairSaidClauseSubject } from './said-clause-subject.ts';
import { repairApposedParticiple } from './apposed-participle.ts';
import { repairClauseReadAsPhrase } from './clause-read-as-phrase.ts';
import { repairTimePhraseSwallowedName } from './time-phrase-swallowed-name.ts';
import { repairClauseReadAsNounConjunct } from './clause-read-as-noun-conjunct.ts';
import { repairObjectReadAsSubject } from './object-read-as-subject.ts';
import { repairTimeWordBeforeParticiple } from './time-word-before-participle.ts';
import { repairDatedInfinitive } from './dated-infinitive.ts';
import { repairMarkedPhraseConjunct } from './marked-phrase-conjunct.ts';
import { repairModifierReadAsSubject } from './modifier-read-as-subject.ts';
import { repairAddresseeReadAsSubject } from './addressee-read-as-subject.ts';
import { repairAddresseeAndSubjectMerged, repairToldClauseOnAddressee } from './told-clause.ts';
import { repairQuoteFirstAttribution } from './quote-first-attribution.ts';
import { repairTitleReadAsOblique } from './title-read-as-oblique.ts';
import { repairHyphenParticipleClause } from './hyphen-participle-clause.ts';
import { repairReducedRelativeObject } from './reduced-relative-object.ts';
import { repairIngParticipleObject } from './ing-participle-object.ts';
import { repairParticipleBetweenObjects } from './participle-between-objects.ts';
import { repairInfinitiveReadAsNoun } from './infinitive-read-as-noun.ts';
import { repairSaidRelativeComplement } from './said-relative-complement.ts';
import { repairConjAfterParenthesis } from './conj-after-parenthesis.ts';
import { repairNameSplitFromNoun } from './name-split-from-noun.ts';
import { repairColonClause } from './colon-clause.ts';
import { repairSettingAfterGroup } from './setting-after-group.ts';
import { repairContactRelativeClause } from './contact-relative-clause.ts';
import { repairTimeAfterStateRelative } from './time-after-state-relative.ts';
import { repairNamingPredicate } from './naming-predicate.ts';
import { repairBetweenConjunct } from './between-conjunct.ts';
import { repairRelativeVerbClause } from './relative-verb-clause.ts';
import { repairRelativeClauseAsMain } from './relative-clause-as-main.ts';
import { repairPredicateReadAsRelative } from './predicate-read-as-relative.ts';
import { repairPredicateInRelativeClause } from './predicate-in-relative-clause.ts';
import { repairTrailingSpeakerApposition, repairTrailingSpeakerConjunct, repairTrailingTitleConjunct } from './trailing-speaker-conjunct.ts';
import { repairMarkedObject } from './marked-object.ts';
import { repairMarkedParticipleSubject } from './marked-participle-subject.ts';
import { repairChargeOnAgent } from './charge-on-agent.ts';
import { repairMedialSpeakerConjunct } from './medial-speaker-conjunct.ts';
import { repairCopulaInRelativeClause } from './copula-in-relative-clause.ts';
import { repairAnsweredClaim } from './answered-claim.ts';
import { repairPhaseVerbGerund } from './phase-verb-gerund.ts';
import { repairParticipleReadAsMainVerb, repairPurposeParticipleReadAsMainVerb } from './participle-read-as-main-verb.ts';
import { repairAllegianceModifier } from './allegiance-modifier.ts';
import { repairOpeningPhraseAgent } from './opening-phrase-agent.ts';
import { repairParticipleReadAsXcomp } from './participle-read-as-xcomp.ts';
import { repairSpanBeforeClause } from './span-before-clause.ts';
import { repairTimeBeforeSpeaker } from './time-before-speaker.ts';
import { repairMarkedPhraseAsSubject, repairSubjectReadAsCompound } from './misread-subject.ts';
import { repairPunctuationHead } from './punctuation-head.ts';
import { repairGerundClauseSubject } from './gerund-clause-subject.ts';
import { repairWhereGerundClause } from './where-gerund-clause.ts';
import { repairOpeningGerundSubject } from './opening-gerund-subject.ts';
import { repairTimeOpenerSubject } from './time-opener-subject.ts';
import { repairReporterActReadAsAcl } from './reporter-act-read-as-acl.ts';
import { repairSubjectedParticipleModifier } from './subjected-participle-modifier.ts';
import { repairListedSecondSubject } from './listed-second-subject.ts';
import { repairSecondSubjectApposition } from './second-subject-apposition.ts';
import { repairResultativeAdjective } from './resultative-adjective.ts';
import { repairNearnessAdjective } from './nearness-adjective.ts';
import { repairOpeningParticipleClause } from './opening-participle-clause.ts';
import { repairAmongThose } from './among-those.ts';
import { repairSaidRelativeAsMain } from './said-relative-as-main.ts';
import { repairMarkedSecondSubject } from './marked-second-subject.ts';
import { repairDatelineInClause } from './dateline-in-clause.ts';
import { repairPartitiveAbsolute } from './partitive-absolute.ts';
import { repairPartitiveSubjectVerb } from './partitive-subject-verb.ts';
import { repairParticipleBeforeSubject } from './participle-before-subject.ts';
import { repairPlotNounInfinitive } from './plot-noun-infinitive.ts';
import { repairAdjectivalParticiple } from './adjectival-participle.ts';
import { repairEnactingDocument } from './enacting-document.ts';
import { repairSubjectParticipleRoot } from './subject-participle-root.ts';
import { repairBeliefAdjectiveReadAsVerb, repairBeliefParticipleRoot } from './belief-participle-root.ts';
import { repairComplementThenClause } from './complement-then-clause.ts';
import { repairVerbConjunctOfObject } from './verb-conjunct-of-object.ts';
import { repairGluedTimeOpener } from './glued-time-opener.ts';
import { repairDatedIngWord } from './dated-ing-word.ts';
import { repairGerundReadAsModifier } from './gerund-read-as-modifier.ts';
import { repairNamedFreeRelative } from './named-free-relative.ts';
import { repairHeadlineInfinitive, repairHeadlineParticipleRoot, repairHeadlinePassive } from './headline-grammar.ts';
import { repairSubordinatorReadAsCase } from './subordinator-read-as-case.ts';
import { repairInvertedAttribution } from './inverted-attribution.ts';
import { repairAsideBeforeVerb } from './aside-before-verb.ts';
import { mayApply, relationsNeeded } from './repair-needs.ts';
import { cueBit, cuesOf } from './repair-cues.ts';
import { NO_REPAIR_WORDS, type RepairWords } from './repair-words.ts';
import type { NodeLists } from '../tree-roles/tree-view.ts';

/** A parse with the misreadings a general repair undid, and for each node an arc of which a repair moved, that repair's id. */
export interface RepairedTree extends SentenceTree {
  readonly repairs: ReadonlyMap<number, string>;
}

// Each repair names a class of misparse the readers would otherwise each have to work around; in order.
export const TREE_REPAIRS: ReadonlyArray<(tree: EditableTree, tokens: readonly Token[], words: RepairWords) => string | null> = [
  repairPunctuationHead,
  repairInvertedAttribution,
  repairQuoteFirstAttribution,
  repairAsideBeforeVerb,
  repairHeadlineInfinitive,
  repairHeadlineParticipleRoot,
  repairDatelineInClause,
  repairMarkedSecondSubject,
  repairSecondSubjectApposition,
  repairListedSecondSubject,
  repairResultativeAdjective,
  repairNearnessAdjective,
  repairMarkedObject,
  repairMarkedParticipleSubject,
  repairChargeOnAgent,
  repairSubordinatorReadAsCase,
  repairNamedFreeRelative,
  repairNameList,
  repairCommaJoinedSubjects,
  repairTimePhraseSwallowedName,
  repairTimeOpenerSubject,
  repairGluedTimeOpener,
  repairDatedIngWord,
  repairSpanBeforeClause,
  repairOpeningTimingClause,
  repairTimeWordBeforeParticiple,
  repairDatedInfinitive,
  repairBareNmodHead,
  repairMarkedPhraseAsSubject,
  repairNameSplitFromNoun,
  repairPrenominalParticiple,
  repairGerundReadAsModifier,
  repairAdjectivalParticiple,
  repairEnactingDocument,
  repairHyphenParticipleClause,
  repairVerbReadAsNoun,
  repairInfinitiveReadAsNoun,
  repairPlotNounInfinitive,
  repairNameHeadNoun,
  repairPartitiveSubjectVerb,
  repairDeterminerSubject,
  repairDeterminerThat,
  repairComplementiserReadAsRelative,
  repairObjectRelativeClause,
  repairRelativeSaidClause,
  repairClauseReadAsSubject,
  repairRelativeVerbClause,
  repairRelativeClauseAsMain,
  repairSaidRelativeAsMain,
  repairColonClause,
  repairBetweenConjunct,
  repairConjAfterParenthesis,
  repairComplementThenClause,
  repairSplitCoordinatedSubject,
  repairSubjectReadAsRoot,
  repairCoordinatorReadAsHead,
  repairTitleReadAsOblique,
  repairAddresseeReadAsSubject,
  repairModifierReadAsSubject,
  repairObjectConjunct,
  repairVerbConjunctOfObject,
  repairParticipleConjunct,
  repairFiniteConjunctOfGerund,
  repairGerundConjunctOfFinite,
  repairConjunctAfterCondition,
  repairFiniteConjunctOfInfinitive,
  repairThatClauseAfterOblique,
  repairReporterSecondAct,
  repairReporterParticiple,
  repairReporterActReadAsAcl,
  repairParticipleBetweenObjects,
  repairRelativeClause,
  repairSaidRelativeComplement,
  repairWithAbsolute,
  repairPredicateInRelativeClause,
  repairCopulaInRelativeClause,
  repairSubjectParticipleRoot,
  repairBeliefParticipleRoot,
  repairBeliefAdjectiveReadAsVerb,
  repairVerbReadAsObjectModifier,
  repairMisreadMainClause,
  repairPredicateReadAsRelative,
  repairPartitiveAbsolute,
  repairParticipleBeforeSubject,
  repairParticleReadAsAdverb,
  repairPrepositionReadAsAdverb,
  repairLaidOnParty,
  repairSaidClauseSubject,
  repairReducedRelativeObject,
  repairIngParticipleObject,
  repairParticipleReadAsXcomp,
  repairClauseReadAsPhrase,
  repairOpeningPhraseAgent,
  repairParticipleReadAsMainVerb,
  repairPurposeParticipleReadAsMainVerb,
  repairApposedParticiple,
  repairAllegianceModifier,
  repairSubjectReadAsCompound,
  repairAddresseeAndSubjectMerged,
  repairToldClauseOnAddressee,
  repairSubjectedParticipleModifier,
  repairObjectReadAsSubject,
  repairClauseReadAsNounConjunct,
  repairMarkedPhraseConjunct,
  repairSettingAfterGroup,
  repairContactRelativeClause,
  repairTimeAfterStateRelative,
  repairNamingPredicate,
  repairTrailingSpeakerConjunct,
  repairTrailingTitleConjunct,
  repairTrailingSpeakerApposition,
  repairTimeBeforeSpeaker,
  repairMedialSpeakerConjunct,
  repairAnsweredClaim,
  repairPhaseVerbGerund,
  repairWhereGerundClause,
  repairGerundClauseSubject,
  repairOpeningGerundSubject,
  repairOpeningParticipleClause,
  repairAmongThose,
  repairHeadlinePassive,
];

// what each repair cannot apply without (repair-needs.ts), in the same order
const NEEDED = TREE_REPAIRS.map(relationsNeeded);
// ... and the word list each needs a word of (repair-cues.ts; 0: none)
const CUE_BITS = TREE_REPAIRS.map(cueBit);

/**
 * The sentence's tree after the repairs, each applied once (a tree with nothing to repair comes back with the same
 * arcs, `repairs` empty). `earlier`: the nodes a step before the repairs moved (the re-tagging), with its id.
 */
export function repairedTree(tree: SentenceTree, tokens: readonly Token[], earlier: ReadonlyMap<number, string> = new Map(), words: RepairWords = NO_REPAIR_WORDS): RepairedTree {
  return repairedTreeWithLists(tree, tokens, earlier, words).tree;
}

/** `repairedTree`, with the repaired tree's child lists and base relations as the repairs left them (for its TreeView). */
export function repairedTreeWithLists(tree: SentenceTree, tokens: readonly Token[], earlier: ReadonlyMap<number, string> = new Map(), words: RepairWords = NO_REPAIR_WORDS): { tree: RepairedTree; lists: NodeLists } {
  const editable = new EditableTree(tree);
  const repairs = new Map<number, string>(earlier);
  const cues = cuesOf(editable, tokens);
  for (let r = 0; r < TREE_REPAIRS.length; r++) {
    if ((CUE_BITS[r] & cues) !== CUE_BITS[r] || !mayApply(editable, NEEDED[r])) continue;
    const repair = TREE_REPAIRS[r];
    // `moved` only grows and keeps insertion order: the nodes this repair moved first are the ones past its size before
    const before = editable.moved.size;
    const id = repair(editable, tokens, words);
    if (id === null || editable.moved.size === before) continue;
    let k = 0;
    for (const node of editable.moved) if (k++ >= before) repairs.set(node, id);
  }
  return { tree: { ...editable.tree(), repairs }, lists: editable.lists() };
}
