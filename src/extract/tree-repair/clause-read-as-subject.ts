import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';

// Words that open an adverbial clause: "If the deadline passes, ...", "When the talks collapse, ..."
const SUBORDINATORS = new Set(['if', 'unless', 'when', 'once', 'after', 'before', 'while', 'because', 'although', 'though', 'until']);

/**
 * "If the deadline passes without a deal, Israel will resume its offensive": with "passes" read as a noun, the parse
 * gives "resume" two subjects and the clause's "If" as its own marker. A verb with a subordinator before a first
 * subject that a comma separates from a second one: the first subject's words up to the comma are the opening
 * adverbial clause (its head an `advcl` of the verb, the subordinator its `mark`), the second the verb's subject:
 *   "If the ceasefire holds, troops will withdraw", "When the talks collapse, the army will attack".
 */
export function repairClauseReadAsSubject(tree: EditableTree, tokens: readonly Token[]): string | null {
  for (const verb of tree.nodes()) {
    // counted first without a new array: most words have no subject at all, let alone two
    let count = 0;
    for (const c of tree.children(verb)) if (tree.base(c) === 'nsubj' && c < verb) count++;
    if (count < 2) continue;
    // the rest in a function of its own: a callback here would allocate a closure scope for every word
    if (repairedAt(tree, tokens, verb)) return 'tree-repair:clause-read-as-subject';
  }
  return null;
}

function repairedAt(tree: EditableTree, tokens: readonly Token[], verb: number): boolean {
  const subjects = tree.children(verb).filter((c) => tree.base(c) === 'nsubj' && c < verb);
  const [first, second] = subjects;
  const mark = tree.children(verb).find((c) => tree.base(c) === 'mark' && c < first && SUBORDINATORS.has(tokens[c].lower));
  const comma = tree.nodes().find((c) => c > first && c < second && tokens[c].text === ',');
  if (mark === undefined || comma === undefined) return false;
  tree.attach(first, verb, 'advcl');
  tree.attach(mark, first, 'mark');
  tree.attach(comma, first, 'punct');
  return true;
}
