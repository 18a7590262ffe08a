import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';
import type { RepairWords } from './repair-words.ts';
import { repairComplementiserReadAsRelative } from './complementiser-read-as-relative.ts';
import { repairReporterParticiple } from './reporter-participle.ts';
import { repairConjAfterParenthesis } from './conj-after-parenthesis.ts';
import { repairApposedParticiple } from './apposed-participle.ts';
import { repairTimeOpenerSubject } from './time-opener-subject.ts';
import { repairSaidRelativeComplement } from './said-relative-complement.ts';
import { repairPredicateInRelativeClause } from './predicate-in-relative-clause.ts';
import { repairRelativeVerbClause } from './relative-verb-clause.ts';
import { repairAmongThose } from './among-those.ts';
import { repairNearnessAdjective } from './nearness-adjective.ts';
import { repairParticipleReadAsXcomp } from './participle-read-as-xcomp.ts';
import { repairParticipleConjunct } from './participle-conjunct.ts';
import { repairMarkedPhraseConjunct } from './marked-phrase-conjunct.ts';
import { repairClauseReadAsNounConjunct } from './clause-read-as-noun-conjunct.ts';
import { repairObjectReadAsSubject } from './object-read-as-subject.ts';
import { repairFiniteConjunctOfGerund } from './finite-conjunct-of-gerund.ts';
import { repairGerundConjunctOfFinite } from './gerund-conjunct-of-finite.ts';
import { repairFiniteConjunctOfInfinitive } from './finite-conjunct-of-infinitive.ts';
import { repairConjunctAfterCondition } from './conjunct-after-condition.ts';
import { repairReporterSecondAct } from './reporter-second-act.ts';
import { repairParticleReadAsAdverb } from './particle-read-as-adverb.ts';
import { repairPrepositionReadAsAdverb } from './preposition-read-as-adverb.ts';
import { repairWithAbsolute } from './with-absolute.ts';
import { repairThatClauseAfterOblique } from './that-clause-after-oblique.ts';
import { repairMedialSpeakerConjunct } from './medial-speaker-conjunct.ts';
import { repairPlotNounInfinitive } from './plot-noun-infinitive.ts';
import { repairListedSecondSubject } from './listed-second-subject.ts';
import { repairSubjectedParticipleModifier } from './subjected-participle-modifier.ts';
import { repairReporterActReadAsAcl } from './reporter-act-read-as-acl.ts';
import { repairWhereGerundClause } from './where-gerund-clause.ts';
import { repairComplementThenClause } from './complement-then-clause.ts';
import { repairVerbConjunctOfObject } from './verb-conjunct-of-object.ts';
import { repairGerundReadAsModifier } from './gerund-read-as-modifier.ts';
import { repairPredicateReadAsRelative } from './predicate-read-as-relative.ts';
import { repairChargeOnAgent } from './charge-on-agent.ts';
import { repairTimeAfterStateRelative } from './time-after-state-relative.ts';

type Repair = (tree: EditableTree, tokens: readonly Token[], words: RepairWords) => string | null;

/**
 * Relations a repair moves no arc without: each is tested (as a node's full label or its base) before the repair's
 * first `attach`, so a tree with none of one of them is left as it was by that repair, and the repair is not run
 * (every repair is run on every parsed sentence; most of these relations are on a minority of trees: 'cop' 3%,
 * 'appos' 8%, 'acl:relcl' 17%, 'cc' 25%, 'xcomp' 28%, 'advmod' 35%, 'conj' 44% of the bench's). A repair not
 * listed always runs. test/extract/speed-exactness-21.test.ts runs every repair on parsed sentences and checks the
 * trees are those of the repairs run without these tests.
 */
const NEEDS = new Map<Repair, readonly string[]>([
  [repairComplementiserReadAsRelative, ['acl:relcl']], // the clause read as a relative one
  [repairReporterParticiple, ['ccomp', 'advcl']], // the participle an advcl inside a reported clause
  [repairReporterActReadAsAcl, ['acl', 'cc']], // the act an acl, with its own "and"
  [repairSubjectedParticipleModifier, ['amod']], // the verb an amod
  [repairGerundReadAsModifier, ['case']], // the gerund's preposition a case of the noun
  [repairListedSecondSubject, ['conj']], // the last conjunct hangs on the second subject
  [repairObjectReadAsSubject, ['conj']], // the second clause's subject a conjunct of the first's object
  [repairConjAfterParenthesis, ['conj', 'appos']], // a conj whose head is an appos
  [repairTimeOpenerSubject, ['appos']], // the subject read as the time's appos
  [repairSaidRelativeComplement, ['acl:relcl']], // the verb of saying is an acl:relcl
  [repairTimeAfterStateRelative, ['acl:relcl']], // the state's relative clause
  [repairPredicateInRelativeClause, ['acl:relcl']], // the root's acl:relcl
  [repairRelativeVerbClause, ['mark', 'acl:relcl']], // the clause's marker; the thinker, an acl:relcl of its early subject
  [repairChargeOnAgent, ['obl:agent']], // the passive verb's agent
  [repairPredicateReadAsRelative, ['acl']], // the predicate an acl of its subject
  [repairAmongThose, ['acl']], // the group's participle (the copula is the root's, or "be" before "among")
  [repairNearnessAdjective, ['xcomp']], // "close"/"next" an xcomp of the verb
  [repairParticipleReadAsXcomp, ['xcomp']],
  [repairParticipleConjunct, ['conj']],
  [repairMarkedPhraseConjunct, ['conj']],
  [repairClauseReadAsNounConjunct, ['conj']],
  [repairVerbConjunctOfObject, ['conj']],
  [repairComplementThenClause, ['conj']], // the clause's second subject a conj
  [repairFiniteConjunctOfGerund, ['conj']],
  [repairGerundConjunctOfFinite, ['conj']],
  [repairFiniteConjunctOfInfinitive, ['conj']],
  [repairConjunctAfterCondition, ['conj', 'mark']],
  [repairReporterSecondAct, ['conj', 'ccomp']], // a conj of the reported ccomp
  [repairParticleReadAsAdverb, ['advmod']],
  [repairPrepositionReadAsAdverb, ['advmod']],
  [repairWithAbsolute, ['acl']],
  [repairApposedParticiple, ['obl:agent']],
  [repairThatClauseAfterOblique, ['acl']], // an acl or acl:relcl
  [repairMedialSpeakerConjunct, ['cc']], // the verb after ", and" has its 'cc'
  [repairPlotNounInfinitive, ['advcl']],
  [repairWhereGerundClause, ['acl', 'conj']], // the -ing act noun an acl, the main verb a conj
]);

const NONE: readonly string[] = [];

/** The relations `repair` cannot apply without (none: it always runs). */
export function relationsNeeded(repair: Repair): readonly string[] {
  return NEEDS.get(repair) ?? NONE;
}

/** False when some relation in `needed` is on no node of the tree: the repair would move nothing. */
export function mayApply(tree: EditableTree, needed: readonly string[]): boolean {
  for (let k = 0; k < needed.length; k++) if (!tree.mayHaveRelation(needed[k])) return false;
  return true;
}
