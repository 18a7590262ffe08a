import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';

const NOMINAL_HEADS = new Set(['NOUN', 'PROPN', 'PRON']);
// words that may open the noun phrase after the colon before its head ("further strikes", "any attack", "the two sides")
const PHRASE_OPENERS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PRON']);

/**
 * "The ministry cautioned: further strikes on its bases will not go unanswered": a verb of saying right before a
 * colon, then a clause. The parse read the noun phrase after the colon as the verb's object (or an `advcl`, or
 * took a noun inside it as the clause's subject: "strikes on the port will continue" → "port" its `nsubj`), or hung
 * the verb itself under the clause's predicate. The first noun phrase after the colon is the subject of the first
 * verb (or copular word) after it, and that predicate is the `ccomp` of the verb before the colon:
 *   "The army warned: any attack on its positions will be met with force", "The ministry said: strikes on the port
 *   will continue", "The rebels cautioned: the truce has collapsed".
 * A noun before the colon ("three demands: a ceasefire, aid and elections") is a list, and stays.
 */
export function repairColonClause(tree: EditableTree, tokens: readonly Token[]): string | null {
  for (const colon of tree.nodes()) {
    // the rest in a function of its own: a callback in this loop would allocate a closure scope for every word
    if (tokens[colon].text === ':' && repairedAt(tree, tokens, colon)) return 'tree-repair:colon-clause';
  }
  return null;
}

function repairedAt(tree: EditableTree, tokens: readonly Token[], colon: number): boolean {
  const verb = colon - 1;
  if (tree.upos(verb) !== 'VERB' || tokens[verb].pos !== 'VERB') return false;
  // the phrase after the colon: its head is its first nominal after determiners and modifiers
  let subject = colon + 1;
  while (tree.upos(subject) !== '' && !NOMINAL_HEADS.has(tree.upos(subject)) && PHRASE_OPENERS.has(tree.upos(subject))) subject++;
  if (!NOMINAL_HEADS.has(tree.upos(subject))) return false;
  while (tree.upos(subject + 1) === 'NOUN' || tree.upos(subject + 1) === 'PROPN') subject++; // "the defense ministry"
  const predicate = firstPredicateAfter(tree, tokens, subject);
  if (predicate === undefined || tree.children(predicate).some((c) => tree.base(c) === 'mark')) return false;
  const passive = tree.children(predicate).some((c) => tree.label(c) === 'aux:pass');
  const subjectLabel = passive ? 'nsubj:pass' : 'nsubj';
  if (tree.head(subject) === predicate && tree.label(subject) === subjectLabel && tree.head(predicate) === verb) return false;
  if (dominates(tree, subject, verb) || dominates(tree, subject, predicate) && tree.head(predicate) !== subject) return false;
  // a noun inside the phrase the parse took for the clause's subject ("strikes on | the port will continue") is the phrase's
  const wrong = tree.children(predicate).filter((c) => tree.base(c) === 'nsubj' && c !== subject && c !== verb);
  if (wrong.some((w) => w < subject || !tree.children(w).some((k) => tree.base(k) === 'case'))) return false;
  for (const w of wrong) tree.attach(w, subject, 'nmod');
  // the verb before the colon hung under the clause ("warned" the `nsubj:pass` of "met") is the main verb
  if (dominates(tree, predicate, verb)) {
    tree.attach(verb, tree.head(predicate), tree.label(predicate));
  }
  tree.attach(predicate, verb, 'ccomp');
  tree.attach(subject, predicate, subjectLabel);
  return true;
}

// the clause's predicate: the first verb after the subject that is not an -ing form, or a word with a copula
function firstPredicateAfter(tree: EditableTree, tokens: readonly Token[], subject: number): number | undefined {
  for (let k = subject + 1; tree.upos(k) !== ''; k++) {
    if (tokens[k].text === ':' || tokens[k].text === ';') return undefined;
    if (tree.upos(k) === 'VERB' && !tokens[k].lower.endsWith('ing')) return k;
    if (tree.children(k).some((c) => c < k && tree.base(c) === 'cop')) return k;
  }
  return undefined;
}

function dominates(tree: EditableTree, above: number, node: number): boolean {
  for (let n = tree.head(node), step = 0; n >= 0 && step < 500; n = tree.head(n), step++) if (n === above) return true;
  return false;
}
