import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';

const COMPLEMENTS = new Set(['xcomp', 'ccomp', 'parataxis']);

/**
 * "..., which was closed after fighting erupted near the town", "when shelling resumed overnight", "as fighting spread
 * to the capital": a subordinate clause whose subject is an -ing act noun, read as a gerund clause ("fighting" the
 * verb, with the finite verb after it its complement). The finite verb heads the clause, takes its subordinator, and the
 * -ing word is its subject; what only a noun takes ("heavy fighting") stays on it.
 */
export function repairGerundClauseSubject(tree: EditableTree, tokens: readonly Token[]): string | null {
  let repaired = false;
  const nodes = tree.nodes();
  for (const gerund of nodes) {
    if (tree.upos(gerund) !== 'VERB' || !tokens[gerund].lower.endsWith('ing')) continue;
    // the rest in a function of its own: a callback here would allocate a closure scope for every word
    if (repairedAt(tree, tokens, gerund)) repaired = true;
  }
  return repaired ? 'tree-repair:gerund-clause-subject' : null;
}

function repairedAt(tree: EditableTree, tokens: readonly Token[], gerund: number): boolean {
  const verb = gerund + 1;
  if (tree.upos(verb) !== 'VERB' || !isPastForm(tokens[verb].lower)) return false;
  // "after fighting broke out": the same words, the -ing word hung below the finite verb as its own clause
  if (tree.head(gerund) === verb && tree.base(gerund) === 'advcl') return subjectBelowVerb(tree, gerund, verb);
  if (tree.head(verb) !== gerund || !COMPLEMENTS.has(tree.label(verb))) return false;
  // the finite verb: a past form with no subject of its own ("erupted", "broke", "spread"), not "to" + verb
  if (tree.children(verb).some((c) => tree.base(c) === 'nsubj' || tree.base(c) === 'mark')) return false;
  const kids = tree.children(gerund);
  const mark = kids.find((c) => c < gerund && tree.label(c) === 'mark');
  if (mark === undefined || kids.some((c) => tree.base(c) === 'obj' || tree.base(c) === 'nsubj')) return false;
  tree.attach(verb, tree.head(gerund), tree.label(gerund));
  for (const c of kids) if (c !== verb && (c === mark || c > verb || tree.label(c) === 'advmod')) tree.attach(c, verb, tree.label(c));
  tree.attach(gerund, verb, 'nsubj');
  return true;
}

function subjectBelowVerb(tree: EditableTree, gerund: number, verb: number): boolean {
  const kids = tree.children(gerund);
  const mark = kids.find((c) => c < gerund && tree.label(c) === 'mark');
  if (mark === undefined || kids.some((c) => c > gerund) || tree.children(verb).some((c) => tree.base(c) === 'nsubj' || tree.base(c) === 'mark')) return false;
  tree.attach(mark, verb, 'mark');
  tree.attach(gerund, verb, 'nsubj');
  return true;
}

const isPastForm = (form: string) => form.endsWith('ed') || IRREGULAR_PAST.has(form);

// past forms that are also the base ("spread", "hit") or are not formed with -ed
const IRREGULAR_PAST = new Set(['spread', 'hit', 'broke', 'began', 'rose', 'flared', 'grew', 'went', 'came', 'took', 'left', 'fell']);
