import type { SentenceTree } from '../../nlp/syntax/index.ts';
import type { Token } from '../../nlp/types.ts';
import type { HeldTags } from '../../nlp/syntax/held-tags.ts';
import type { RetaggedTree } from './retag-verb.ts';

export const RETAG_COMPOUND_NOUN = 'tree-repair:retag-compound-noun';

// The tagger's lead of VERB over NOUN below which the noun reading is worth a second parse.
const MAX_MARGIN = 30_000;
// what a verb of its own clause has that a noun modifier never does
const CLAUSE_MARKS = new Set(['nsubj', 'aux', 'mark', 'expl']);
const FINITE = new Set(['VERB', 'AUX']);

/** What the re-tagging asks of the tagger and parser (`HeldTags`; sentence-relative word indexes). */
export type CompoundLook = Pick<HeldTags, 'canBe' | 'margin' | 'parse'>;

/**
 * "fled to Goma, where aid agencies said camps were full", "the town, where relief workers reported shortages": the
 * tagger read a noun that modifies the next noun as a bare verb, and the parse made it a clause ("aid" with
 * "agencies said" hung on it), so an AID event came out of an aid agency. The sign: a word tagged VERB in its base
 * form, with no subject, auxiliary or marker of its own and not the sentence's first word (an imperative), right
 * before a plural noun that a verb follows. The word is held to NOUN and the sentence parsed again; the new tree is
 * kept if the word now hangs on that noun and the sentence keeps its one root.
 */
export function compoundRetaggedTree(tree: SentenceTree, tokens: readonly Token[], held: CompoundLook): RetaggedTree | null {
  const n = tree.heads.length;
  const at = (k: number) => tokens[tree.offset + k];
  for (let k = 1; k + 2 < n; k++) {
    if (tree.upos[k] !== 'VERB' || tree.upos[k + 1] !== 'NOUN' || !FINITE.has(tree.upos[k + 2])) continue;
    if (at(k).lower !== at(k).lemma || at(k + 1).lower === at(k + 1).lemma || at(k - 1).lower === 'to') continue;
    if (hasClauseMark(tree, k)) continue;
    if (!held.canBe(k, 'NOUN')) continue;
    const margin = held.margin(k, 'NOUN');
    if (margin <= 0 || margin > MAX_MARGIN) continue;
    const again = held.parse(new Map([[k, 'NOUN']]));
    if (again.heads[k] !== tree.offset + k + 1 || again.heads.filter((h) => h < 0).length !== 1) continue;
    // the sentence's own root stays (unless it was the word itself)
    const root = tree.heads.indexOf(-1);
    if (root !== k && again.heads[root] >= 0) continue;
    const moved = new Set<number>([tree.offset + k]);
    for (let c = 0; c < n; c++) if (tree.heads[c] !== again.heads[c] || tree.labels[c] !== again.labels[c]) moved.add(tree.offset + c);
    return { tree: again, moved, id: RETAG_COMPOUND_NOUN };
  }
  return null;
}

// no callback in the word loop above: one reading `k` made V8 allocate a scope for every word
function hasClauseMark(tree: SentenceTree, k: number): boolean {
  for (let c = 0; c < tree.labels.length; c++) if (tree.heads[c] === tree.offset + k && CLAUSE_MARKS.has(tree.labels[c].split(':')[0])) return true;
  return false;
}
