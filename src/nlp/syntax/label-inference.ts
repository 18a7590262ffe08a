import { LABEL_FEATURES, labelFeatures } from './label-features.ts';
import type { Parser } from './parser.ts';
import type { ParserState } from './parser-state.ts';
import type { SentenceContext } from './sentence-context.ts';

/**
 * The labeler at run time, on the quantised table: the label `Parser.bestLabel` gives, sooner. A
 * dependent is scored against about 24 candidate labels (its tag and side) over 32 features, each
 * candidate a column of the 51-label rows; here four candidates are summed per walk over the features
 * (four sums in registers), so the row offsets are read a quarter as often and the loop runs a quarter
 * as many times. Sums of integers, compared as `bestLabel` compares them (the first highest wins).
 */
export class LabelInference {
  private readonly features = new Int32Array(LABEL_FEATURES);
  private readonly bases = new Int32Array(LABEL_FEATURES);
  private readonly scores: Int32Array;

  constructor(private readonly parser: Parser) {
    this.scores = new Int32Array(parser.labelNames.length);
  }

  label(c: SentenceContext, st: ParserState, head: number, dep: number): number {
    const parser = this.parser;
    if (head === c.n) return parser.rootLabel;
    if (c.tag[dep] === parser.punctTag) return parser.punctLabel;
    const subset = parser.labelCandidates[2 * c.tag[dep] + (dep < head ? 0 : 1)];
    // A model without candidate lists scores every label: the plain path.
    if (!subset || subset.length === 0) return parser.bestLabel(c, head, dep);
    const labeler = parser.labeler, w = labeler.weights as Int16Array, k = labeler.classes;
    const count = labelFeatures(st, c, head, dep, labeler.mask, this.features);
    const bases = this.bases, scores = this.scores, m = subset.length;
    for (let i = 0; i < count; i++) bases[i] = this.features[i] * k;
    let j = 0;
    for (; j + 4 <= m; j += 4) {
      const c0 = subset[j], c1 = subset[j + 1], c2 = subset[j + 2], c3 = subset[j + 3];
      let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
      for (let i = 0; i < count; i++) {
        const b = bases[i];
        s0 += w[b + c0]; s1 += w[b + c1]; s2 += w[b + c2]; s3 += w[b + c3];
      }
      scores[j] = s0; scores[j + 1] = s1; scores[j + 2] = s2; scores[j + 3] = s3;
    }
    for (; j < m; j++) {
      const cj = subset[j];
      let s = 0;
      for (let i = 0; i < count; i++) s += w[bases[i] + cj];
      scores[j] = s;
    }
    let best = 0;
    for (let l = 1; l < m; l++) if (scores[l] > scores[best]) best = l;
    return subset[best];
  }
}
