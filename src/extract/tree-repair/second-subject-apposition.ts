import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';

const SUBJECTS = new Set(['nsubj', 'nsubj:pass']);

/**
 * A verb has one subject: where the parse gives it two, the second set off by commas right after the first ("Abu
 * Mohammed al-Julani, the leader of Hayat Tahrir al-Sham, met ...", "Ahmed Musa, a police spokesman, said ...") and
 * opening with a determiner, the second is the first's apposition:
 *   "X, the leader of Y, met", "X, a senior commander, was killed", "X, the group's spokesman, said".
 */
export function repairSecondSubjectApposition(tree: EditableTree, tokens: readonly Token[]): string | null {
  for (const verb of tree.nodes()) {
    const second = subjectBefore(tree, verb, 1);
    if (second < 0) continue;
    const first = subjectBefore(tree, verb, 0);
    if (tree.upos(first) !== 'PROPN' || !isApposition(tree, tokens, first, second)) continue;
    tree.attach(second, first, 'appos');
    return 'tree-repair:second-subject-apposition';
  }
  return null;
}

/** The verb's `nth` subject (0 the first) among those the parse hangs before it, or -1: a loop, no array per verb. */
export function subjectBefore(tree: EditableTree, verb: number, nth: number): number {
  let seen = 0;
  for (const c of tree.children(verb)) {
    if (!SUBJECTS.has(tree.label(c)) || c > verb) continue;
    if (seen++ === nth) return c;
  }
  return -1;
}

// apart from the verb loop: its callbacks would make V8 allocate that loop's scope for every node
function isApposition(tree: EditableTree, tokens: readonly Token[], first: number, second: number): boolean {
  // the second's words: from the comma after the first's words to the comma before the verb
  const span = [second, ...tree.descendants(second, (k) => tree.label(k) !== 'punct')];
  const lo = Math.min(...span);
  const hi = Math.max(...span);
  const firstEnd = Math.max(first, ...tree.descendants(first, (k) => k < second && tree.label(k) !== 'punct'));
  if (tokens[lo - 1]?.text !== ',' || lo - 1 !== firstEnd + 1 || !['DET', 'PRON'].includes(tokens[lo].pos) && tree.label(lo) !== 'det') return false;
  return tokens[hi + 1]?.text === ',' || tokens[hi]?.text === ',';
}
