import type { SentenceTree } from '../../nlp/syntax/index.ts';
import type { Token } from '../../nlp/types.ts';
import type { HeldTags } from '../../nlp/syntax/held-tags.ts';
import type { RetaggedTree } from './retag-verb.ts';

export const RETAG_COUNTED_NOUN = 'tree-repair:retag-counted-noun';

// counts that take a verb in its -s form ("one says"), and years ("in 2024 attacks rose" has no count)
const SINGULAR_COUNT = new Set(['one', '1', 'none']);
const YEAR = /^\d{4}$/;

/** What the re-tagging asks of the tagger and parser (`HeldTags`; sentence-relative word indexes). */
export type CountedLook = Pick<HeldTags, 'canBe' | 'parse'>;

/**
 * "arrested five suspects in a joint operation", "found three bombs", "killed two attackers": the tagger read the plural
 * noun after a count as a verb in its -s form ("five suspects" a clause), so the verb before lost its object. A count
 * above one never takes a verb's -s form: a word tagged VERB in -s, not its lemma, right after a cardinal (no year, no
 * "one"), and listed as a noun, is held to NOUN and the sentence parsed again; the new tree is kept if the word hangs
 * with a noun's relation and the sentence keeps its one root.
 */
export function countedRetaggedTree(tree: SentenceTree, tokens: readonly Token[], held: CountedLook): RetaggedTree | null {
  const n = tree.heads.length;
  const at = (k: number) => tokens[tree.offset + k];
  for (let k = 1; k < n; k++) {
    if (tree.upos[k] !== 'VERB' || tree.upos[k - 1] !== 'NUM') continue;
    const word = at(k), count = at(k - 1);
    if (!word.lower.endsWith('s') || word.lower === word.lemma || SINGULAR_COUNT.has(count.lower) || YEAR.test(count.lower)) continue;
    if (!held.canBe(k, 'NOUN')) continue;
    const again = held.parse(new Map([[k, 'NOUN']]));
    if (!NOMINAL_RELATION.has(again.labels[k].split(':')[0]) || again.heads.filter((h) => h < 0).length !== 1) continue;
    const moved = new Set<number>([tree.offset + k]);
    for (let c = 0; c < n; c++) if (tree.heads[c] !== again.heads[c] || tree.labels[c] !== again.labels[c]) moved.add(tree.offset + c);
    return { tree: again, moved, id: RETAG_COUNTED_NOUN };
  }
  return null;
}

const NOMINAL_RELATION = new Set(['nsubj', 'obj', 'iobj', 'obl', 'nmod', 'conj', 'appos']);
