import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';

// Words that name when on their own, never a noun's modifier or an agent: "issued sanctions Thursday imposing ..."
const TIME_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight', 'overnight']);

/** The nearest verb above `node` (the clause the time word belongs to), or -1. */
function verbAbove(tree: EditableTree, node: number): number {
  let up = tree.head(node);
  while (up >= 0 && tree.upos(up) !== 'VERB') up = tree.head(up);
  return up;
}

/**
 * "The Treasury issued new sanctions Thursday imposing penalties on two companies": a time word between a noun and the
 * -ing participle that describes it, read as part of the participle's phrase. The tagger-2 model reads it either as a
 * modifier of the participle's object ("Thursday" a `compound`, "imposing" an `amod` of "penalties") or as the
 * participle's subject ("Thursday" its `nsubj`, the participle an `acl:relcl`). A weekday or "today"/"overnight" does not
 * modify a noun nor act: it times the clause above, and the participle is an `acl` of the noun before the time word,
 * with its object back:
 *   "announced fresh sanctions Monday imposing penalties on three banks", "unveiled measures Friday banning imports",
 *   "issued a statement Tuesday accusing the rebels of shelling the town".
 */
export function repairTimeWordBeforeParticiple(tree: EditableTree, tokens: readonly Token[]): string | null {
  let repaired = false;
  const nodes = tree.nodes();
  for (const time of nodes) {
    const participle = time + 1;
    if (!TIME_WORDS.has(tokens[time].lower) || participle > nodes[nodes.length - 1]) continue;
    if (tree.upos(participle) !== 'VERB' || !tokens[participle].lower.endsWith('ing') || tree.children(time).length > 0) continue;
    // the rest in a function of its own: a callback here would allocate a closure scope for every word
    if (repairedAt(tree, tokens, time)) repaired = true;
  }
  return repaired ? 'tree-repair:time-word-before-participle' : null;
}

function repairedAt(tree: EditableTree, tokens: readonly Token[], time: number): boolean {
  const participle = time + 1;
  if (tree.label(time) === 'nsubj' && tree.head(time) === participle && ['acl', 'acl:relcl'].includes(tree.label(participle)) && tree.head(participle) < time) {
    // "sanctions Monday imposing penalties" with "Monday" the subject of "imposing"
    const clause = verbAbove(tree, participle);
    if (clause < 0) return false;
    tree.attach(time, clause, 'obl:unmarked');
    tree.attach(participle, tree.head(participle), 'acl');
    return true;
  } else if (tree.label(time) === 'compound' && tree.label(participle) === 'amod' && tree.head(time) === tree.head(participle)) {
    // "sanctions Thursday imposing penalties" read as one noun phrase "Thursday imposing penalties"
    const object = tree.head(participle);
    const before = tree.head(object);
    if (object < participle || before < 0 || before > time || tree.children(object).some((k) => k < time) || verbAbove(tree, object) < 0) return false;
    tree.attach(participle, before, tree.upos(before) === 'VERB' ? 'advcl' : 'acl');
    tree.attach(object, participle, 'obj');
    tree.attach(time, verbAbove(tree, participle), 'obl:unmarked');
    return true;
  }
  return false;
}
