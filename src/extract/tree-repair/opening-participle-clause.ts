import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';

// what a participle clause before a comma may hang the main clause's verb as
const MAIN_CLAUSE_LABELS = new Set(['advcl', 'conj', 'parataxis', 'ccomp']);

/**
 * "Having captured the town, the rebels advanced toward the capital", "Having seized the airport, rebels stormed the
 * palace": a sentence that opens with a participle clause (its verb the first word, or after "having") whose parse
 * made that participle the root and hung the main verb after the comma, with its own subject, below it. The main verb
 * is the root and the opening participle its `advcl` (its subject the main clause's); what the participle held after
 * the comma goes with the main verb. Returns the repair's id, or null when the sentence has no such opening.
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
  const main = tree.children(root).find((v) => v > comma && MAIN_CLAUSE_LABELS.has(tree.label(v)) && tree.upos(v) === 'VERB'
    && tree.children(v).some((c) => tree.base(c) === 'nsubj' && c > comma));
  if (main === undefined) return null;
  tree.attach(main, -1, 'root');
  tree.attach(root, main, 'advcl');
  for (const c of tree.children(root)) if (c >= comma && c !== main) tree.attach(c, main, tree.label(c));
  return 'tree-repair:opening-participle-clause';
}
