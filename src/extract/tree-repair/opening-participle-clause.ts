import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';

// what a participle clause before a comma may hang the main clause's verb as
const MAIN_CLAUSE_LABELS = new Set(['advcl', 'conj', 'parataxis', 'ccomp']);

/**
 * "Having captured the town, the rebels advanced toward the capital", "Having seized the airport, rebels stormed the
 * palace": a sentence that opens with a participle clause (its verb the first word, or after "having") whose parse
 * made that participle the root and hung the main verb after the comma, with its own subject, below it. The main verb
 * is the root and the opening participle its `advcl` (its subject the main clause's); what the participle held after
 * the comma goes with the main verb; a subject the parse listed with the participle's object ("the village, troops")
 * is the main verb's. Returns the repair's id, or null when the sentence has no such opening.
 */
export function repairOpeningParticipleClause(tree: EditableTree, tokens: readonly Token[]): string | null {
  const nodes = tree.nodes();
  const first = nodes[0];
  const root = nodes.find((i) => tree.head(i) < 0);
  if (root === undefined || tree.upos(root) !== 'VERB' || nodes.length < 6) return null;
  // the participle opens the sentence: "Having captured", "Seizing", "Backed by Russia,"
  const opens = root === first && /(?:ing|ed|en)$/.test(tokens[root].lower) || root === first + 1 && tokens[first].lower === 'having' && tree.head(first) === root;
  if (!opens || tree.children(root).some((c) => ['nsubj', 'nsubj:pass', 'expl'].includes(tree.base(c)))) return null;
  const comma = nodes.find((k) => k > root && tokens[k].text === ',');
  if (comma === undefined) return null;
  const after = tree.children(root).filter((v) => v > comma && MAIN_CLAUSE_LABELS.has(tree.label(v)) && tree.upos(v) === 'VERB');
  const main = after.find((v) => tree.children(v).some((c) => tree.base(c) === 'nsubj' && c > comma)) ?? after.find((v) => listedSubject(tree, comma, v) >= 0);
  if (main === undefined) return null;
  // "Having shelled the village, troops stormed it": the subject read as one more item of the participle's object
  const listed = listedSubject(tree, comma, main);
  if (listed >= 0) tree.attach(listed, main, 'nsubj');
  tree.attach(main, -1, 'root');
  tree.attach(root, main, 'advcl');
  for (const c of tree.children(root)) if (c >= comma && c !== main) tree.attach(c, main, tree.label(c));
  return 'tree-repair:opening-participle-clause';
}

/** The noun right after the comma and right before the main verb that the parse listed with the object before the comma (no "and"). */
function listedSubject(tree: EditableTree, comma: number, main: number): number {
  if (tree.children(main).some((c) => tree.base(c) === 'nsubj')) return -1;
  for (let n = comma + 1; n < main; n++) {
    if (tree.label(n) !== 'conj' || tree.head(n) > comma || !['NOUN', 'PROPN'].includes(tree.upos(n))) continue;
    const words = [n, ...tree.descendants(n, (c) => tree.label(c) !== 'punct')];
    if (Math.min(...words) === comma + 1 && Math.max(...words) === main - 1 && !tree.children(n).some((c) => tree.label(c) === 'cc')) return n;
  }
  return -1;
}
