import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';

/**
 * "Trump attacked Amazon and China fired its shot at U.S. imports": a second clause's subject read as a conjunct of
 * the first clause's last noun ("Amazon and China"), its verb left without a subject (an `xcomp` or `ccomp` of the
 * first verb). A noun conjunct that ends its phrase, opened by "and"/"but", followed at once by a verb with no subject
 * that is not hung on it, is that verb's `nsubj`; the verb is a `conj` of the verb above the noun, the "and" its `cc`:
 *   "Police raided the camp and rebels fled", "Troops shelled the town but militants held out", "Kenya closed the border and Somalia protested",
 *   "Police arrested him and a court later jailed him" (an adverb between).
 */
export function repairClauseReadAsNounConjunct(tree: EditableTree, tokens: readonly Token[]): string | null {
  for (const noun of tree.nodes()) {
    if (tree.label(noun) !== 'conj' || !['NOUN', 'PROPN', 'PRON'].includes(tree.upos(noun))) continue;
    // the rest in a function of its own: a callback here would allocate a closure scope for every word
    if (repairedAt(tree, tokens, noun)) return 'tree-repair:clause-read-as-noun-conjunct';
  }
  return null;
}

function repairedAt(tree: EditableTree, tokens: readonly Token[], noun: number): boolean {
  const cc = tree.children(noun).find((k) => tree.label(k) === 'cc' && k < noun && ['and', 'but'].includes(tokens[k].lower));
  // ("and a court later sentenced him": an adverb of the verb may stand between)
  const adverb = tree.upos(noun + 1) === 'ADV' && tree.head(noun + 1) === noun + 2 && tree.base(noun + 1) === 'advmod';
  const verb = adverb ? noun + 2 : noun + 1;
  if (cc === undefined || tree.children(noun).some((k) => k > noun) || tree.upos(verb) !== 'VERB' || tree.head(verb) === noun) return false;
  if (tokens[verb].lower.endsWith('ing') || !['xcomp', 'ccomp', 'advcl', 'dep', 'parataxis'].includes(tree.base(verb))) return false;
  if (tree.children(verb).some((k) => ['nsubj', 'csubj', 'expl', 'mark'].includes(tree.base(k)) || tokens[k].lower === 'to')) return false;
  // "Fighting between the army and separatist rebels resumed": a "between" phrase needs its second party, no clause starts in it
  const first = tree.head(noun);
  if (first >= 0 && tree.children(first).some((k) => k < first && tree.label(k) === 'case' && tokens[k].lower === 'between')) return false;
  let predicate = tree.head(noun);
  while (predicate >= 0 && tree.upos(predicate) !== 'VERB') predicate = tree.head(predicate);
  if (predicate < 0 || predicate === verb || predicate > noun) return false;
  tree.attach(verb, predicate, 'conj');
  tree.attach(noun, verb, 'nsubj');
  tree.attach(cc, verb, 'cc');
  return true;
}
