import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';

// what a noun phrase's own head word may carry before it and keeps when the phrase moves to its real head
const PREMODIFIERS = new Set(['det', 'amod', 'nmod:poss', 'nummod']);

/**
 * "The terrorist [Tigray People's Liberation Front] TPLF group has infiltrated ...": the parse took the first noun of
 * a phrase as its head and hung the real head, further on, as an `nmod` with no preposition (an `nmod` needs a
 * case marker: "the group of fighters"). A common noun, with no determiner or case of its own, hung that way on a
 * noun that has its determiner is the phrase's head; the first noun is its `compound`, and the determiner and
 * adjectives move with the phrase:
 *   "The rebel (M23) movement seized Goma", "the militant, al-Shabab-linked group", "an opposition [MDC] alliance".
 */
export function repairBareNmodHead(tree: EditableTree, tokens: readonly Token[]): string | null {
  for (const head of tree.nodes()) {
    if (tree.label(head) !== 'nmod' || tree.upos(head) !== 'NOUN') continue;
    // the rest in a function of its own: a callback here would allocate a closure scope for every word
    if (repairedAt(tree, tokens, head)) return 'tree-repair:bare-nmod-head';
  }
  return null;
}

function repairedAt(tree: EditableTree, tokens: readonly Token[], head: number): boolean {
  const first = tree.head(head);
  if (first > head || first < 0 || tree.upos(first) !== 'NOUN') return false;
  if (tree.children(head).some((c) => ['case', 'det', 'nmod:poss'].includes(tree.label(c)) || tokens[c].lower === "'s")) return false;
  const opener = tree.children(first).filter((c) => c < first && PREMODIFIERS.has(tree.label(c)));
  if (!opener.some((c) => tree.label(c) === 'det')) return false;
  // only words inside the phrase lie between the two nouns: "[Tigray People's Liberation Front] TPLF"
  if (!between(tree, first, head).every((k) => isBelow(tree, k, head) || tree.label(k) === 'punct')) return false;
  tree.attach(head, tree.head(first), tree.label(first));
  tree.attach(first, head, 'compound');
  for (const c of opener) tree.attach(c, head, tree.label(c));
  for (const c of tree.children(first)) if (tree.label(c) === 'punct' && c > first && c < head) tree.attach(c, head, 'punct');
  return true;
}

function between(tree: EditableTree, a: number, b: number): number[] {
  return tree.nodes().filter((k) => k > a && k < b);
}

function isBelow(tree: EditableTree, node: number, above: number): boolean {
  for (let n = node, step = 0; n >= 0 && step < 50; n = tree.head(n), step++) if (n === above) return true;
  return false;
}
