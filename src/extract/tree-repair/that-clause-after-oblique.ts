import type { Token } from '../../nlp/types.ts';
import { takesBareClause } from './clause-verbs.ts';
import type { EditableTree } from './editable-tree.ts';

/**
 * "The president said Tuesday that he would travel to Beijing": a "that" clause with a subject of its own after a
 * time or setting phrase of a saying verb, read as a relative clause of that phrase ("Tuesday that he would travel").
 * "that" is there the complementiser (the parse itself calls it `mark`, no relative pronoun fills a gap), and the
 * clause is what was said: the saying verb's `ccomp`.
 *   "Officials said Sunday that troops had retaken the town", "The army announced on Friday that it would withdraw",
 *   "Iran said in a statement that its navy had seized a tanker"; after whom it was told the same: "Lula told a news
 *   conference that Brazil would not join any new cold war".
 */
export function repairThatClauseAfterOblique(tree: EditableTree, tokens: readonly Token[]): string | null {
  for (const clause of tree.nodes()) {
    if (tree.upos(clause) !== 'VERB' || (tree.label(clause) !== 'acl:relcl' && tree.label(clause) !== 'acl')) continue;
    const phrase = tree.head(clause);
    if (phrase < 0 || !HOSTS.has(tree.base(phrase))) continue;
    const say = tree.head(phrase);
    if (say < 0 || say > phrase || tree.upos(say) !== 'VERB' || !takesBareClause(tokens[say])) continue;
    // "told a news conference that ...": whom it was told, as the host, only for a verb of telling
    if (tree.base(phrase) !== 'obl' && !TELLING.has(tokens[say].lemma)) continue;
    const that = thatOf(tree, tokens, clause);
    if (that < 0) continue;
    tree.attach(clause, say, 'ccomp');
    tree.attach(that, clause, 'mark');
    return 'tree-repair:that-clause-after-oblique';
  }
  return null;
}

const HOSTS = new Set(['obl', 'iobj', 'obj']);
const TELLING = new Set(['tell', 'inform', 'assure', 'remind', 'warn', 'brief']);

/**
 * The complementiser "that" of a clause with a subject of its own: the parse's `mark`, or a "that" read as the
 * relative pronoun of a gap the clause does not have ("that Brazil would not join any new cold war": "join" has its
 * object). -1 when there is none.
 */
function thatOf(tree: EditableTree, tokens: readonly Token[], clause: number): number {
  let that = -1;
  let subject = false;
  let objects = 0;
  for (const c of tree.children(clause)) {
    if (tokens[c].lower === 'that' && c < clause && (tree.base(c) === 'mark' || tree.base(c) === 'obj')) that = c;
    if ((tree.base(c) === 'nsubj' || tree.base(c) === 'expl') && tokens[c].lower !== 'that' && tokens[c].lower !== 'which') subject = true;
    if (tree.base(c) === 'obj' || tree.base(c) === 'ccomp' || tree.base(c) === 'xcomp') objects++;
  }
  if (that < 0 || !subject) return -1;
  return tree.base(that) === 'mark' || objects > 1 ? that : -1;
}
