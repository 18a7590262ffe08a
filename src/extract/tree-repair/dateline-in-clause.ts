import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';

const DASHES = new Set(['-', '—', '–']);
const CITY_IN_CAPITALS = /^[A-Z][A-Z.'’-]{2,}$/;
// what a dateline holds between its city and its dash: names, the agency in brackets, a filing date
const DATELINE_PUNCTUATION = new Set([',', '(', ')', '/', '.']);

/**
 * "WASHINGTON (Reuters) - The United States on Friday imposed sanctions …", "KYIV, Ukraine (AP) — Russian forces
 * struck …": the parse reads the dateline as the clause's subject and hangs the real subject on it (a parataxis, an
 * apposition). The dateline says where the story was filed; it is no word of the clause. The phrases hung on it go
 * back to the clause — the first nominal takes the dateline's place (its subject), a marked one is an oblique — and the
 * dateline hangs on the clause's verb as a `dep`, which no reader of roles takes for a participant.
 */
export function repairDatelineInClause(tree: EditableTree, tokens: readonly Token[]): string | null {
  const nodes = tree.nodes();
  const first = nodes[0];
  if (first === undefined || !CITY_IN_CAPITALS.test(tokens[first].text)) return null;
  let dash = -1;
  for (let k = first + 1; k < first + 16 && k <= nodes[nodes.length - 1]; k++) {
    const t = tokens[k];
    if (DASHES.has(t.text)) { dash = k; break; }
    if (!(DATELINE_PUNCTUATION.has(t.text) || /^[A-Z0-9]/.test(t.text) || t.lower === 'of')) return null;
  }
  if (dash < 0 || !/^[A-Z0-9"“]/.test(tokens[dash + 1]?.text ?? '')) return null;
  const inDateline = (n: number) => n >= first && n <= dash;
  // the dateline's top word, and where the parse put it
  let top = first;
  while (tree.head(top) >= 0 && inDateline(tree.head(top))) top = tree.head(top);
  const hung = nodes.filter((n) => n > dash && inDateline(tree.head(n)));
  if (hung.length === 0 && tree.head(top) >= 0 && tree.base(top) !== 'nsubj') return null;
  let clause = tree.head(top);
  let place = tree.label(top);
  if (clause < 0) {
    // the dateline made the root: the clause's verb hung on it is the root again
    clause = hung.find((n) => tree.upos(n) === 'VERB') ?? -1;
    if (clause < 0) return null;
    tree.attach(clause, -1, 'root');
    place = 'nsubj';
  }
  let subjectGiven = false;
  for (const n of hung) {
    if (n === clause) continue;
    const marked = tree.children(n).some((c) => tree.label(c) === 'case' && c < n);
    if (!marked && !subjectGiven && ['NOUN', 'PROPN', 'PRON'].includes(tree.upos(n)) && n < clause) {
      tree.attach(n, clause, place);
      subjectGiven = true;
    } else tree.attach(n, clause, marked ? 'obl' : tree.label(n));
  }
  tree.attach(top, clause, 'dep');
  return 'tree-repair:dateline-in-clause';
}
