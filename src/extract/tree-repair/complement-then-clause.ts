import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';

export const COMPLEMENT_THEN_CLAUSE_RULE = 'tree-repair:complement-then-clause';

// verbs that name their object something ("declared X the winner", "elected Y speaker"): a noun right after the
// object is its complement, never the subject of a clause the verb reports
const NAMING = new Set(['declare', 'name', 'elect', 'appoint', 'proclaim', 'crown', 'pronounce', 'nominate', 'dub', 'make']);

/**
 * "The commission declared the ruling party's candidate the winner, and opposition leaders rejected the outcome": the
 * object's complement ("the winner") read as the first of two coordinated subjects of a clause the verb reports
 * ("declared [the winner and opposition leaders rejected ...]"), so the second clause's act was told by the first
 * clause's subject. After a naming verb with an object, a `ccomp` (or `advcl`) whose subject starts right after the object and has a
 * conjunct opened by "and"/"but" is a clause of its own: the complement is the naming verb's `xcomp`, the conjunct the
 * clause's subject, the clause a `conj` of the naming verb:
 *   "Parliament elected Smith speaker, and the opposition walked out", "The party named Jones its candidate, but rivals
 *   accused it of fraud".
 */
// how the parse hangs the second clause on the naming verb ("declared [X] the winner, and Y protested": an advcl)
const CLAUSE_READINGS = new Set(['ccomp', 'advcl', 'parataxis', 'dep']);

export function repairComplementThenClause(tree: EditableTree, tokens: readonly Token[]): string | null {
  for (const clause of tree.nodes()) {
    if (!CLAUSE_READINGS.has(tree.base(clause)) || tree.upos(clause) !== 'VERB') continue;
    if (repairedAt(tree, tokens, clause)) return COMPLEMENT_THEN_CLAUSE_RULE;
  }
  return null;
}

function repairedAt(tree: EditableTree, tokens: readonly Token[], clause: number): boolean {
  const verb = tree.head(clause);
  if (verb < 0 || !NAMING.has(tokens[verb].lemma)) return false;
  const object = tree.children(verb).find((k) => tree.base(k) === 'obj' && k < clause);
  const complement = tree.children(clause).find((k) => tree.base(k) === 'nsubj' && k < clause);
  if (object === undefined || complement === undefined) return false;
  // the complement's phrase starts right after the object's
  const objectEnd = Math.max(object, ...tree.descendants(object, () => true));
  const complementStart = Math.min(complement, ...tree.descendants(complement, () => true));
  if (complementStart !== objectEnd + 1) return false;
  const subject = tree.children(complement).find((k) => tree.label(k) === 'conj' && k > complement);
  if (subject === undefined) return false;
  const cc = tree.children(subject).find((k) => tree.label(k) === 'cc' && k < subject && (tokens[k].lower === 'and' || tokens[k].lower === 'but'));
  if (cc === undefined || Math.max(subject, ...tree.descendants(subject, () => true)) >= clause) return false;
  tree.attach(complement, verb, 'xcomp');
  tree.attach(clause, verb, 'conj');
  tree.attach(subject, clause, 'nsubj');
  tree.attach(cc, clause, 'cc');
  for (const k of tree.children(subject)) if (k < cc && tree.label(k) === 'punct') tree.attach(k, clause, 'punct'); // the comma before "and"
  return true;
}
