import type { ActorPhrase } from '../../resolve/types.ts';
import type { SentenceContext } from '../context.ts';
import type { TreeView } from './tree-view.ts';
import type { Knowledge } from '../../knowledge/types.ts';
import { participantsAt } from './participants.ts';

// "sanctions against Iranian officials it accused of abuses", "released the activists they had arrested", "the
// suspects that Italy had requested": a relative clause with a subject of its own and no object describes the noun it
// hangs on as its object; what its verb does lands on that noun. ("men who attacked a base" is a subject gap: the
// noun does the act, src/extract/tree-roles/subject-node.ts.)
export const OBJECT_GAP_RULE = 'roles:tree-object-gap';

const NOMINAL = new Set(['NOUN', 'PROPN']);
const SUBJECT_RELATIVES = new Set(['who', 'which', 'that']);
const OBJECT_RELATIVES = new Set(['whom', 'that', 'which', 'who']);
// "the day the army attacked", "the village where troops fought": a time or place clause has no object gap
const SETTING_WORDS = new Set(['where', 'when', 'why', 'how']);

// what a clause that is its noun's content has and a relative clause missing its object has not
const THAT_CLAUSE_PARTS = new Set(['obj', 'ccomp', 'xcomp', 'nsubj:pass', 'aux:pass', 'cop', 'expl']);

/**
 * "weapons that the rebels had seized" read as a "that" clause telling the noun's content (`acl` marked "that", as in
 * "reports that the rebels had attacked"): on a noun that takes no content clause (data/lexicon/content-nouns.tsv,
 * claim-nouns.tsv) it is a relative clause.
 */
function isThatClause(view: TreeView, kb: Knowledge, head: number): boolean {
  if (view.label(head) !== 'acl' || view.marker(head) !== 'that' || view.upos(head) !== 'VERB') return false;
  const noun = view.head(head);
  const lemma = view.tokens[noun]?.lemma ?? '';
  return noun >= 0 && view.span(head)[0] === view.span(noun, (c) => c === head)[1] && !kb.lexicon.contentNouns.has(lemma) && !kb.lexicon.claimNouns.has(lemma);
}

/**
 * "the men whom the drone strike killed" read as a plain `acl` of the noun: a relative pronoun before the verb, its
 * object, still makes the clause a relative one (the pronoun opens it, right after the noun).
 */
function pronounObjectClause(view: TreeView, head: number): boolean {
  if (view.label(head) !== 'acl') return false;
  const pronoun = view.childrenWith(head, 'obj').find((o) => o < head && OBJECT_RELATIVES.has(view.tokens[o].lower));
  return pronoun !== undefined && pronoun === view.span(head)[0] && NOMINAL.has(view.upos(pronoun - 1));
}

/**
 * The noun a relative clause at `head` describes as its missing object ("the hostages | the gang had kidnapped",
 * "the bridge that insurgents blew up"), or null: the clause has a subject of its own before its verb and no object.
 */
export function objectGapNoun(view: TreeView, kb: Knowledge, head: number): number | null {
  const thatClause = isThatClause(view, kb, head);
  if (view.label(head) !== 'acl:relcl' && !thatClause && !pronounObjectClause(view, head)) return null;
  // the noun right before the clause is the one it describes, where the parse hangs it higher ("sanctions against
  // officials | it accused", hung on "sanctions")
  const before = view.span(head)[0] - 1;
  const noun = NOMINAL.has(view.upos(before)) && !thatClause ? before : view.head(head);
  if (noun < 0 || !NOMINAL.has(view.upos(noun))) return null;
  // ", a claim organisers rejected": a claim answered in a relative clause is read by its own trigger (denial-triggers.ts)
  if (kb.lexicon.claimNouns.has(view.tokens[noun].lemma)) return null;
  if (thatClause && view.children(head).some((c) => THAT_CLAUSE_PARTS.has(view.label(c)))) return null;
  const subject = view.childrenWith(head, 'nsubj')[0];
  if (subject === undefined || subject > head || SUBJECT_RELATIVES.has(view.tokens[subject].lower)) return null;
  const t = view.tokens;
  // "Brazil, whose president has sought to mediate": the noun owns the clause's subject; no object is missing
  if (view.children(subject).some((c) => t[c].lower === 'whose')) return null;
  if (view.childrenWith(head, 'obj').some((o) => !OBJECT_RELATIVES.has(t[o].lower))) return null;
  if (view.children(head).some((c) => SETTING_WORDS.has(t[c].lower))) return null;
  return noun;
}

/** The participants of the noun the relative clause at `head` describes as its object (the rule joins `rules`); [] when none. */
export function objectGapTargets(view: TreeView, ctx: SentenceContext, head: number, rules: string[]): ActorPhrase[] {
  const noun = objectGapNoun(view, ctx.kb, head);
  if (noun === null) return [];
  const found = participantsAt(view, ctx, noun).phrases;
  if (found.length) rules.push(OBJECT_GAP_RULE);
  return found;
}

/** The relative clause with an object gap that holds `node` (a word of its own, not the noun it describes), or null. */
export function objectGapClauseOf(view: TreeView, kb: Knowledge, node: number): number | null {
  for (let n = node, step = 0; n >= 0 && step < 8; n = view.head(n), step++) {
    if (view.base(n) === 'acl') return objectGapNoun(view, kb, n) === null ? null : n;
  }
  return null;
}
