import type { ActorPhrase } from '../resolve/types.ts';
import type { SentenceContext } from './context.ts';
import type { TreeView } from './tree-roles/tree-view.ts';
import { cuePhrases } from './cue-groups.ts';

export const WARNED_OWN_ACT_RULE = 'roles:warned-own-act';

// the pronouns by which a warner's that-clause names the warner itself ("Japan warned that it would respond if ...")
const SELF = new Set(['it', 'we', 'he', 'she', 'i']);
// the words that own a warner's force or office ("its military", "our forces", "his government")
const OWNER = new Set(['its', 'our', 'his', 'her', 'my']);
// the prepositions of the party an act in store is aimed at ("would not be generous with X", "would act against X")
const AIMED = new Set(['with', 'against', 'on', 'at', 'toward', 'towards', 'upon']);
const FUTURE_AUX = new Set(['will', 'would', "'ll", 'shall']);
// the role codes of a state's armed forces and police
const FORCES = new Set(['MIL', 'COP']);

/**
 * "Japan warned that its military would respond if the drones returned", "Putin warned that Russian forces would keep
 * advancing if Kyiv rejected the plan", "the president warned that Washington would not be generous with Buenos Aires if
 * ...": a warning whose that-clause puts the warner's OWN act in store under a condition is a conditional threat (PLOVER
 * THREATEN, "coercive or forceful warnings"), as "'We will respond if they return,' the army said" is
 * (core/conditional-threat.ts); an act of force in store (clause-cues.tsv forceful-own-act: "would crush further unrest",
 * "would retaliate") is one with no condition told. The clause's subject is the warner's own: a pronoun for it, a noun it owns ("its
 * military"), or a phrase of the warner's own country (code prefix). Aimed at the party the act names ("with X",
 * "against X", its object), else at the condition's doer, else at no one. Undefined where the subject is another's ("warned that
 * prices would rise if ...", "that the country would default if ...": forecasts) or the clause tells an outcome the
 * warner would suffer (clause-cues.tsv warned-outcome: "would miss its targets if").
 */
export function warnedOwnAct(ctx: SentenceContext, tree: TreeView, clause: number, subject: number | undefined, warner: ActorPhrase | undefined, condition: number | undefined): { target: ActorPhrase | null } | undefined {
  if (subject === undefined) return undefined;
  const t = ctx.doc.tokens;
  // ("the army chief warned that the military would crush further unrest": an act of force in store needs no condition)
  // (a pronoun's "warned that it would retaliate" the rows of warnings read whole, with their finer codes)
  if (condition === undefined && (tree.upos(subject) === 'PRON' || !cuePhrases(ctx.kb.lexicon.clauseCues, 'forceful-own-act').has(t[clause].lemma))) return undefined;
  if (!tree.childrenWith(clause, 'aux').some((a) => FUTURE_AUX.has(t[a].lower))) return undefined;
  const outcome = cuePhrases(ctx.kb.lexicon.clauseCues, 'warned-outcome');
  if (outcome.has(t[clause].lemma) || tree.childrenWith(clause, 'xcomp').some((x) => outcome.has(t[x].lemma))) return undefined;
  if (!isOwnSide(ctx, tree, subject, warner)) return undefined;
  const aimed = tree.childrenWith(clause, 'obl').find((k) => AIMED.has(tree.marker(k) ?? '') && namedParty(ctx, tree, k) !== null);
  const struck = namedParty(ctx, tree, tree.childrenWith(clause, 'obj')[0]);
  const conditionDoer = condition === undefined ? null : namedParty(ctx, tree, tree.childrenWith(condition, 'nsubj')[0]);
  return { target: (aimed !== undefined ? namedParty(ctx, tree, aimed) : null) ?? struck ?? conditionDoer };
}

function isOwnSide(ctx: SentenceContext, tree: TreeView, subject: number, warner: ActorPhrase | undefined): boolean {
  const word = ctx.doc.tokens[subject];
  if (tree.upos(subject) === 'PRON') return SELF.has(word.lower);
  if (tree.childrenWith(subject, 'nmod:poss').some((k) => OWNER.has(ctx.doc.tokens[k].lower))) return true;
  const phrase = ctx.phraseAt.get(subject);
  const country = (p: ActorPhrase | undefined) => (p?.code ?? p?.roleCode ?? '').slice(0, 3);
  if (phrase === undefined || phrase.locative || !/^[A-Z]{3}$/.test(country(warner))) return false;
  // ("the army chief warned that the military would crush further unrest": forces of no state named are the warner's own)
  return country(phrase) === country(warner) || !phrase.code && warner?.code != null && FORCES.has(phrase.roleCode ?? '');
}

const namedParty = (ctx: SentenceContext, tree: TreeView, node: number | undefined): ActorPhrase | null => {
  if (node === undefined || tree.upos(node) === 'PRON') return null;
  const p = ctx.phraseAt.get(node);
  return p && !p.locative ? p : null;
};
