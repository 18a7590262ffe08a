import type { FeatureTemplates } from './hash.ts';
import type { LinearModel } from './perceptron.ts';
import { argmax } from './perceptron.ts';
import {
  LOOKAHEAD_TEMPLATES, NEXT_SPELLING_ATOMS, NO_TAG, PASS_TAG_ATOMS, PREVIOUS_SPELLING_ATOMS, SPELLING_ATOMS, TAGGER_CLUSTER_TEMPLATES, TAGGER_LEXICON_TEMPLATES, TAGGER_TEMPLATES, clusterAtoms, lexiconAtoms,
  lookaheadAtoms, taggerAtoms,
} from './tagger-features.ts';
import { SpellingSums } from './spelling-sums.ts';
import type { TokenTable } from './token-table.ts';

// Of a token's ~35 features only the few that read the tags just given to the words before it (P1, P2)
// must wait for the left-to-right walk; the others ("fixed") depend on the words and, in the second
// pass, on the first pass's tags.
const fixedAtom = (slot: number) => !PASS_TAG_ATOMS.includes(slot);
const [ANY_FIXED, MOVING] = TAGGER_TEMPLATES.split(fixedAtom);
const [ANY_FIXED_CLUSTER, MOVING_CLUSTER] = TAGGER_CLUSTER_TEMPLATES.split(fixedAtom);
const [FIXED_AHEAD, MOVING_AHEAD] = LOOKAHEAD_TEMPLATES.split(fixedAtom);
const [ANY_FIXED_LEXICON, MOVING_LEXICON] = TAGGER_LEXICON_TEMPLATES.split(fixedAtom);
// Of the fixed ones, those that read one word's spelling only (the token's, the one before, the one after) are
// summed once per spelling (spelling-sums.ts): [own, before, after, the rest], of each template set.
const bySpelling = (set: FeatureTemplates) => {
  const [own, others] = set.split((slot) => SPELLING_ATOMS.includes(slot));
  const [before, notBefore] = others.split((slot) => PREVIOUS_SPELLING_ATOMS.includes(slot));
  const [after, rest] = notBefore.split((slot) => NEXT_SPELLING_ATOMS.includes(slot));
  return [own, before, after, rest];
};
const SPELLING = bySpelling(ANY_FIXED), SPELLING_CLUSTER = bySpelling(ANY_FIXED_CLUSTER), SPELLING_LEXICON = bySpelling(ANY_FIXED_LEXICON);
const [FIXED, FIXED_CLUSTER, FIXED_LEXICON] = [SPELLING[3], SPELLING_CLUSTER[3], SPELLING_LEXICON[3]];
const OFFSETS = [0, -1, 1];

/**
 * The tagger at run time, on quantised (16-bit) weight tables. Before a pass walks a sentence, the
 * fixed features of all its tokens are hashed and their rows summed: those loads do not wait for one
 * another, so the memory system fetches many rows at once, where the walk fetched a token's rows only
 * once the previous token was tagged. The walk then adds the few moving rows. The fixed buckets of the
 * first pass serve the second one too. Sums of integers do not depend on their order, so the tags are
 * those `Tagger.pass` gives (not so for float weights being trained, which keep that path).
 */
export class TaggerInference {
  private readonly classes: number;
  private readonly width: number; // fixed features per token (both passes)
  private fixed = new Int32Array(0); // bucket × classes of each token's fixed features, `width` per token
  private base = new Int32Array(0); // each token's sum of its fixed rows, `classes` per token
  private known = new Uint8Array(0);
  private ahead = new Uint8Array(0);
  private readonly moving: Int32Array;
  private readonly scores: Float32Array;
  private readonly sums: Int32Array; // the moving rows' sums of one token
  private kept: Int32Array | null = null; // where the second pass writes its scores, when asked
  private readonly spellingSums: ReadonlyMap<LinearModel, readonly SpellingSums[]>;

  constructor(
    private readonly first: LinearModel,
    private readonly second: LinearModel | null,
    private readonly dictionary: ReadonlyMap<string, number>,
    private readonly withClusters: boolean,
    private readonly withLexicon: boolean,
  ) {
    this.classes = first.classes;
    this.width = this.firstWidth() + (second ? FIXED_AHEAD.count : 0);
    this.moving = new Int32Array(MOVING.count + MOVING_CLUSTER.count + MOVING_LEXICON.count + MOVING_AHEAD.count);
    this.scores = new Float32Array(this.classes);
    this.sums = new Int32Array(this.classes);
    const spelling = (g: number) => [SPELLING[g], ...(withClusters ? [SPELLING_CLUSTER[g]] : []), ...(withLexicon ? [SPELLING_LEXICON[g]] : [])];
    const sumsOf = () => OFFSETS.map((offset, g) => new SpellingSums(spelling(g), this.classes, offset));
    this.spellingSums = new Map([first, ...(second ? [second] : [])].map((model) => [model, sumsOf()]));
  }

  /**
   * Both passes over each sentence, pass by pass over the batch (each weight table stays warm). With `forced`
   * (one sentence: a tag per token, NO_TAG where free) a forced token is tagged as a dictionary word is, so
   * both passes read it as context; with `scores` (tokens × classes) the second pass's scores are kept.
   */
  tag(tables: readonly TokenTable[], tags: readonly Uint8Array[], forced: Uint8Array | null = null, scores: Int32Array | null = null): void {
    let total = 0;
    for (const table of tables) total += table.length;
    this.reserve(total);
    this.kept = scores;
    const firstWidth = this.firstWidth();
    for (let s = 0, at = 0; s < tables.length; at += tables[s].length, s++) {
      const table = tables[s];
      for (let i = 0; i < table.length; i++) this.known[at + i] = this.dictionary.get(table.forms[i]) ?? NO_TAG;
      if (forced) for (let i = 0; i < table.length; i++) if (forced[i] !== NO_TAG) this.known[at + i] = forced[i];
      this.hashFixed(table, tags[s], null, at, this.first.mask, 0);
    }
    this.pass(tables, tags, this.first, firstWidth, null);
    const second = this.second;
    if (!second) return;
    for (let s = 0, at = 0; s < tables.length; at += tables[s].length, s++) {
      const table = tables[s];
      const ahead = this.ahead.subarray(at, at + table.length);
      ahead.set(tags[s].subarray(0, table.length));
      // The first pass's buckets are this pass's too when both tables have the same size.
      this.hashFixed(table, tags[s], ahead, at, second.mask, second.mask === this.first.mask ? firstWidth : 0);
    }
    this.pass(tables, tags, second, this.width, this.ahead);
  }

  /** Fixed features per token of the first pass. */
  private firstWidth(): number {
    return FIXED.count + (this.withClusters ? FIXED_CLUSTER.count : 0) + (this.withLexicon ? FIXED_LEXICON.count : 0);
  }

  /** Fixed buckets of every untagged token of `table` (tokens from `at` in the batch), templates from `skip` on. */
  private hashFixed(table: TokenTable, tags: Uint8Array, ahead: Uint8Array | null, at: number, mask: number, skip: number): void {
    const k = this.classes, fixed = this.fixed, width = this.width;
    for (let i = 0; i < table.length; i++) {
      if (this.known[at + i] !== NO_TAG) continue;
      const atoms = fillAtoms(table, i, tags, ahead, this.withClusters, this.withLexicon);
      const row = (at + i) * width;
      let end = row;
      if (skip === 0) {
        end = FIXED.hash(atoms, mask, fixed, end);
        if (this.withClusters) end = FIXED_CLUSTER.hash(atoms, mask, fixed, end);
        if (this.withLexicon) end = FIXED_LEXICON.hash(atoms, mask, fixed, end);
      } else end += skip;
      if (ahead) end = FIXED_AHEAD.hash(atoms, mask, fixed, end);
      for (let j = row + skip; j < end; j++) fixed[j] *= k;
    }
  }

  /** Sums fixed rows for every token of the batch, then walks each sentence left to right. */
  private pass(tables: readonly TokenTable[], tags: readonly Uint8Array[], model: LinearModel, count: number, ahead: Uint8Array | null): void {
    const k = this.classes, width = this.width, fixed = this.fixed, base = this.base, known = this.known;
    const w = model.weights as Int16Array, bySpelling = this.spellingSums.get(model)!;
    for (let s = 0, at = 0; s < tables.length; at += tables[s].length, s++) {
      const table = tables[s];
      for (let i = 0; i < table.length; i++) {
        const t = at + i;
        if (known[t] !== NO_TAG) continue;
        sumColumns(w, k, fixed, t * width, count, base, t * k);
        for (let g = 0; g < bySpelling.length; g++) {
          const spelling = bySpelling[g];
          let from = spelling.at(table, i);
          if (from < 0) from = spelling.sum(table, i, fillAtoms(table, i, tags[s], null, this.withClusters, this.withLexicon), w, model.mask);
          const sums = spelling.sums;
          for (let c = 0, out = t * k; c < k; c++) base[out + c] += sums[from + c];
        }
      }
    }
    const moving = this.moving, scores = this.scores, sums = this.sums;
    for (let s = 0, at = 0; s < tables.length; at += tables[s].length, s++) {
      const table = tables[s], sentenceTags = tags[s];
      const sentenceAhead = ahead ? ahead.subarray(at, at + table.length) : null;
      for (let i = 0; i < table.length; i++) {
        const t = at + i;
        if (known[t] !== NO_TAG) {
          sentenceTags[i] = known[t];
          if (ahead && this.kept) this.kept.fill(0, t * k, t * k + k);
          continue;
        }
        const atoms = fillAtoms(table, i, sentenceTags, sentenceAhead, this.withClusters, this.withLexicon);
        let m = MOVING.hash(atoms, model.mask, moving, 0);
        if (this.withClusters) m = MOVING_CLUSTER.hash(atoms, model.mask, moving, m);
        if (this.withLexicon) m = MOVING_LEXICON.hash(atoms, model.mask, moving, m);
        if (sentenceAhead) m = MOVING_AHEAD.hash(atoms, model.mask, moving, m);
        for (let j = 0; j < m; j++) moving[j] *= k;
        sumColumns(w, k, moving, 0, m, sums, 0);
        for (let c = 0, out = t * k; c < k; c++) scores[c] = base[out + c] + sums[c];
        if (ahead && this.kept) for (let c = 0; c < k; c++) this.kept[t * k + c] = scores[c];
        sentenceTags[i] = argmax(scores, k);
      }
    }
  }

  private reserve(tokens: number): void {
    if (this.known.length >= tokens) return;
    const size = Math.max(tokens, this.known.length * 2, 256);
    this.known = new Uint8Array(size);
    this.ahead = new Uint8Array(size);
    this.fixed = new Int32Array(size * this.width);
    this.base = new Int32Array(size * this.classes);
  }
}

/** Every atom of token i, written in the order `Tagger.pass` writes them (the sets share slots). */
function fillAtoms(table: TokenTable, i: number, tags: Uint8Array, ahead: Uint8Array | null, withClusters: boolean, withLexicon: boolean): Int32Array {
  let atoms = taggerAtoms(table, i, tags);
  if (withClusters) atoms = clusterAtoms(table, i, tags);
  if (withLexicon) atoms = lexiconAtoms(table, i, tags);
  if (ahead) atoms = lookaheadAtoms(table, i, ahead);
  return atoms;
}

/**
 * out[at + c] = the sum of column c over the rows of `count` buckets (already × k) from buckets[from],
 * four columns per walk over the rows: four sums in registers, each bucket read a quarter as often.
 */
function sumColumns(w: Int16Array, k: number, buckets: Int32Array, from: number, count: number, out: Int32Array, at: number): void {
  const end = from + count;
  let c = 0;
  for (; c + 4 <= k; c += 4) {
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
    for (let j = from; j < end; j++) {
      const b = buckets[j] + c;
      s0 += w[b]; s1 += w[b + 1]; s2 += w[b + 2]; s3 += w[b + 3];
    }
    out[at + c] = s0; out[at + c + 1] = s1; out[at + c + 2] = s2; out[at + c + 3] = s3;
  }
  for (; c < k; c++) {
    let sum = 0;
    for (let j = from; j < end; j++) sum += w[buckets[j] + c];
    out[at + c] = sum;
  }
}
