import type { SentenceContext } from './context.ts';
import type { TreeView } from './tree-roles/tree-view.ts';
import { cuePhrases } from './cue-groups.ts';

/**
 * After a comma, a clause of its own ends an object's window: an adverbial participle ("shelled the city of Kharkiv
 * overnight, | wounding 12 civilians": the word tagger took "wounding" for a noun, the tree reads the verb of an
 * `advcl`), or a noun set beside the whole clause that sums it up ("annexed the area in 1981, | a move that drew
 * condemnation from Syria": the tree's `appos` of the verb), whose names are its own clause's.
 */
export function asideAfterComma(ctx: SentenceContext, i: number): boolean {
  const next = i + 1;
  if (ctx.doc.tokens[i].text !== ',' || next >= ctx.sentence.tokenEnd) return false;
  const tree = ctx.tree();
  if (ctx.doc.tokens[next].lower.endsWith('ing') && tree.upos(next) === 'VERB' && tree.label(next) === 'advcl') return true;
  // ("a move", "a decision widely seen as"): the noun within a few words of the comma
  for (let k = next; k < Math.min(ctx.sentence.tokenEnd, next + 4); k++) {
    const verb = summedClauseVerb(tree, ctx, k);
    if (verb !== null && verb < i) return true;
  }
  return false;
}

/**
 * The verb of the clause that the noun at `noun` sums up when set beside it: the tree's `appos` of that verb, or a noun
 * for any deed (clause-cues.tsv deed-noun) set beside a phrase of the clause ("expelled two diplomats on Friday, | a
 * step that ...", where the tree hangs "step" on "Friday"). Null for any other noun.
 */
export function summedClauseVerb(tree: TreeView, ctx: SentenceContext, noun: number): number | null {
  if (tree.label(noun) !== 'appos') return null;
  let up = tree.head(noun);
  if (up >= 0 && tree.upos(up) === 'VERB') return up;
  if (!cuePhrases(ctx.kb.lexicon.clauseCues, 'deed-noun').has(ctx.doc.tokens[noun].lemma)) return null;
  for (let steps = 0; up >= 0 && tree.upos(up) !== 'VERB' && steps < 3; steps++) up = tree.head(up);
  return up >= 0 && tree.upos(up) === 'VERB' ? up : null;
}
