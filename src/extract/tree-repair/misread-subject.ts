import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';

const NOMINAL = new Set(['NOUN', 'PROPN']);
const BETWEEN = new Set(['compound', 'aux', 'advmod']);
const hasSubject = (tree: EditableTree, verb: number) => tree.children(verb).some((c) => tree.base(c) === 'nsubj');

/**
 * A compound modifies a noun, never a verb: a noun read as the `compound` of a verb right after it, where the verb has
 * no subject, is that verb's subject. Wire copy opens sentences with a setting, and after its comma the subject is
 * misread so: "In the capital, police arrested dozens", "Along the border, Indian troops exchanged fire",
 * "On Sunday, soldiers burned the market". A gerund keeps its modifier ("oil drilling resumed").
 */
export function repairSubjectReadAsCompound(tree: EditableTree, tokens: readonly Token[]): string | null {
  let repaired = false;
  for (const noun of tree.nodes()) {
    // the rest in a function of its own: a callback in this loop would allocate a closure scope for every word
    if (tree.label(noun) === 'compound' && NOMINAL.has(tree.upos(noun)) && compoundRepairedAt(tree, tokens, noun)) repaired = true;
  }
  return repaired ? 'tree-repair:subject-read-as-compound' : null;
}

function compoundRepairedAt(tree: EditableTree, tokens: readonly Token[], noun: number): boolean {
  const verb = tree.head(noun);
  if (verb <= noun || tree.upos(verb) !== 'VERB' || tokens[verb].lower.endsWith('ing')) return false;
  // only the verb's auxiliaries and adverbs between it and the subject: "troops | exchanged", "soldiers | were deployed"
  if (tree.children(verb).some((c) => c > noun && c < verb && !BETWEEN.has(tree.base(c))) || hasSubject(tree, verb)) return false;
  const passive = tree.children(verb).some((c) => tree.label(c) === 'aux:pass');
  tree.attach(noun, verb, passive ? 'nsubj:pass' : 'nsubj');
  return true;
}

/**
 * A phrase with a preposition is no subject. "According to local officials, gunmen stormed a police station": the
 * source read as the verb's subject and the real subject after the comma as its conjunct (no "and"). The marked phrase
 * is an oblique of the verb and the conjunct its subject: "According to witnesses, soldiers fired on the crowd",
 * "Despite the truce, rebels shelled the town". A conjunct with its "and" is the marked phrase's own ("according to
 * police and witnesses, ...") and the phrase stays the parse's.
 */
export function repairMarkedPhraseAsSubject(tree: EditableTree, tokens: readonly Token[]): string | null {
  let repaired = false;
  for (const noun of tree.nodes()) {
    // the rest in a function of its own: a callback in this loop would allocate a closure scope for every word
    if (tree.base(noun) === 'nsubj' && NOMINAL.has(tree.upos(noun)) && markedRepairedAt(tree, tokens, noun)) repaired = true;
  }
  return repaired ? 'tree-repair:marked-phrase-as-subject' : null;
}

function markedRepairedAt(tree: EditableTree, tokens: readonly Token[], noun: number): boolean {
  const mark = tree.children(noun).find((c) => c < noun && tree.base(c) === 'case');
  // the phrase opens its clause (sentence start, after a comma or "that"): "strikes on the port will continue" has
  // its subject before the preposition
  if (mark === undefined || !(mark === tree.nodes()[0] || tokens[mark - 1].pos === 'PUNCT' || tokens[mark - 1].lower === 'that')) return false;
  const verb = tree.head(noun);
  const conjunct = tree.children(noun).find((c) => c > noun && c < verb && tree.label(c) === 'conj' && NOMINAL.has(tree.upos(c)) && !tree.children(c).some((k) => tree.base(k) === 'cc'));
  if (verb < 0 || conjunct === undefined) return false;
  tree.attach(noun, verb, 'obl');
  tree.attach(conjunct, verb, tree.children(verb).some((c) => tree.label(c) === 'aux:pass') ? 'nsubj:pass' : 'nsubj');
  return true;
}
