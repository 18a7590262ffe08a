import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';
import { datelineDash, mayOpenDateline } from '../../nlp/syntax/set-aside-words.ts';

// the relations by which the parse may hang a clause's verb on its subject
const CLAUSE_ON_NOUN = new Set(['acl', 'acl:relcl', 'parataxis', 'appos']);

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
  if (first === undefined || !mayOpenDateline(tokens[first].text)) return null;
  // (the parser reads a dateline aside already, nlp/syntax/set-aside-words.ts: this mends trees parsed with one)
  const found = datelineDash(nodes.map((n) => tokens[n].text));
  if (found < 0) return null;
  const dash = first + found;
  const inDateline = (n: number) => n >= first && n <= dash;
  // the dateline's top word, and where the parse put it
  let top = first;
  while (tree.head(top) >= 0 && inDateline(tree.head(top))) top = tree.head(top);
  const hung = nodes.filter((n) => n > dash && inDateline(tree.head(n)));
  if (hung.length === 0 && tree.head(top) >= 0 && tree.base(top) !== 'nsubj') return null;
  let clause = tree.head(top);
  let place = tree.label(top);
  if (clause < 0) {
    // the dateline made the root: the clause's verb hung on it is the root again ... or the verb the parse hung on the
    // clause's subject when that subject hung on it ("NEW DELHI (Reuters) — Modi and Xi agreed": "agreed" an `acl` of Modi)
    clause = hung.find((n) => tree.upos(n) === 'VERB') ?? nodes.find((n) => n > dash && tree.upos(n) === 'VERB' && hung.includes(tree.head(n)) && CLAUSE_ON_NOUN.has(tree.label(n))) ?? -1;
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
  // ("Modi and Chinese President Xi": with the subject read as the dateline's conjunct, the parse made the second
  // party a subject of the first; joined by "and", it is the first's conjunct)
  for (const n of hung) {
    if (tree.head(n) !== clause || tree.base(n) !== 'nsubj') continue;
    for (const k of tree.children(n)) if (tree.base(k) === 'nsubj' && k > n && tokens.slice(n + 1, k).some((t) => t.lower === 'and')) tree.attach(k, n, 'conj');
  }
  return 'tree-repair:dateline-in-clause';
}
