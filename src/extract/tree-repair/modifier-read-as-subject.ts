import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';

// Words that name when: "the rebels Monday attacked" has one subject and a time word (subject-node.ts reads past it)
const TIME_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight', 'overnight']);
const NOMINAL = new Set(['NOUN', 'PROPN']);
const SUBJECT = new Set(['nsubj', 'nsubj:pass']);
const isNominalSubject = (tree: EditableTree, k: number, verb: number) => SUBJECT.has(tree.label(k)) && k < verb && NOMINAL.has(tree.upos(k));

/**
 * "The U.N.-Arab League envoy told reporters": the name that modifies the head noun read as a first subject of the
 * verb, the head noun a second one. A verb has one subject (a second one is a conjunct, with its "and"): of two
 * subjects of the same relation, the first ending right before the second (no comma, "and" or determiner between), the
 * first is a `compound` of the second, and its determiner is the whole phrase's:
 *   "The Kenya-Somalia border commission met", "The Wagner mercenary group denied it", "The AU peace envoy arrived".
 */
export function repairModifierReadAsSubject(tree: EditableTree, tokens: readonly Token[]): string | null {
  let repaired = false;
  for (const verb of tree.nodes()) {
    // counted first without a new array: most words have no nominal subject at all, let alone two
    let count = 0;
    for (const k of tree.children(verb)) if (isNominalSubject(tree, k, verb)) count++;
    if (count < 2) continue;
    // the rest in a function of its own: a callback here would allocate a closure scope for every word
    if (repairedAt(tree, tokens, verb)) repaired = true;
  }
  return repaired ? 'tree-repair:modifier-read-as-subject' : null;
}

function repairedAt(tree: EditableTree, tokens: readonly Token[], verb: number): boolean {
  let repaired = false;
  const subjects = tree.children(verb).filter((k) => isNominalSubject(tree, k, verb));
  for (let s = 0; s + 1 < subjects.length; s++) {
    const first = subjects[s], second = subjects[s + 1];
    if (tree.label(first) !== tree.label(second) || TIME_WORDS.has(tokens[second].lower) || TIME_WORDS.has(tokens[first].lower)) continue;
    const firstWords = [first, ...tree.descendants(first, () => true)];
    const secondStart = Math.min(second, ...tree.descendants(second, () => true));
    // the first phrase ends right before the second starts, which has no determiner, "and" or comma of its own
    if (Math.max(...firstWords) + 1 !== secondStart || tokens[secondStart].text === ',') continue;
    // a phrase with words after a comma inside is no modifier ("20 protesters, interior minister X said": a list or an
    // apposition); a comma that only closes it is the name's apposition ("The commander of the RSF, Mohamed Dagalo,")
    if (firstWords.some((k) => tokens[k].text === ',' && firstWords.some((w) => w > k && tokens[w].pos !== 'PUNCT'))) continue;
    if (tree.children(second).some((k) => k < second && ['det', 'cc', 'punct', 'case', 'nmod:poss'].includes(tree.base(k)))) continue;
    const determiner = tree.children(first).find((k) => tree.base(k) === 'det' && k < first);
    tree.attach(first, second, 'compound');
    if (determiner !== undefined) tree.attach(determiner, second, 'det');
    repaired = true;
  }
  return repaired;
}
