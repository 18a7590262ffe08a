import { LinearModel, argmax } from './perceptron.ts';
import { NO_TAG, TAGGER_FEATURES, clusterFeatures, lexiconFeatures, lookaheadFeatures, taggerFeatures } from './tagger-features.ts';
import { TaggerInference } from './tagger-inference.ts';
import type { TokenTable } from './token-table.ts';
import type { WordClusters } from './word-clusters.ts';

/**
 * Greedy left-to-right UPOS tagger in two passes: an averaged perceptron tags the sentence, then a second
 * one tags it again seeing the first pass's tags to the right. A dictionary of frequent words that
 * (almost) always carry one tag in the treebank ("the" → DET, "said" → VERB) skips scoring them.
 */
export class Tagger {
  private readonly features = new Int32Array(TAGGER_FEATURES);
  private readonly scores: Float32Array;
  private known = new Uint8Array(256);
  private ahead = new Uint8Array(256);

  constructor(
    readonly model: LinearModel,
    readonly tagNames: readonly string[],
    readonly dictionary: ReadonlyMap<string, number>,
    readonly second: LinearModel | null,
    /** Word classes the model was trained with (tables must be filled with them), or none. */
    readonly clusters: WordClusters | null = null,
  ) {
    this.scores = new Float32Array(tagNames.length);
    const quantised = model.weights instanceof Int16Array && (!second || (second.weights instanceof Int16Array && second.classes === model.classes));
    this.inference = quantised && model.classes === tagNames.length ? new TaggerInference(model, second, dictionary, clusters !== null, clusters?.lexicon != null) : null;
  }

  /** The run-time path of a loaded (quantised) model: the same tags, sooner. */
  private readonly inference: TaggerInference | null;

  /** Writes tag ids of the table's tokens into `tags` (length ≥ table.length). */
  tag(table: TokenTable, tags: Uint8Array): void {
    if (this.inference) { this.inference.tag([table], [tags]); return; }
    const known = this.lookUp(table);
    this.pass(table, tags, known, null);
    if (!this.second) return;
    if (this.ahead.length < table.length) this.ahead = new Uint8Array(table.length * 2);
    this.ahead.set(tags.subarray(0, table.length));
    this.pass(table, tags, known, this.ahead);
  }

  /**
   * Like `tag` with the tokens of `forced` (a tag id each, NO_TAG where free) held to that tag, as dictionary
   * words are: the other tokens are tagged seeing it. The second pass's scores (tokens × tags; 0 for a held or
   * dictionary word) go to `scores` when given. The plain `tag` is untouched by this path.
   */
  tagHeld(table: TokenTable, tags: Uint8Array, forced: Uint8Array, scores: Int32Array | null = null): void {
    if (this.inference) { this.inference.tag([table], [tags], forced, scores); return; }
    const known = this.lookUp(table);
    for (let i = 0; i < table.length; i++) if (forced[i] !== NO_TAG) known[i] = forced[i];
    this.pass(table, tags, known, null);
    if (!this.second) return;
    if (this.ahead.length < table.length) this.ahead = new Uint8Array(table.length * 2);
    this.ahead.set(tags.subarray(0, table.length));
    this.pass(table, tags, known, this.ahead, scores);
  }

  /**
   * Like `tag` for several sentences, pass by pass: every sentence's first pass, then every second
   * pass, so each pass's weight table stays in cache across sentences. The same tags as `tag` one by one.
   */
  tagMany(tables: readonly TokenTable[], tags: readonly Uint8Array[]): void {
    if (this.inference) { this.inference.tag(tables, tags); return; }
    const known = tables.map((table) => this.lookUp(table).slice(0, table.length));
    for (let s = 0; s < tables.length; s++) this.pass(tables[s], tags[s], known[s], null);
    if (!this.second) return;
    for (let s = 0; s < tables.length; s++) this.pass(tables[s], tags[s], known[s], tags[s].slice(0, tables[s].length));
  }

  /** One left-to-right pass; with `ahead` (first-pass tags) it is the second pass. */
  pass(table: TokenTable, tags: Uint8Array, known: Uint8Array, ahead: Uint8Array | null, kept: Int32Array | null = null): void {
    const model = ahead ? this.second! : this.model;
    const k = this.tagNames.length;
    for (let i = 0; i < table.length; i++) {
      if (known[i] !== NO_TAG) { tags[i] = known[i]; kept?.fill(0, i * k, i * k + k); continue; }
      let count = taggerFeatures(table, i, tags, model.mask, this.features);
      if (this.clusters) count = clusterFeatures(table, i, tags, model.mask, this.features, count);
      if (this.clusters?.lexicon) count = lexiconFeatures(table, i, tags, model.mask, this.features, count);
      if (ahead) count = lookaheadFeatures(table, i, ahead, model.mask, this.features, count);
      model.score(this.features, count, this.scores);
      if (kept) for (let c = 0; c < k; c++) kept[i * k + c] = this.scores[c];
      tags[i] = argmax(this.scores, k);
    }
  }

  /** Dictionary tag of each token, or NO_TAG (in a buffer reused between sentences). */
  lookUp(table: TokenTable): Uint8Array {
    if (this.known.length < table.length) this.known = new Uint8Array(table.length * 2);
    for (let i = 0; i < table.length; i++) this.known[i] = this.dictionary.get(table.forms[i]) ?? NO_TAG;
    return this.known;
  }
}
