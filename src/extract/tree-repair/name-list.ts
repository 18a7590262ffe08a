import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';

/**
 * "an offensive by Nigeria, Niger, Chad and Cameroon": a list of three or more names, separated by commas and
 * closed by "and"/"or", is one coordination. A parse that hung a middle member elsewhere (an `appos` of the noun
 * before the list, a `parataxis` of the sentence's subject, a `conj` of a distant noun) split the list, and what
 * it says of the participants with it; every member after the first becomes a `conj` of the first:
 *   "troops from Kenya, Uganda and Burundi", "talks between Iran, Russia and Turkey", "Chad, Mali or Niger".
 * A member is a run of proper nouns with one head ("South Sudan"); a list the parse already joined stays.
 */
export function repairNameList(tree: EditableTree, tokens: readonly Token[]): string | null {
  const nodes = tree.nodes();
  const last = nodes[nodes.length - 1];
  for (let start = nodes[0]; start <= last; start++) {
    if (tree.upos(start) !== 'PROPN' || tree.upos(start - 1) === 'PROPN') continue;
    const list = listFrom(tree, tokens, start, last);
    if (list === null) continue;
    // (in functions of their own: a callback here would allocate a closure scope for every word)
    if (alreadyListed(tree, list)) {
      start = list.end;
      continue;
    }
    relist(tree, list);
    return 'tree-repair:name-list';
  }
  return null;
}

function alreadyListed(tree: EditableTree, list: NameList): boolean {
  const [first, ...rest] = list.members;
  return rest.every((m, k) => tree.base(m) === 'conj' && (tree.head(m) === first || tree.head(m) === list.members[k]));
}

function relist(tree: EditableTree, list: NameList): void {
  const [first, ...rest] = list.members;
  for (const m of rest) tree.attach(m, first, 'conj');
  for (const comma of list.commas) tree.attach(comma, list.members.find((m) => m > comma) ?? first, 'punct');
  tree.attach(list.cc, rest[rest.length - 1], 'cc');
}

interface NameList {
  readonly members: number[];
  readonly commas: number[];
  readonly cc: number;
  readonly end: number;
}

// The list that opens at `start`: members joined by "," (and an optional ", and"), the last after "and"/"or".
function listFrom(tree: EditableTree, tokens: readonly Token[], start: number, last: number): NameList | null {
  const members: number[] = [], commas: number[] = [];
  let i = start;
  for (;;) {
    const run = nameRun(tree, i, last);
    if (run === null) return null;
    members.push(run.head);
    i = run.end + 1;
    if (tokens[i]?.text === ',' && i <= last) {
      commas.push(i);
      i++;
    }
    const word = tokens[i]?.lower;
    if (i <= last && (word === 'and' || word === 'or') && (commas.length >= 1 || members.length >= 2)) {
      const closing = nameRun(tree, i + 1, last);
      if (closing === null || members.length < 2) return null;
      return { members: [...members, closing.head], commas, cc: i, end: closing.end };
    }
    // a list goes on only after a comma, with another name
    if (tokens[i - 1]?.text !== ',' || tree.upos(i) !== 'PROPN') return null;
  }
}

// A run of proper nouns from `i` with exactly one token whose head lies outside the run: its head and last token.
function nameRun(tree: EditableTree, i: number, last: number): { head: number; end: number } | null {
  if (i > last || tree.upos(i) !== 'PROPN') return null;
  let end = i;
  while (end + 1 <= last && tree.upos(end + 1) === 'PROPN') end++;
  const heads: number[] = [];
  for (let k = i; k <= end; k++) if (tree.head(k) < i || tree.head(k) > end) heads.push(k);
  return heads.length === 1 ? { head: heads[0], end } : null;
}
