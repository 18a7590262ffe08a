import type { TreebankSentence } from './conllu.ts';

/**
 * For each (dependent tag, side of the head), the labels the training data gives such a dependent, with
 * the tag as gold and as predicted (`tags`), so a tagging error still finds its label. "root" is given
 * by the parser itself, never scored. Indexed 2·tag (dependent left of its head) and 2·tag+1 (right).
 */
export function labelCandidates(
  sentences: readonly TreebankSentence[], tags: readonly Uint8Array[], tagNames: readonly string[], labelNames: readonly string[],
): Int32Array[] {
  const seen = Array.from({ length: 2 * tagNames.length }, () => new Set<number>());
  const tagId = new Map(tagNames.map((t, i) => [t, i]));
  sentences.forEach((s, index) => {
    s.words.forEach((_, i) => {
      if (s.heads[i] < 0) return;
      const side = i < s.heads[i] ? 0 : 1;
      const label = labelNames.indexOf(s.labels[i]);
      if (label < 0) return;
      const gold = tagId.get(s.upos[i]);
      if (gold !== undefined) seen[2 * gold + side].add(label);
      seen[2 * tags[index][i] + side].add(label);
    });
  });
  return seen.map((labels) => Int32Array.from([...labels].sort((a, b) => a - b)));
}
