import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';
import type { RepairWords } from './repair-words.ts';

// Words that open either a phrase ("after the war") or a clause ("after the army shelled the town").
const SUBORDINATORS = new Set(['after', 'before', 'since', 'until', 'as', 'when', 'while', 'once']);
const NOMINAL = new Set(['NOUN', 'PROPN', 'PRON']);
const SUBJECTS = new Set(['nsubj', 'csubj', 'expl']);

/**
 * "Thousands of people fled after the army shelled their villages": the sentence's predicate read as a reduced relative
 * of its subject ("people fled" an `acl`, "after the army" its oblique) and the subordinate clause's verb as the root,
 * with the main subject as its subject. A verb of unrest, flight or arrival (subject-act-verbs.tsv) in a past form, with
 * no object, cannot be a participle describing the noun; so it is the main predicate: the root, the subject its
 * `nsubj`, the subordinate verb its `advcl` with the phrase's noun as that verb's subject and the opener its `mark`:
 *   "Hundreds of families fled after the militia burned their homes",
 *   "Thousands of civilians fled as government troops bombed their neighborhoods".
 * A past form that may be a participle stays ("Residents evacuated after the flood returned home").
 */
export function repairPredicateReadAsRelative(tree: EditableTree, tokens: readonly Token[], words: RepairWords): string | null {
  const root = tree.nodes().find((n) => tree.head(n) < 0);
  if (root === undefined || tree.upos(root) !== 'VERB') return null;
  const subjects = tree.children(root).filter((k) => SUBJECTS.has(tree.base(k)));
  if (subjects.length !== 1 || subjects[0] > root || tree.base(subjects[0]) !== 'nsubj') return null;
  const subject = subjects[0];
  for (const verb of tree.descendants(subject, (k) => k < root)) {
    if (repairedAt(tree, tokens, words, root, subject, verb)) return 'tree-repair:predicate-read-as-relative';
  }
  return null;
}

// apart from the node loop: its callbacks would make V8 allocate that loop's scope for every node
function repairedAt(tree: EditableTree, tokens: readonly Token[], words: RepairWords, root: number, subject: number, verb: number): boolean {
  if (tree.upos(verb) !== 'VERB' || tree.label(verb) !== 'acl' || verb > root) return false;
  if (!words.subjectActVerbs.has(tokens[verb].lemma) || tokens[verb].lower === tokens[verb].lemma || tokens[verb].lower.endsWith('ing')) return false;
  if (tree.children(verb).some((k) => tree.base(k) === 'obj' || tree.base(k) === 'aux' || tree.base(k) === 'aux:pass')) return false;
  // the subordinate clause's subject: the verb's last oblique, opened by a subordinator, its phrase ending at the root
  const noun = tree.children(verb).filter((k) => k > verb && k < root && tree.base(k) === 'obl').pop();
  if (noun === undefined || !NOMINAL.has(tree.upos(noun))) return false;
  const marker = tree.children(noun).find((k) => k < noun && tree.label(k) === 'case' && SUBORDINATORS.has(tokens[k].lower));
  if (marker === undefined || Math.max(noun, ...tree.descendants(noun, () => true)) !== root - 1) return false;
  tree.attach(verb, -1, 'root');
  tree.attach(subject, verb, 'nsubj');
  tree.attach(root, verb, 'advcl');
  tree.attach(noun, root, 'nsubj');
  tree.attach(marker, root, 'mark');
  // the full stop closes the main clause
  const last = tree.children(root).at(-1);
  if (last !== undefined && tree.label(last) === 'punct' && tokens[last].text === '.') tree.attach(last, verb, 'punct');
  return true;
}
