import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';

const NOMINAL = new Set(['NOUN', 'PROPN']);
// "with protesters chanting slogans": an absolute clause that "with" opens keeps its subject (with-absolute.ts)
const ABSOLUTE = new Set(['with', 'without']);

/**
 * "opened fire on people approaching their positions in Gaza City on Tuesday", "fired tear gas at students marching
 * to parliament on Friday": the parse read the noun after the act's preposition as the subject of the -ing participle
 * right after it, and the participle as an adverbial clause of the act, so what the participle's end says of time and
 * place was its own clause's. A subject takes no preposition: the noun is the act's oblique and the participle modifies
 * it, told at the act's time. A participle with its own subordinator or auxiliary ("while troops were patrolling")
 * stays a clause.
 */
export function repairMarkedParticipleSubject(tree: EditableTree, tokens: readonly Token[]): string | null {
  let repaired = false;
  for (const noun of tree.nodes()) {
    // the rest in a function of its own: a callback in this loop would allocate a closure scope for every word
    if (tree.base(noun) === 'nsubj' && NOMINAL.has(tree.upos(noun)) && repairedAt(tree, tokens, noun)) repaired = true;
  }
  return repaired ? 'tree-repair:marked-participle-subject' : null;
}

function repairedAt(tree: EditableTree, tokens: readonly Token[], noun: number): boolean {
  const verb = tree.head(noun);
  if (verb <= noun || tree.upos(verb) !== 'VERB' || !tokens[verb].lower.endsWith('ing') || tree.label(verb) !== 'advcl') return false;
  const governor = tree.head(verb);
  if (governor < 0 || governor > noun || tree.upos(governor) !== 'VERB') return false;
  const mark = tree.children(noun).find((c) => c < noun && tree.base(c) === 'case');
  if (mark === undefined || tree.upos(mark) !== 'ADP' || /^['’]s?$/.test(tokens[mark].text) || ABSOLUTE.has(tokens[mark].lower)) return false;
  // the participle follows the noun's own words: nothing of its own stands between them
  if (tree.children(verb).some((c) => c > noun && c < verb || tree.base(c) === 'mark' || tree.base(c) === 'aux')) return false;
  tree.attach(noun, governor, 'obl');
  tree.attach(verb, noun, 'acl');
  return true;
}
