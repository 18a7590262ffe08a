import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';
import type { RepairWords } from './repair-words.ts';
import { headlineShaped } from './headline-shape.ts';
import type { TreeView } from '../tree-roles/tree-view.ts';
import { baseForms, isIrregularPast } from '../morphology.ts';

export const HEADLINE_PASSIVE_RULE = 'tree-repair:headline-passive';
export const HEADLINE_INFINITIVE_RULE = 'tree-repair:headline-infinitive';

// what a passive participle never has beside its subject: an object, or an auxiliary, copula or clause of its own (a
// verb's `xcomp`: "vowed to resign"; a noun's is a misread phrase, "sentenced to prison")
const NO_PASSIVE_WITH = new Set(['obj', 'iobj', 'aux', 'cop', 'expl', 'ccomp', 'csubj']);
const ownClause = (tree: EditableTree, c: number) => NO_PASSIVE_WITH.has(tree.base(c)) || tree.base(c) === 'xcomp' && tree.upos(c) === 'VERB';
// the clauses that tell a headline's news: its root, or the clause before an attribution tail ("..., army says")
const TOLD_BEFORE_TAIL = new Set(['ccomp', 'parataxis']);

/**
 * "Journalist detained in Minsk", "Two aid workers kidnapped in Mali", "Opposition leader arrested after rally, party
 * says": a headline drops the "was"/"were" of a passive, and the parse read the bare participle as a past tense with
 * its undergoer for subject (the doer). Headlines tell past acts in the present ("Police arrest"), so a headline's
 * main verb in a past form with a subject before it and no object, auxiliary or clause of its own is a passive: its
 * subject is the passive's (`nsubj:pass`). Verbs that act with no object ("fans fought", "troops withdrew":
 * subject-act-verbs.tsv, intransitive-verbs.tsv) keep their subject as the doer.
 */
export function repairHeadlinePassive(tree: EditableTree, tokens: readonly Token[], words: RepairWords): string | null {
  const nodes = tree.nodes();
  if (nodes.length < 2 || !headlineShaped(tokens, nodes[0], nodes[nodes.length - 1])) return null;
  for (const verb of toldClauses(tree)) {
    const t = tokens[verb];
    const kids = tree.children(verb);
    // (a by-phrase of the doer makes any form a passive: "Hospital hit by drone in Khartoum")
    const agent = kids.some((c) => tree.label(c) === 'obl:agent');
    if (tree.upos(verb) !== 'VERB' || !pastForm(t) && !agent || actsWithoutObject(t, words)) continue;
    if (kids.some((c) => ownClause(tree, c) || tree.label(c) === 'nsubj:pass')) continue;
    const subject = kids.find((c) => c < verb && tree.label(c) === 'nsubj');
    if (subject === undefined) continue;
    tree.attach(subject, verb, 'nsubj:pass');
    return HEADLINE_PASSIVE_RULE;
  }
  return null;
}

/** The verb's subject is a headline's passive one, its "was" dropped (`repairHeadlinePassive`). */
export function headlinePassive(view: TreeView, verb: number): boolean {
  return view.childrenWith(verb, 'nsubj:pass').some((c) => view.repairOf(c) === HEADLINE_PASSIVE_RULE);
}

/**
 * "Army to deploy troops in capital", "Police to deploy 5,000 officers for vote": a headline's "to" tells what its
 * subject is to do, with no "is" before it, and the parse made the subject's noun the root with the infinitive its
 * modifier (a purpose: "forces to protect the capital"). In a headline whose root noun has no verb but an infinitive
 * right after it, that infinitive is the root and the noun its subject (the act is planned: extract/headline-future.ts);
 * before an attribution tail that took the noun as a second subject, the infinitive is the tail's clause.
 */
export function repairHeadlineInfinitive(tree: EditableTree, tokens: readonly Token[]): string | null {
  const nodes = tree.nodes();
  if (nodes.length < 3 || !headlineShaped(tokens, nodes[0], nodes[nodes.length - 1])) return null;
  const roots = nodes.filter((k) => tree.head(k) < 0);
  if (roots.length !== 1) return null;
  // the noun is the root, or the first of two subjects of an attribution tail ("Kenya to send police, minister says")
  const tail = tree.upos(roots[0]) === 'VERB' ? roots[0] : -1;
  const noun = tail < 0 ? roots[0] : tree.children(tail).find((c) => c < tail && tree.base(c) === 'nsubj') ?? -1;
  if (noun < 0 || !['NOUN', 'PROPN'].includes(tree.upos(noun))) return null;
  const to = noun + 1, verb = noun + 2;
  if (tokens[to]?.lower !== 'to' || tree.head(to) !== verb || tree.base(to) !== 'mark') return null;
  if (tree.head(verb) !== noun || tree.base(verb) !== 'acl' || tree.upos(verb) !== 'VERB') return null;
  if (tail >= 0 && !tree.children(tail).some((c) => c > verb && tree.base(c) === 'nsubj')) return null;
  // (a headline with a verb of its own has its clause: "Protesters rally against plan to close mines")
  if (nodes.some((k) => k !== verb && k !== tail && tree.upos(k) === 'VERB' && tree.children(k).some((c) => tree.base(c) === 'nsubj'))) return null;
  if (tail < 0) tree.attach(verb, -1, 'root');
  else tree.attach(verb, tail, 'ccomp');
  tree.attach(noun, verb, 'nsubj');
  return HEADLINE_INFINITIVE_RULE;
}

/**
 * "Three soldiers killed in ambush near Gao", "Aid convoy attacked near Rafah": a headline of a noun and a
 * participle after it, read as a noun described by a reduced relative (a noun phrase, no news), is the passive with its
 * "was" dropped: the participle is the root, the noun its passive subject. Only in a headline whose one root is that
 * noun, with no verb that has a subject of its own; verbs that act with no object keep their reading ("troops withdrew").
 */
export function repairHeadlineParticipleRoot(tree: EditableTree, tokens: readonly Token[], words: RepairWords): string | null {
  const nodes = tree.nodes();
  if (nodes.length < 3 || !headlineShaped(tokens, nodes[0], nodes[nodes.length - 1])) return null;
  const roots = nodes.filter((k) => tree.head(k) < 0);
  if (roots.length !== 1 || !['NOUN', 'PROPN'].includes(tree.upos(roots[0]))) return null;
  const noun = roots[0], verb = noun + 1, t = tokens[verb];
  if (!t || tree.head(verb) !== noun || tree.base(verb) !== 'acl' || tree.upos(verb) !== 'VERB' || !pastForm(t)) return null;
  if (actsWithoutObject(t, words)) return null;
  if (tree.children(verb).some((c) => ownClause(tree, c))) return null;
  if (nodes.some((k) => k !== verb && tree.upos(k) === 'VERB' && tree.children(k).some((c) => tree.base(c) === 'nsubj'))) return null;
  tree.attach(verb, -1, 'root');
  tree.attach(noun, verb, 'nsubj:pass');
  return HEADLINE_PASSIVE_RULE;
}

/** A past tense or participle: "detained", "held", "shot" (a re-tagged noun's lemma is the noun's: "shot"). */
function pastForm(t: Token): boolean {
  // (an -ed word the word tagger read as a noun keeps its form as its lemma: "activists | abducted in Bamako, ... says")
  return /ed$/.test(t.lower) && (t.lower !== t.lemma || t.pos !== 'VERB' && NOUN_READ_PAST.test(t.lower)) || isIrregularPast(t.lower);
}
const NOUN_READ_PAST = /[a-z]{2}[^e]ed$/;

/** A verb that acts with no object: "fans fought", "troops withdrew" (its lemma or base form in the lists). */
function actsWithoutObject(t: Token, words: RepairWords): boolean {
  return [t.lemma, ...baseForms(t)].some((v) => words.subjectActVerbs.has(v) || (words.intransitiveVerbs?.has(v) ?? false));
}

/** The root clauses, each with the clause an attribution tail after it reports ("Rebels seize town, army says"). */
function toldClauses(tree: EditableTree): number[] {
  const told: number[] = [];
  for (const root of tree.nodes().filter((k) => tree.head(k) < 0)) {
    told.push(root);
    for (const c of tree.children(root)) if (c < root && TOLD_BEFORE_TAIL.has(tree.base(c))) told.push(c);
  }
  return told;
}
