import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';

// verbs that name their object with a predicate after it ("called the strike a war crime")
const NAMING_VERBS = new Set(['call', 'label', 'brand', 'term', 'dub']);
/** Their forms, the words the repair needs one of (repair-cues.ts); the tagger may leave "branded" unlemmatised. */
export const NAMING_FORMS: ReadonlySet<string> = new Set([...NAMING_VERBS, 'calls', 'called', 'labels', 'labeled', 'labelled', 'brands', 'branded',
  'terms', 'termed', 'dubs', 'dubbed']);
/** A verb of naming, by its lemma or its form. */
export const isNamingVerb = (t: Token) => NAMING_VERBS.has(t.lemma) || NAMING_FORMS.has(t.lower);
const INDEFINITE = new Set(['a', 'an']);
// what the parse may hang the predicate by on the object's last noun
const MISREAD = new Set(['appos', 'nmod', 'obl', 'dep']);

/**
 * "Zelenskiy called the drone strike on the bus in Sumy "a massacre"", "The mayor branded the police raid on the camp
 * near the river a cold-blooded murder": the predicate of a naming verb after a long object, an indefinite noun phrase
 * with no preposition and no comma before it, read as an apposition or a modifier of the object's last noun. It is
 * the verb's `xcomp`, what the object is called (core/naming-call.ts and core/naming-accusation.ts read it there). An
 * apposition set off by a comma stays ("called the envoy, a veteran diplomat, to the ministry").
 */
export function repairNamingPredicate(tree: EditableTree, tokens: readonly Token[]): string | null {
  let repaired = false;
  for (const verb of tree.nodes()) {
    if (isNamingVerb(tokens[verb]) && tree.upos(verb) === 'VERB' && repairedAt(tree, tokens, verb)) repaired = true;
  }
  return repaired ? 'tree-repair:naming-predicate' : null;
}

function repairedAt(tree: EditableTree, tokens: readonly Token[], verb: number): boolean {
  const kids = tree.children(verb);
  const object = kids.find((k) => tree.label(k) === 'obj' && k > verb);
  if (object === undefined || kids.some((k) => tree.label(k) === 'xcomp' || tree.label(k) === 'obj' && k !== object)) return false;
  for (const node of tree.descendants(verb, () => true)) {
    if (node <= object || tree.upos(node) !== 'NOUN' || !MISREAD.has(tree.label(node))) continue;
    const inner = tree.children(node);
    if (inner.some((k) => tree.label(k) === 'case')) continue;
    const det = inner.find((k) => tree.label(k) === 'det' && k < node && INDEFINITE.has(tokens[k].lower));
    if (det === undefined) continue;
    // the phrase opens on its "a" (or a quotation mark before it), with no comma before
    const before = tokens[det - 1]?.text === '"' || tokens[det - 1]?.text === '“' ? det - 2 : det - 1;
    if (before <= object || tokens[before].text === ',') continue;
    tree.attach(node, verb, 'xcomp');
    return true;
  }
  return false;
}
