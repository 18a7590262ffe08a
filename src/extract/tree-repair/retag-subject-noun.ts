import type { SentenceTree } from '../../nlp/syntax/index.ts';
import type { Token } from '../../nlp/types.ts';
import type { HeldTags } from '../../nlp/syntax/held-tags.ts';
import type { RetaggedTree } from './retag-verb.ts';

export const RETAG_SUBJECT_NOUN = 'tree-repair:retag-subject-noun';

/** What the re-tagging asks of the tagger and parser (`HeldTags`; sentence-relative word indexes). */
export type SubjectNounLook = Pick<HeldTags, 'canBe' | 'parse'>;

/**
 * "Opposition figures in exile called on the army to …": the tagger read the plural noun after a noun modifier as a
 * verb in its -s form ("Opposition figures" a clause), and the sentence's past verb hung on the phrase of state after
 * it ("called" a modifier of "exile"), so the act had no actor. Two finite verbs in a row with no link between them
 * are one too many: a word tagged VERB in -s (not its lemma), right after a noun, adjective or name, with a later past
 * verb in -ed that has no subject of its own, is held to NOUN and the sentence parsed again; the new tree is kept when
 * that past verb is now the root and the word its subject, or the word the root and the verb its modifier (roles-47).
 */
export function subjectNounRetaggedTree(tree: SentenceTree, tokens: readonly Token[], held: SubjectNounLook): RetaggedTree | null {
  const n = tree.heads.length;
  const o = tree.offset;
  const at = (k: number) => tokens[o + k];
  for (let k = 1; k + 2 < n; k++) {
    if (tree.upos[k] !== 'VERB' || !['NOUN', 'PROPN', 'ADJ'].includes(tree.upos[k - 1])) continue;
    const word = at(k);
    if (!/[^s]s$/.test(word.lower) || word.lower === word.lemma || !held.canBe(k, 'NOUN')) continue;
    const past = pastVerbAfter(tree, tokens, k);
    if (past < 0) continue;
    const again = held.parse(new Map([[k, 'NOUN']]));
    const subject = again.heads[past] < 0 && again.heads[k] === o + past && again.labels[k] === 'nsubj';
    // (or the noun the root and the past verb its modifier: misread-main-clause.ts makes it the predicate, as for
    // "Opposition leaders in exile called on …")
    const described = again.heads[k] < 0 && again.heads[past] === o + k && again.labels[past] === 'acl';
    if (!subject && !described || again.heads.filter((h) => h < 0).length !== 1) continue;
    const moved = new Set<number>([o + k]);
    for (let c = 0; c < n; c++) if (tree.heads[c] !== again.heads[c] || tree.labels[c] !== again.labels[c]) moved.add(o + c);
    return { tree: again, moved, id: RETAG_SUBJECT_NOUN };
  }
  return null;
}

/** The first word after k tagged VERB, a past form in -ed with no subject of its own (k's own clause may come first), or -1. */
function pastVerbAfter(tree: SentenceTree, tokens: readonly Token[], k: number): number {
  for (let v = k + 1; v < tree.heads.length; v++) {
    if (tree.upos[v] !== 'VERB') continue;
    const t = tokens[tree.offset + v];
    if (!/ed$/.test(t.lower) || t.lower === t.lemma) return -1;
    const own = tree.labels.some((l, c) => tree.heads[c] === tree.offset + v && l.startsWith('nsubj'));
    return own ? -1 : v;
  }
  return -1;
}
