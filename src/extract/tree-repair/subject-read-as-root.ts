import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';

/**
 * "The rebels and the government held talks", "Police and the army raided the camp": the parse made the first conjunct
 * of the subject the root and the verb its `conj`, with the second conjunct the verb's only subject, so the first
 * party was lost. A root noun with no verb of its own, right before the verb's "and"/"or" subject, is that subject's
 * first conjunct: the verb becomes the root, the noun its subject and the second one the noun's conjunct.
 */
export function repairSubjectReadAsRoot(tree: EditableTree, tokens: readonly Token[]): string | null {
  for (const noun of tree.nodes()) {
    if (tree.head(noun) !== -1 || !['NOUN', 'PROPN'].includes(tree.upos(noun))) continue;
    if (repairedAt(tree, tokens, noun)) return 'tree-repair:subject-read-as-root';
  }
  return null;
}

// apart from the node loop: its callbacks would make V8 allocate that loop's scope for every node
function repairedAt(tree: EditableTree, tokens: readonly Token[], noun: number): boolean {
  const kids = tree.children(noun);
  const verb = kids.find((c) => c > noun && tree.label(c) === 'conj' && tree.upos(c) === 'VERB');
  if (verb === undefined || kids.some((c) => ['nsubj', 'cop', 'acl', 'acl:relcl'].includes(tree.base(c)) || tree.label(c) === 'acl:relcl')) return false;
  const subject = tree.children(verb).find((c) => c < verb && tree.base(c) === 'nsubj');
  const cc = tree.children(verb).find((c) => tree.label(c) === 'cc' && ['and', 'or'].includes(tokens[c].lower));
  if (subject === undefined || cc === undefined || !['NOUN', 'PROPN'].includes(tree.upos(subject))) return false;
  // the "and" is right after the noun's phrase and right before the subject's
  const nounEnd = Math.max(noun, ...tree.descendants(noun, (k) => k < cc));
  const subjectStart = Math.min(subject, ...tree.descendants(subject, () => true));
  if (cc !== nounEnd + 1 || subjectStart !== cc + 1) return false;
  tree.attach(verb, -1, 'root');
  tree.attach(noun, verb, tree.label(subject));
  tree.attach(subject, noun, 'conj');
  tree.attach(cc, subject, 'cc');
  for (const c of kids) if (c > cc && tree.label(c) === 'punct') tree.attach(c, verb, 'punct');
  return true;
}
