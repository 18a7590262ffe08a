import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';

export const OPENING_TIMING_CLAUSE_RULE = 'tree-repair:opening-timing-clause';

// what opens a clause that times the main one ("after rebels seized the town, ...")
const TIMING_MARKS = new Set(['after', 'before', 'since', 'when', 'once', 'until', 'as']);
// the words a subject's noun phrase is made of
const PHRASE = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/**
 * "Three days after rebels seized the town, government troops shelled it on Friday", "Hours after the vote closed,
 * police detained two candidates": a sentence that opens with a timing clause was read with that clause as the root,
 * the main clause's subject a `conj` of its object and the main verb a modifier of that noun, so the main act lost its
 * subject and the timing act gained a second target. Where the root has a timing mark and opens the sentence (a
 * stretch of time before the mark), and after the comma that ends it a noun phrase stands right before a verb, that
 * verb is the root, the noun phrase its subject, and the timing clause its `advcl`.
 */
export function repairOpeningTimingClause(tree: EditableTree, tokens: readonly Token[]): string | null {
  const nodes = tree.nodes(), first = nodes[0], last = nodes[nodes.length - 1];
  const root = nodes.find((k) => tree.head(k) < 0);
  if (root === undefined || tree.upos(root) !== 'VERB') return null;
  const mark = tree.children(root).find((c) => tree.base(c) === 'mark' && TIMING_MARKS.has(tokens[c].lower));
  if (mark === undefined || !opensSentence(tree, tokens, first, mark, root)) return null;
  let comma = root + 1;
  while (comma <= last && tokens[comma].text !== ',') comma++;
  let verb = comma + 1;
  while (verb <= last && PHRASE.has(tree.upos(verb))) verb++;
  if (verb > last || verb === comma + 1 || tree.upos(verb) !== 'VERB' || !PHRASE.has(tree.upos(verb - 1)) || !['NOUN', 'PROPN'].includes(tree.upos(verb - 1))) return null;
  // the subject's head: the word of the phrase whose head lies outside it
  let subject = verb - 1;
  for (let k = comma + 1; k < verb; k++) if (tree.head(k) < comma + 1 || tree.head(k) >= verb) subject = k;
  // (a verb that already has its own subject there was read right)
  if (tree.head(subject) === verb && tree.base(subject) === 'nsubj') return null;
  tree.attach(verb, -1, 'root');
  tree.attach(subject, verb, 'nsubj');
  tree.attach(root, verb, 'advcl');
  tree.attach(comma, root, 'punct');
  // the root's words after the comma are the main clause's ("on Friday", the final stop)
  for (let k = verb + 1; k <= last; k++) if (tree.head(k) === root) tree.attach(k, verb, tree.label(k));
  return OPENING_TIMING_CLAUSE_RULE;
}

/** The mark is the sentence's first word, or comes after a stretch of time only ("Three days after", "Hours after"). */
function opensSentence(tree: EditableTree, tokens: readonly Token[], first: number, mark: number, root: number): boolean {
  if (mark === first) return true;
  for (let k = first; k < mark; k++) if (tree.head(k) !== root && tree.head(k) < first || !['NUM', 'NOUN', 'DET', 'ADV', 'ADJ'].includes(tree.upos(k))) return false;
  return /^(?:minute|hour|day|week|month|year)s?$/.test(tokens[mark - 1].lower);
}
