import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';

// units of a stretch of time: "two days after", "a week before", "hours after", "months since"
const TIME_UNITS = new Set(['minute', 'hour', 'day', 'week', 'month', 'year', 'decade']);
const MARKERS = new Set(['after', 'before', 'since']);
const NOMINAL = new Set(['NOUN', 'PROPN', 'PRON']);
const isTimeUnit = (t: Token) => TIME_UNITS.has(t.lemma) || TIME_UNITS.has(t.lower.replace(/s$/, ''));

/**
 * "Pakistan struck targets inside Iran, two days after Iran struck targets in Pakistan", "a week before rebels attacked
 * the town": the stretch of time read as the subject of the clause's verb and the clause's own subject as the
 * stretch's "after" modifier, so the second strike was Pakistan's. The stretch is how long before or after the clause
 * the news happened: the marked noun is the verb's subject, "after" the clause's mark, the stretch an unmarked
 * modifier of the verb, and a clause the parser hung as a parataxis an adverbial clause:
 *   "two days after Iran struck", "hours after troops withdrew", "a week before the rebels attacked".
 * A stretch before "earlier", "later" or "ago" with the clause's subject after it is an unmarked modifier as well.
 */
export function repairSpanBeforeClause(tree: EditableTree, tokens: readonly Token[]): string | null {
  let repaired = false;
  for (const span of tree.nodes()) {
    if (tree.base(span) !== 'nsubj' || tree.upos(span) !== 'NOUN' || !isTimeUnit(tokens[span])) continue;
    const verb = tree.head(span);
    if (verb < 0 || verb < span || tree.upos(verb) !== 'VERB') continue;
    // the rest in a function of its own: a callback here would allocate a closure scope for every word
    if (repairedAt(tree, tokens, span, verb)) repaired = true;
  }
  return repaired ? 'tree-repair:span-before-clause' : null;
}

// the adverbs a stretch of time measures: "hours earlier", "two days later", "a week ago"
const MEASURED = new Set(['earlier', 'later', 'ago', 'afterwards', 'afterward', 'before']);

function repairedAt(tree: EditableTree, tokens: readonly Token[], span: number, verb: number): boolean {
  // "Hours earlier, a truck bomb exploded near ...": the stretch before its adverb read as a first subject, the clause's
  // own subject after it; the stretch only measures the adverb
  if (MEASURED.has(tokens[span + 1]?.lower ?? '') && tree.children(verb).some((k) => k > span + 1 && k < verb && tree.base(k) === 'nsubj')) {
    tree.attach(span, verb, 'obl:npmod');
    return true;
  }
  const subject = tree.children(span).find((k) => k > span && k < verb && NOMINAL.has(tree.upos(k)) && ['nmod', 'obl', 'acl'].includes(tree.base(k)));
  if (subject === undefined) return false;
  const marker = tree.children(subject).find((k) => tree.base(k) === 'case' && MARKERS.has(tokens[k].lower));
  if (marker === undefined) return false;
  tree.attach(subject, verb, 'nsubj');
  tree.attach(marker, verb, 'mark');
  tree.attach(span, verb, 'obl:npmod');
  if (tree.label(verb) === 'parataxis' || tree.label(verb) === 'conj') tree.attach(verb, tree.head(verb), 'advcl');
  return true;
}
