import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';

// Forms of "tell": its first object is whom it tells, and a reported clause without "that" may follow that at once.
export const TELLING_FORMS = new Set(['tell', 'tells', 'told', 'telling']);
const NOMINAL = new Set(['NOUN', 'PROPN']);

const first = (tree: EditableTree, node: number) => Math.min(node, ...tree.descendants(node, () => true));

/**
 * "told reporters the rebels had attacked", "told VOA soldiers opened fire", "told AFP Israeli jets struck": whom the
 * speaker told read as (part of) the reported clause's subject. An active "tell" with no object of its own, whose
 * clause without "that" has its subject right after the verb, told someone: that first phrase is its `iobj`.
 *  - two subjects of the clause verb, the first right after "told": the first is the addressee;
 *  - one subject whose leading compound ("VOA soldiers", "the Associated Press militants") opens it: the compound is;
 *  - the addressee read as the verb's `iobj` together with the subject, the clause an `xcomp` with no subject and no
 *    "to" ("told AFP Israeli jets struck a house"): the compound is the addressee, the rest the clause's subject.
 * A passive "was told" has no addressee after it and is left alone.
 */
export function repairAddresseeReadAsSubject(tree: EditableTree, tokens: readonly Token[]): string | null {
  let repaired = false;
  for (const tell of tree.nodes()) {
    if (!TELLING_FORMS.has(tokens[tell].lower) || tree.upos(tell) !== 'VERB') continue;
    if (repairedAt(tree, tokens, tell)) repaired = true;
  }
  return repaired ? 'tree-repair:addressee-read-as-subject' : null;
}

function repairedAt(tree: EditableTree, tokens: readonly Token[], tell: number): boolean {
  const kids = tree.children(tell);
  if (kids.some((c) => tree.label(c) === 'aux:pass' || tree.label(c) === 'nsubj:pass' || tree.base(c) === 'obj')) return false;
  const clause = kids.find((c) => c > tell && (tree.base(c) === 'ccomp' || tree.base(c) === 'xcomp') && tree.upos(c) === 'VERB' && !tokens[c].lower.endsWith('ing'));
  if (clause === undefined || tree.children(clause).some((c) => tree.base(c) === 'mark' && c < clause)) return false;
  const iobj = kids.find((c) => tree.base(c) === 'iobj');
  if (iobj !== undefined) return splitObject(tree, tell, iobj, clause);
  const subjects = tree.children(clause).filter((c) => c < clause && tree.label(c) === 'nsubj' && NOMINAL.has(tree.upos(c)));
  if (subjects.length === 0 || first(tree, subjects[0]) !== tell + 1) return false;
  if (subjects.length >= 2) {
    tree.attach(subjects[0], tell, 'iobj');
    return true;
  }
  return leadingCompound(tree, tell, subjects[0]);
}

/** "VOA soldiers", "the Associated Press militants": the subject's compound that opens it becomes the addressee. */
function leadingCompound(tree: EditableTree, tell: number, subject: number): boolean {
  const compound = tree.children(subject).find((c) => c < subject && tree.label(c) === 'compound' && tree.upos(c) === 'PROPN');
  if (compound === undefined) return false;
  const det = tree.children(subject).find((c) => c < compound && tree.base(c) === 'det');
  const start = det ?? compound;
  if (start !== tell + 1 || first(tree, compound) !== (det === undefined ? tell + 1 : tell + 2)) return false;
  tree.attach(compound, tell, 'iobj');
  if (det !== undefined) tree.attach(det, compound, 'det');
  return true;
}

/** "told AFP Israeli jets struck a house": iobj "AFP Israeli jets", clause "struck" an xcomp with no subject. */
function splitObject(tree: EditableTree, tell: number, iobj: number, clause: number): boolean {
  if (tree.base(clause) !== 'xcomp' || tree.children(clause).some((c) => tree.base(c) === 'nsubj') || iobj > clause) return false;
  const compound = tree.children(iobj).find((c) => c < iobj && tree.label(c) === 'compound' && NOMINAL.has(tree.upos(c)) && first(tree, c) === tell + 1);
  // the head's own modifiers after the compound ("AFP | Israeli jets"): two phrases, not a name and its noun
  if (compound === undefined || !tree.children(iobj).some((c) => c > compound && c < iobj && tree.base(c) === 'amod')) return false;
  tree.attach(compound, tell, 'iobj');
  tree.attach(iobj, clause, 'nsubj');
  tree.attach(clause, tell, 'ccomp');
  return true;
}
