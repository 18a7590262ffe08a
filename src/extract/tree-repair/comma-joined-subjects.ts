import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';
import { headlineShaped } from './headline-shape.ts';

export const COMMA_JOINED_SUBJECTS_RULE = 'tree-repair:comma-joined-subjects';

// the words of a subject's phrase ("Ethiopian troops", "Fano militia", "South Korea"), and its head's
const PHRASE = new Set(['PROPN', 'NOUN', 'ADJ']);
const NOMINAL = new Set(['PROPN', 'NOUN']);
// relations the parse gives the first name when it takes the second for the subject alone
const MISREAD_FIRST = new Set(['vocative', 'nsubj', 'appos', 'parataxis', 'dislocated', 'list', 'compound', 'conj']);

/**
 * "Iran, US hold talks in Oman", "Ethiopian troops, Fano militia clash", "Sudan, South Sudan agree on oil fees": a headline
 * writes "and" between two subjects as a comma, and the parse took the second name alone for the verb's subject (the
 * first a `vocative` or an apposition): the first party was lost. In a headline (no final stop) that opens with a noun phrase,
 * a comma and a second one right before its verb, where the verb is a bare form that agrees only with a plural
 * subject (no -s after a singular name), the first name is the subject and the second its `conj`.
 */
export function repairCommaJoinedSubjects(tree: EditableTree, tokens: readonly Token[]): string | null {
  const nodes = tree.nodes(), first = nodes[0], last = nodes[nodes.length - 1];
  if (!headlineShaped(tokens, first, last) || !PHRASE.has(tree.upos(first))) return null;
  let comma = first;
  while (comma <= last && PHRASE.has(tree.upos(comma))) comma++;
  if (tokens[comma]?.text !== ',' || !PHRASE.has(tree.upos(comma + 1)) || !NOMINAL.has(tree.upos(comma - 1))) return null;
  let verb = comma + 1;
  while (verb <= last && PHRASE.has(tree.upos(verb))) verb++;
  const subject = verb - 1, head = nameHead(tree, first, comma - 1);
  if (!NOMINAL.has(tree.upos(subject))) return null;
  if (tree.upos(verb) !== 'VERB' || tree.head(subject) !== verb && tree.head(nameHead(tree, comma + 1, subject)) !== verb) return null;
  const second = nameHead(tree, comma + 1, subject);
  if (!tree.label(second).startsWith('nsubj') || !bareForm(tokens[verb]) || !misreadFirst(tree, head) || tree.head(head) === second && tree.base(head) === 'conj') return null;
  const label = tree.label(second);
  tree.attach(head, verb, label);
  tree.attach(second, head, 'conj');
  tree.attach(comma, second, 'punct');
  return COMMA_JOINED_SUBJECTS_RULE;
}

/** The first name's reading beside the subject: a vocative, an apposition, ... or an `obl` with no preposition ("South Korea"). */
const misreadFirst = (tree: EditableTree, head: number) => MISREAD_FIRST.has(tree.base(head)) || tree.base(head) === 'obl' && !tree.children(head).some((c) => tree.base(c) === 'case');

/** The head of a run of names: the one whose head lies outside the run (the last, if none). */
function nameHead(tree: EditableTree, from: number, to: number): number {
  for (let k = from; k <= to; k++) if (tree.head(k) < from || tree.head(k) > to) return k;
  return to;
}

/** A present-tense form only a plural subject takes: the bare form ("hold", "swap", "agree"), no -s or past. */
const bareForm = (t: Token) => t.lower === t.lemma && !/[^s]s$/.test(t.lower);
