import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';
import { takesBareClause } from './clause-verbs.ts';

const NOMINAL = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);
const CLAUSE_RELATIONS = new Set(['ccomp', 'xcomp', 'advcl', 'dep', 'parataxis']);

/**
 * "Protesters threw stones and police fired tear gas", "Militants attacked a checkpoint and soldiers killed three of
 * them": two clauses joined by "and"/"but", the second with a subject of its own, read as one verb taking a clause
 * whose subject is coordinated ("threw [stones and police] fired"): the first verb is left without its object and the
 * second clause's doer is a conjunct of it. A verb that takes no clause without "that" (clause-verbs.ts) cannot take
 * one: the noun right after it is its object, the conjunct right before the second verb, which is inflected (past or
 * present, neither base form nor participle: "made the town and its people suffer"), is that verb's subject, and the
 * verb a `conj` of the first with the "and" its `cc`. "Witnesses saw soldiers and police beat protesters" keeps its
 * clause ("saw" takes one).
 */
export function repairObjectReadAsSubject(tree: EditableTree, tokens: readonly Token[]): string | null {
  for (const second of tree.nodes()) {
    if (tree.upos(second) !== 'VERB') continue;
    // the rest in a function of its own: a callback here would allocate a closure scope for every word
    if (CLAUSE_RELATIONS.has(tree.base(second)) ? repairedAt(tree, tokens, second) : tree.base(second) === 'acl' && describedObjectAt(tree, tokens, second)) return 'tree-repair:object-read-as-subject';
  }
  return null;
}

/**
 * "Insurgents attacked an army post and troops killed five of them": the second verb read as describing the object
 * ("post ... killed five"), the second doer a conjunct of the object. A past form with an object of its own describes
 * no noun (a participle that describes one is passive: "the leader and members wanted for murder"); when the conjunct
 * ends right before it, the conjunct is its subject and the verb a `conj` of the first.
 */
function describedObjectAt(tree: EditableTree, tokens: readonly Token[], second: number): boolean {
  const object = tree.head(second), first = tree.head(object);
  if (object > second || tree.label(object) !== 'obj' || first < 0 || first > object || tree.upos(first) !== 'VERB' || !inflected(tokens[second])) return false;
  if (!tree.children(second).some((k) => tree.base(k) === 'obj' && k > second)) return false;
  return coordinated(tree, tokens, first, object, second);
}

// the conjunct of the object that ends right before the second verb becomes its subject, with the "and"/"but"
function coordinated(tree: EditableTree, tokens: readonly Token[], first: number, object: number, second: number): boolean {
  const subject = tree.children(object).find((k) => tree.label(k) === 'conj' && k > object);
  if (subject === undefined || !NOMINAL.has(tree.upos(subject)) || lastWordOf(tree, subject) !== second - 1) return false;
  const cc = tree.children(subject).find((k) => tree.label(k) === 'cc' && k < subject && (tokens[k].lower === 'and' || tokens[k].lower === 'but'));
  if (cc === undefined) return false;
  tree.attach(second, first, 'conj');
  tree.attach(object, first, 'obj');
  tree.attach(subject, second, 'nsubj');
  tree.attach(cc, second, 'cc');
  return true;
}

function repairedAt(tree: EditableTree, tokens: readonly Token[], second: number): boolean {
  const first = tree.head(second);
  if (first < 0 || first > second || tree.upos(first) !== 'VERB' || takesBareClause(tokens[first]) || !inflected(tokens[second])) return false;
  const object = tree.children(second).find((k) => tree.label(k) === 'nsubj' && k > first && k < second);
  if (object === undefined || !NOMINAL.has(tree.upos(object)) || tree.children(first).some((k) => tree.base(k) === 'obj')) return false;
  if (tree.children(second).some((k) => tree.base(k) === 'mark' || tokens[k].lower === 'to')) return false;
  // the object's phrase opens right after the first verb: its words before its head are its own
  for (let k = first + 1; k < object; k++) if (tree.head(k) !== object) return false;
  return coordinated(tree, tokens, first, object, second);
}

// "fired", "kills": a finite form other than the base ("suffer") and the -ing participle
const inflected = (t: Token) => t.lower !== t.lemma && !t.lower.endsWith('ing');

function lastWordOf(tree: EditableTree, node: number): number {
  let last = node;
  for (const k of tree.descendants(node, () => true)) if (k > last) last = k;
  return last;
}
