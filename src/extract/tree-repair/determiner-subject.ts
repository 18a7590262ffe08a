import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';

// Determiners that stand alone as a pronoun: "Another killed three contractors", "Some fled", "Each carried a rifle"
const PRONOUN_DETERMINERS = new Set(['another', 'some', 'many', 'each', 'both', 'all', 'several', 'few', 'most', 'others', 'one', 'none', 'either', 'neither']);

/**
 * A determiner cannot modify a verb: where the parse gives a verb (read as a verb by both taggers) a `det` right
 * before it, the determiner is a pronoun that is the verb's subject, and a noun the verb hung from as a
 * modifier (`amod`, the sentence's root) is its object:
 *   "Another killed three American contractors" (killed an `amod` of contractors, "Another" its `det`),
 *   "Some fled across the border", "Each carried two rifles".
 */
export function repairDeterminerSubject(tree: EditableTree, tokens: readonly Token[]): string | null {
  for (const verb of tree.nodes()) {
    if (tree.upos(verb) !== 'VERB' || tokens[verb].pos !== 'VERB') continue;
    // a plain loop: this runs on every verb of every parsed sentence
    let det: number | undefined;
    for (const c of tree.children(verb)) if (c === verb - 1 && tree.label(c) === 'det' && PRONOUN_DETERMINERS.has(tokens[c].lower)) { det = c; break; }
    if (det === undefined) continue;
    const noun = tree.head(verb);
    const passive = tree.children(verb).some((c) => tree.label(c) === 'aux:pass');
    tree.attach(det, verb, passive ? 'nsubj:pass' : 'nsubj');
    if (tree.label(verb) === 'amod' && noun > verb && tree.head(noun) < 0) {
      tree.attach(verb, -1, 'root');
      tree.attach(noun, verb, 'obj');
      for (const c of tree.children(noun)) if (c > noun && tree.label(c) === 'punct') tree.attach(c, verb, 'punct');
    }
    return 'tree-repair:determiner-subject';
  }
  return null;
}
