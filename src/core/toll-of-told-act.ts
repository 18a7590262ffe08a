import type { Knowledge } from '../knowledge/types.ts';
import type { Candidate } from '../extract/candidate.ts';
import type { TreeView } from '../extract/tree-roles/index.ts';
import { isActNoun } from '../extract/tree-roles/object-words.ts';
import { cuePhrases } from '../extract/cue-groups.ts';
import { isDefinite } from './coreference-compatible.ts';

// the prepositions that tie what befell people to the act that did it: "killed in the attack", "during the raid"
const WITHIN = new Set(['in', 'during', 'amid']);

/**
 * A casualty report that only tells the toll of an act told before, not a new act. It is kept only as a mention of
 * that act (coreference joins it to the act, or drops it when the article told none):
 *  - `definite`: a passive with no agent whose oblique is a definite act noun: "More than 20 policemen were killed in
 *    the attack", "two guards were wounded during Friday's raid", "nine were injured in the bombing". An indefinite
 *    act ("killed in an attack on a checkpoint") is new news and stays; an act noun the sentence itself codes takes
 *    the victims (refiner casualties-of-attack); so is one joined to a clause whose subject is a definite act noun
 *    ("the siege lasted two days and 12 hostages were killed");
 *  - `consequence`: a relative clause on what an act set off (data/lexicon/clause-cues.tsv, effect consequence):
 *    "forces assaulted rebel towns, triggering battles that killed 40 people", "the raid sparked clashes that left
 *    nine dead": the dead are the toll of the act that began it (the PLOVER record of the act carries its fatalities).
 */
export function tollOfToldAct(kb: Knowledge, view: TreeView, text: string, sentenceStart: number, c: Candidate): 'definite' | 'consequence' | null {
  if (c.trigger.pattern.kind !== 'verb') return null;
  const verb = c.trigger.head;
  if (setOffByAct(view, verb, cuePhrases(kb.lexicon.clauseCues, 'consequence'))) return 'consequence';
  if (c.actors.length > 0 || !c.rules.includes('roles:passive') || view.childrenWith(verb, 'obl:agent').length > 0) return null;
  const definiteAct = (n: number) => isActNoun(kb, view.tokens[n].lemma) && !isProtestNoun(kb, view.tokens[n].lemma) && isDefinite(text, view.tokens[n].start, sentenceStart);
  const inAct = (v: number) => view.childrenWith(v, 'obl').some((o) => WITHIN.has(view.marker(o) ?? '') && definiteAct(o));
  // "a soldier was killed and a second was injured in the ambush": the act set after coordinated passives is both's
  const partners = [...view.childrenWith(verb, 'conj'), ...(view.label(verb) === 'conj' ? [view.head(verb)] : [])].filter((v) => v >= 0 && view.isPassive(v));
  const definite = inAct(verb) || partners.some(inAct)
    // "That attack lasted 29 hours and more than 54 people were killed": the toll joined to a clause about the act
    || view.label(verb) === 'conj' && view.childrenWith(view.head(verb), 'nsubj').some(definiteAct);
  return definite ? 'definite' : null;
}

// "triggering battles that killed": the verb is a relative clause on the object of a verb of setting off, which
// itself hangs on a clause (the act)
function setOffByAct(view: TreeView, verb: number, consequences: ReadonlySet<string>): boolean {
  if (view.label(verb) !== 'acl:relcl') return false;
  const result = view.head(verb);
  if (result < 0) return false;
  const cause = view.head(result);
  if (view.base(result) === 'obj' && cause >= 0 && consequences.has(view.tokens[cause].lemma) && view.head(cause) >= 0) return true;
  // the parse may take the participle for the noun's adjective ("sparking gunfights" an amod, the noun a conjunct)
  return view.childrenWith(result, 'amod').some((a) => a === result - 1 && /ing$/.test(view.tokens[a].lower) && consequences.has(view.tokens[a].lemma));
}

/**
 * "were arrested during the protests", "were killed during the demonstrations": what befell people at a protest is
 * done by others (police, troops), a new act, never the toll of the protest (CAMEO 14: the noun's one-word rows).
 */
function isProtestNoun(kb: Knowledge, lemma: string): boolean {
  const rows = (kb.patterns.get(lemma) ?? []).filter((p) => p.kind === 'noun' && p.steps.length === 1);
  return rows.length > 0 && rows.every((p) => p.cameo.startsWith('14'));
}
