import type { SentenceTree } from '../../nlp/syntax/index.ts';
import type { Token } from '../../nlp/types.ts';
import type { HeldTags } from '../../nlp/syntax/held-tags.ts';
import type { RetaggedTree } from './retag-verb.ts';

export const RETAG_NOUN = 'tree-repair:retag-noun';

// The tagger's lead of ADP over NOUN below which the noun reading is worth a second parse (a confident preposition
// leads by 80k and more; "a rebel | post near" by 17k).
const MAX_MARGIN = 30_000;
// where a noun read as a preposition can sit: at the end of a noun phrase ("a rebel | post")
const PHRASE_WORD = new Set(['NOUN', 'ADJ', 'PROPN']);
// what the word after it was read as: a second preposition ("near", read as an adjective or adverb too)
const PREPOSITION_LIKE = new Set(['ADP', 'ADJ', 'ADV']);
// relations a noun has in its clause
const NOMINAL_RELATION = new Set(['nsubj', 'obj', 'iobj', 'obl', 'nmod', 'conj', 'appos', 'root']);
const CLAUSE_HEAD = new Set(['root', 'ccomp', 'xcomp', 'advcl', 'acl', 'conj', 'parataxis', 'csubj']);

/** What the re-tagging asks of the tagger and parser (`HeldTags`; sentence-relative word indexes). */
export type NounLook = Pick<HeldTags, 'canBe' | 'margin' | 'parse'>;

/**
 * "attacked a rebel | post near Laiza": the tagger read the last noun of a noun phrase as a preposition, so the
 * phrase ends early ("a rebel") and the real preposition after it is left without a role. The sign: a word read as
 * ADP right after a noun or adjective and right before a word that can be a preposition (two prepositions in a row,
 * the first with nothing to govern), where the tagger's NOUN score came close and the lexicon lists it as a noun:
 *   "stormed an army post near the border", "shelled a police station outside the town", "hit a fuel depot near the port"
 * The word is held to NOUN and the sentence parsed again; the new tree is kept if the word has a noun's relation
 * there, the sentence keeps one root and no verb stops heading its clause.
 */
export function nounRetaggedTree(tree: SentenceTree, tokens: readonly Token[], held: NounLook): RetaggedTree | null {
  const n = tree.heads.length;
  for (let k = 1; k + 1 < n; k++) {
    if (tree.upos[k] !== 'ADP' || !PHRASE_WORD.has(tree.upos[k - 1]) || !PREPOSITION_LIKE.has(tree.upos[k + 1])) continue;
    if (tokens[tree.offset + k].lower === tokens[tree.offset + k + 1].lower) continue;
    if (!held.canBe(k, 'NOUN') || !held.canBe(k + 1, 'ADP')) continue;
    const margin = held.margin(k, 'NOUN');
    if (margin <= 0 || margin > MAX_MARGIN) continue;
    const again = held.parse(new Map([[k, 'NOUN']]));
    if (!NOMINAL_RELATION.has(again.labels[k].split(':')[0])) continue;
    if (again.heads.filter((h) => h < 0).length !== 1 || clauseVerbs(again) < clauseVerbs(tree)) continue;
    const moved = new Set<number>([tree.offset + k]);
    for (let c = 0; c < n; c++) if (tree.heads[c] !== again.heads[c] || tree.labels[c] !== again.labels[c]) moved.add(tree.offset + c);
    return { tree: again, moved, id: RETAG_NOUN };
  }
  return null;
}

/** The words tagged VERB that head a clause. */
function clauseVerbs(tree: SentenceTree): number {
  let count = 0;
  for (let k = 0; k < tree.heads.length; k++) if (tree.upos[k] === 'VERB' && CLAUSE_HEAD.has(tree.labels[k].split(':')[0])) count++;
  return count;
}
