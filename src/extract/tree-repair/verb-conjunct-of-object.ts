import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';
import { SPEAKERS_OWN_ACTS } from './clause-verbs.ts';

export const VERB_CONJUNCT_OF_OBJECT_RULE = 'tree-repair:verb-conjunct-of-object';

/**
 * "China rejected the protest and accused Japan of hyping a threat": a finite verb with an object of its own, opened
 * by "and"/"but", that the parse made a `conj` of the first verb's object ("the protest and accused") is a conjunct
 * of that verb (a noun is not coordinated with a verb that takes an object), so it shares the first verb's subject
 * and is no part of what the first verb acts on:
 *   "Moscow rejected the complaint and accused Berlin of lying", "Police raided the office and arrested two editors";
 *   an appeal with its addressee: "urged members to join a protest and called on the government to raise wages".
 */
export function repairVerbConjunctOfObject(tree: EditableTree, tokens: readonly Token[]): string | null {
  let repaired = false;
  for (const verb of tree.nodes()) {
    if (tree.label(verb) !== 'conj' || tree.upos(verb) !== 'VERB' || tokens[verb].lower.endsWith('ing')) continue;
    const noun = tree.head(verb);
    if (noun < 0 || noun > verb || !['NOUN', 'PROPN'].includes(tree.upos(noun)) || tree.base(noun) !== 'obj') continue;
    const first = tree.head(noun);
    if (first < 0 || first > noun || tree.upos(first) !== 'VERB') continue;
    if (!opensOwnClause(tree, tokens, verb)) continue;
    tree.attach(verb, first, 'conj');
    repaired = true;
  }
  return repaired ? VERB_CONJUNCT_OF_OBJECT_RULE : null;
}

// "and"/"but" before the verb, an object of its own after it, and no subject: a second predicate of the same subject
// (an appeal's addressee is an oblique: "urged members to join a protest and called on the government to ...")
function opensOwnClause(tree: EditableTree, tokens: readonly Token[], verb: number): boolean {
  let cc = false, object = false;
  const appeal = SPEAKERS_OWN_ACTS.has(tokens[verb].lemma);
  for (const k of tree.children(verb)) {
    const base = tree.base(k);
    if (k < verb && base === 'cc' && (tokens[k].lower === 'and' || tokens[k].lower === 'but')) cc = true;
    if (k > verb && (base === 'obj' || appeal && base === 'obl')) object = true;
    if (base === 'nsubj' || base === 'case' || base === 'det') return false;
  }
  return cc && object;
}
