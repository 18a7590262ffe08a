import { LABEL_FEATURES, labelFeatures } from './label-features.ts';
import { PARSER_FEATURES, parserFeatures } from './parser-features.ts';
import { ParserInference } from './parser-inference.ts';
import type { LinearModel } from './perceptron.ts';
import { ParserState, SHIFT, TRANSITIONS } from './parser-state.ts';
import type { SentenceContext } from './sentence-context.ts';

/**
 * Greedy arc-hybrid parser: an unlabeled transition model with three classes picks the move, and a
 * separate labeler names each arc when it is made (so the per-move scoring stays cheap). Arcs to the root
 * are always labelled "root", and "root" is never given elsewhere.
 */
export class Parser {
  readonly state = new ParserState();
  private readonly features = new Int32Array(PARSER_FEATURES);
  featureCount = 0;
  labelFeatureCount = 0;
  private readonly labelFeats = new Int32Array(LABEL_FEATURES);
  private readonly moveScores = new Float32Array(TRANSITIONS);
  private readonly labelScores: Float32Array;
  readonly rootLabel: number;
  readonly punctLabel: number;
  /**
   * Labels worth scoring for a dependent with tag t on the left (index 2t) or right (2t+1) of its head:
   * those seen so in training (a DET is det, det:predet, nmod:poss...; never obl:agent). About a fifth
   * of the label set on average, so labelling costs a fifth. Empty: score every label.
   */
  labelCandidates: readonly Int32Array[] = [];

  /** `punctTag`: the id of PUNCT in the tagger's tag set. */
  constructor(readonly moves: LinearModel, readonly labeler: LinearModel, readonly labelNames: readonly string[], readonly punctTag: number) {
    this.labelScores = new Float32Array(labelNames.length);
    this.rootLabel = labelNames.indexOf('root');
    if (this.rootLabel < 0) throw new Error('the label set has no "root"');
    this.punctLabel = labelNames.indexOf('punct');
    this.inference = moves.weights instanceof Int16Array && moves.classes === TRANSITIONS ? new ParserInference(this) : null;
  }

  /** The run-time path of a loaded (quantised) model: the same parses, sooner. */
  private readonly inference: ParserInference | null;

  /** Parses the context's words; results are in `this.state.heads` (root = n) and `.labels`. */
  parse(c: SentenceContext): ParserState {
    if (this.inference) return this.inference.parse(c);
    const st = this.state;
    st.reset(c.n);
    while (!st.done()) {
      const move = this.bestMove(c);
      st.apply(move, move === SHIFT ? -1 : this.bestLabel(c, st.headFor(move), st.dependent()));
    }
    return st;
  }

  bestMove(c: SentenceContext): number {
    const st = this.state;
    // One valid move (an empty stack must SHIFT; at the end of the buffer only RIGHT, then the root's
    // LEFT, remain): about one move in six, taken without scoring.
    const only = st.onlyValidMove();
    if (only >= 0) { this.featureCount = 0; return only; }
    const count = (this.featureCount = parserFeatures(st, c, this.moves.mask, this.features));
    this.moves.score(this.features, count, this.moveScores);
    let best = -1;
    for (let m = 0; m < TRANSITIONS; m++) {
      if (st.valid(m) && (best < 0 || this.moveScores[m] > this.moveScores[best])) best = m;
    }
    return best;
  }

  /** Features of the current state, as scored by the last `bestMove` (for training). */
  lastFeatures(): Int32Array { return this.features; }
  lastScores(): Float32Array { return this.moveScores; }

  bestLabel(c: SentenceContext, head: number, dep: number): number {
    this.labelFeatureCount = 0;
    if (head === c.n) return this.rootLabel;
    // A PUNCT word is "punct" in EWT whenever it is not the root (23,556 of 23,556): no scoring needed.
    if (c.tag[dep] === this.punctTag) return this.punctLabel;
    const count = (this.labelFeatureCount = labelFeatures(this.state, c, head, dep, this.labeler.mask, this.labelFeats));
    const subset = this.labelCandidates[2 * c.tag[dep] + (dep < head ? 0 : 1)];
    if (subset && subset.length > 0) {
      this.labeler.scoreSubset(this.labelFeats, count, subset, this.labelScores);
      let best = 0;
      for (let j = 1; j < subset.length; j++) if (this.labelScores[j] > this.labelScores[best]) best = j;
      return subset[best];
    }
    this.labeler.score(this.labelFeats, count, this.labelScores);
    let best = -1;
    for (let l = 0; l < this.labelNames.length; l++) {
      if (l !== this.rootLabel && (best < 0 || this.labelScores[l] > this.labelScores[best])) best = l;
    }
    return best;
  }

  lastLabelFeatures(): Int32Array { return this.labelFeats; }
}
