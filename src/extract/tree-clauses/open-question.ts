import type { TreeView } from '../tree-roles/tree-view.ts';

// words that open an embedded question: "whether the army shelled", "how many people were killed"
const QUESTION_OPENERS = new Set(['whether', 'if', 'how']);
// predicates that leave the question open by themselves, and those that do when negated ("it is not known")
const OPEN = new Set(['unclear', 'unknown', 'uncertain']);
const OPEN_WHEN_NEGATED = new Set(['know', 'known', 'clear', 'say', 'confirm', 'disclose', 'specify', 'reveal', 'certain', 'sure']);
const NEGATION = new Set(['not', "n't", 'never', 'no']);

/**
 * An act inside an embedded question that the sentence leaves open is not stated (coding guide rule 1, generic
 * statistics): "It is unclear whether the army shelled the town", "Officials did not say whether police detained
 * anyone", "It is not known how many rebels have been killed in the fighting". The clause hangs on the predicate
 * as its complement, whatever relation the parse gives it (`ccomp`, `csubj`, `advcl`, or `xcomp` where the tagger
 * read the predicate as a verb: "clear how many protesters police arrested"); a conjunct shares it ("how many have
 * been killed or wounded").
 */
export function isOpenQuestion(view: TreeView, head: number): boolean {
  let clause = head;
  while (view.label(clause) === 'conj' && view.head(clause) >= 0) clause = view.head(clause);
  if (view.label(clause) === 'root') return leftOpenAsSubject(view, clause);
  if (!['ccomp', 'csubj', 'advcl', 'xcomp'].includes(view.base(clause))) return false;
  const opener = view.tokens[view.span(clause)[0]]?.lower ?? '';
  if (!QUESTION_OPENERS.has(opener)) return false;
  const predicate = view.head(clause);
  const word = view.tokens[predicate];
  if (word === undefined) return false;
  if (OPEN.has(word.lower) || OPEN.has(word.lemma)) return true;
  const negated = view.childrenWith(predicate, 'advmod', 'neg', 'det').some((n) => NEGATION.has(view.tokens[n].lower));
  return negated && (OPEN_WHEN_NEGATED.has(word.lower) || OPEN_WHEN_NEGATED.has(word.lemma));
}

// "Whether the army will attack the city remains unclear", "Who attacked the convoy is still unknown": the parse may
// take the subject clause's verb for the root and hang the open predicate on it ("remains" or "unknown" an advcl)
const SUBJECT_OPENERS = new Set(['whether', 'who', 'how']);
const LINKING = new Set(['remain', 'be', 'seem', 'stay']);

function leftOpenAsSubject(view: TreeView, verb: number): boolean {
  const first = view.span(verb)[0];
  if (!SUBJECT_OPENERS.has(view.tokens[first]?.lower ?? '') || view.head(first) !== verb) return false;
  const open = (n: number) => OPEN.has(view.tokens[n].lower);
  return view.children(verb).some((c) => c > verb && ['advcl', 'xcomp', 'ccomp', 'parataxis'].includes(view.label(c))
    && (open(c) || LINKING.has(view.tokens[c].lemma) && view.childrenWith(c, 'xcomp').some(open)));
}
