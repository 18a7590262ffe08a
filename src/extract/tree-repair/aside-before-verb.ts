import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';

const DASHES = new Set(['—', '–', '--']);
const NOMINAL = new Set(['NOUN', 'PROPN', 'PRON']);
// how far the closing dash may be from the opening one
const MAX_ASIDE = 25;

/**
 * "M23 rebels — who are backed by Rwanda, according to U.N. experts — seized the town, residents said": an aside set off
 * by dashes between a subject and its verb threw the parse off, and the verb after the closing dash was left with no
 * subject (hung on a later verb of saying, or on a word of the aside), so the act took a name inside the aside as its
 * doer. The noun before the opening dash is that verb's subject; a word of the aside read as the noun's conjunct
 * ("experts") goes with the aside's own head.
 */
export function repairAsideBeforeVerb(tree: EditableTree, tokens: readonly Token[]): string | null {
  const nodes = tree.nodes();
  const first = nodes[0], last = nodes[nodes.length - 1];
  for (let open = first + 1; open < last; open++) {
    if (!DASHES.has(tokens[open].text) || !NOMINAL.has(tree.upos(open - 1))) continue;
    let close = -1;
    for (let k = open + 1; k <= Math.min(last, open + MAX_ASIDE) && close < 0; k++) if (DASHES.has(tokens[k].text)) close = k;
    if (close < 0 || close === open + 1) continue;
    let verb = close + 1;
    while (verb <= last && (tree.upos(verb) === 'ADV' || tree.upos(verb) === 'AUX')) verb++;
    if (verb > last || tree.upos(verb) !== 'VERB' || tokens[verb].lower.endsWith('ing')) continue;
    if (tree.children(verb).some((c) => tree.base(c) === 'nsubj' || tree.base(c) === 'csubj')) continue;
    const subject = headOfPhrase(tree, open - 1, first);
    // (the subject heads the clause already, or hangs inside the aside: the parse is another shape, left alone)
    if (tree.head(subject) < 0 || tree.head(subject) === verb || tree.head(subject) > open && tree.head(subject) < close) continue;
    const aside = nodes.filter((k) => k > open && k < close && (tree.head(k) < open || tree.head(k) > close));
    tree.attach(subject, verb, 'nsubj');
    const asideHead = aside.find((k) => tree.head(k) === subject && tree.base(k) !== 'conj');
    for (const k of aside) if (tree.head(k) === subject && tree.base(k) === 'conj' && asideHead !== undefined) tree.attach(k, asideHead, tree.children(k).some((c) => tree.base(c) === 'case') ? 'obl' : 'parataxis');
    return 'tree-repair:aside-before-verb';
  }
  return null;
}

/** The head of the noun phrase that ends at `end` (its last word's head, while that is a nominal before it). */
function headOfPhrase(tree: EditableTree, end: number, first: number): number {
  let head = end;
  for (let step = 0; step < 6; step++) {
    const up = tree.head(head);
    if (up < first || up > end || !NOMINAL.has(tree.upos(up))) break;
    head = up;
  }
  return head;
}
