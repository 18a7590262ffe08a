import type { ActorPhrase } from '../../resolve/types.ts';
import type { SentenceContext } from '../context.ts';
import type { TreeView } from './tree-view.ts';
import { participantsAt } from './participants.ts';
import { nodePhrase } from './node-phrase.ts';
import { subjectNode } from './subject-node.ts';
import { isActNoun } from './object-words.ts';
import { isActOrAnyWeapon } from './instrument-subject.ts';
import { cuePhrases } from '../cue-groups.ts';

export const DESCRIBED_SUBJECT_RULE = 'roles:tree-described-subject';

// The relations by which a clause's doer is the noun it describes or is controlled by, not the main clause's subject:
// "men who attacked" (relcl), "gunmen firing on" (acl), "men suspected of plotting" (marked clause on a participle).
const DESCRIBED = new Set(['roles:tree-acl-relcl', 'roles:tree-acl', 'roles:tree-marked-clause-controller']);
// pronouns that name whoever does a clause's act, no one in particular: "anyone who blocks roads", "those who looted"
const INDEFINITE_PRONOUNS = new Set(['anyone', 'anybody', 'everyone', 'everybody', 'someone', 'somebody', 'whoever', 'those', 'all']);

/**
 * "Police arrested four men suspected of plotting an attack", "the army killed several men who had attacked a
 * checkpoint": the tree names the described noun as who does the inner act. When that noun is no known actor the
 * word window, reading leftwards, reaches the main clause's subject ("Police", "the army"); it must not override
 * the tree. The noun's own words stand as the actor (no code), or nobody. Null when the tree does not read so, or
 * when the window's phrase is not before the noun.
 */
export function describedSubject(view: TreeView, ctx: SentenceContext, verb: number, window: readonly ActorPhrase[]): { actors: ActorPhrase[]; rules: string[] } | null {
  const isReporting = (v: number) => ctx.kb.lexicon.reporting.has(ctx.doc.tokens[v].lemma);
  const read = subjectNode(view, verb, false, isReporting);
  if (!read || !read.rules.some((r) => DESCRIBED.has(r))) return null;
  // an act, or a document ("issued a statement condemning the attack": its issuer speaks; "signed a decree imposing
  // sanctions": its signer acts), does no act of its own
  const lemma = ctx.doc.tokens[read.node].lemma;
  // "The UN condemned an attack that killed 12", "after gangs fought a battle that left five dead": the toll of an act
  // is its doer's, whom the tree names when it can (tree-actors.ts treeNounActors); never the window's subject outside
  if (view.upos(read.node) === 'NOUN' && isActNoun(ctx.kb, lemma)) return actTollDoer(view, ctx, read.node, read.rules, window);
  // ("would arrest anyone who blocked roads": an indefinite pronoun is a described doer too, one with no name)
  const indefinite = view.upos(read.node) === 'PRON' && INDEFINITE_PRONOUNS.has(ctx.doc.tokens[read.node].lower);
  if (!['NOUN', 'PROPN'].includes(view.upos(read.node)) && !indefinite || isActNoun(ctx.kb, lemma) || ctx.kb.lexicon.sayingVehicles.has(lemma)) return null;
  if (cuePhrases(ctx.kb.lexicon.clauseCues, 'enacting-document').has(lemma)) return null;
  // a participle on a noun with no "-ing" ("the release | gathered", a misparse; "men arrested") does not make the noun its doer
  const described = read.verbs[read.verbs.length - 1];
  if (read.rules.includes('roles:tree-acl') && !/ing$/.test(ctx.doc.tokens[described].lower)) return null;
  if (participantsAt(view, ctx, read.node).phrases.length) return null; // the tree's own reading stands
  // only where the window reached past the described noun to an earlier subject ("Police ... men suspected of"); one
  // it found after the noun ("a month after announcing Ethiopia was accepting", misread as a relative) is nearer the verb
  const nounStart = ctx.doc.tokens[view.span(read.node)[0]].start;
  if (!window.length || window.some((p) => p.end > nounStart)) return null;
  // "saw a drone opening fire", "a helicopter firing on the crowd": a weapon doing the act names nobody; it is the
  // act's instrument (instrument-subject.ts), as when it is the clause's own subject ("a drone opened fire")
  const weapon = isActOrAnyWeapon(ctx.kb, lemma);
  const thing = weapon || indefinite ? null : nodePhrase(view, ctx, read.node);
  return { actors: thing ? [thing] : [], rules: [DESCRIBED_SUBJECT_RULE, ...read.rules] };
}

export const ACT_TOLL_DOER_RULE = 'roles:tree-act-toll-doer';

/**
 * The doer of a clause that describes an act noun the tree found no doer of: the subject of the verb that does the act
 * ("two cults fought a battle that killed seven": the cults' words, no code), else nobody, when the window's phrase
 * lies outside the act's words (the main clause's subject: "The UN condemned an attack that killed 12"). Null when
 * the window found its phrase inside them ("the militants' attack"), or found none.
 */
function actTollDoer(view: TreeView, ctx: SentenceContext, act: number, rules: readonly string[], window: readonly ActorPhrase[]): { actors: ActorPhrase[]; rules: string[] } | null {
  const [lo, hi] = view.span(act);
  const tokens = ctx.doc.tokens;
  if (!window.length || window.some((p) => p.start >= tokens[lo].start && p.end <= tokens[hi - 1].end)) return null;
  const doing = view.label(act) === 'obj' && view.head(act) >= 0 && ctx.kb.lexicon.supportVerbs.has(tokens[view.head(act)].lemma) ? subjectNode(view, view.head(act)) : null;
  const doer = doing && ['NOUN', 'PROPN'].includes(view.upos(doing.node)) ? nodePhrase(view, ctx, doing.node) : null;
  return { actors: doer ? [doer] : [], rules: [ACT_TOLL_DOER_RULE, ...rules] };
}
