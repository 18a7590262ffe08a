import { LinearModel, argmax } from './perceptron.ts';
import { TAGGER_FEATURES, taggerFeatures } from './tagger-features.ts';
import type { TokenTable } from './token-table.ts';

/**
 * Greedy left-to-right UPOS tagger: an averaged perceptron, plus a dictionary of frequent words that
 * (almost) always carry one tag in the treebank ("the" → DET, "said" → VERB), which skips scoring them.
 */
export class Tagger {
  private readonly features = new Int32Array(TAGGER_FEATURES);
  private readonly scores: Float32Array;

  constructor(
    readonly model: LinearModel,
    readonly tagNames: readonly string[],
    readonly dictionary: ReadonlyMap<string, number>,
  ) {
    this.scores = new Float32Array(tagNames.length);
  }

  /** Writes tag ids of the table's tokens into `tags` (length ≥ table.length). */
  tag(table: TokenTable, tags: Uint8Array): void {
    for (let i = 0; i < table.length; i++) {
      const known = this.dictionary.get(table.forms[i]);
      if (known !== undefined) { tags[i] = known; continue; }
      const count = taggerFeatures(table, i, tags, this.model.mask, this.features);
      this.model.score(this.features, count, this.scores);
      tags[i] = argmax(this.scores, this.tagNames.length);
    }
  }
}
