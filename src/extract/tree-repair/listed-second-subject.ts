import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';
import { subjectBefore } from './second-subject-apposition.ts';

const LIST_WORDS = new Set(['and', 'or']);

/**
 * "Two civilians, a police officer and four gunmen were killed", "Kenya, Uganda and Tanzania signed ...": a list of
 * three or more subjects read as two subjects of the verb, the second holding the last conjunct. A verb has one
 * subject: the second (right after the comma that ends the first, no comma closing it, its own "and" conjunct) is a
 * conjunct of the first, and so is the last one (UD hangs every conjunct on the first). An apposition ("X, a police
 * spokesman, said") has a closing comma and no conjunct of its own (second-subject-apposition.ts).
 */
export function repairListedSecondSubject(tree: EditableTree, tokens: readonly Token[]): string | null {
  for (const verb of tree.nodes()) {
    const second = subjectBefore(tree, verb, 1);
    if (second < 0) continue;
    const first = subjectBefore(tree, verb, 0);
    if (tree.label(first) !== tree.label(second)) continue;
    const last = listedConjunct(tree, tokens, first, second, verb);
    if (last < 0) continue;
    tree.attach(second, first, 'conj');
    tree.attach(last, first, 'conj');
    return 'tree-repair:listed-second-subject';
  }
  return null;
}

// apart from the verb loop: its callbacks would make V8 allocate that loop's scope for every node
function listedConjunct(tree: EditableTree, tokens: readonly Token[], first: number, second: number, verb: number): number {
  const firstEnd = Math.max(first, ...tree.descendants(first, (k) => k < second && tree.label(k) !== 'punct'));
  const span = [second, ...tree.descendants(second, (k) => tree.label(k) !== 'punct')];
  const lo = Math.min(...span);
  const hi = Math.max(...span);
  if (tokens[lo - 1]?.text !== ',' || lo - 1 !== firstEnd + 1 || hi >= verb || tokens[hi + 1]?.text === ',') return -1;
  const last = tree.children(second).find((c) => c > second && tree.label(c) === 'conj');
  if (last === undefined || !tree.children(last).some((c) => tree.label(c) === 'cc' && LIST_WORDS.has(tokens[c].lower))) return -1;
  return last;
}
