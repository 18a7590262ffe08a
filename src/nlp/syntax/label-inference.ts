import type { FeatureTemplates } from './hash.ts';
import { LABEL_END_TEMPLATES, LABEL_FEATURES, LABEL_TAG_TEMPLATES, arcDistance, labelEndFeatures, labelFeatures, labelTagFeatures } from './label-features.ts';
import { LabelWordSums } from './label-word-sums.ts';
import type { Parser } from './parser.ts';
import type { ParserState } from './parser-state.ts';
import type { SentenceContext } from './sentence-context.ts';

/**
 * The labeler at run time, on the quantised table: the label `Parser.bestLabel` gives, sooner. A
 * dependent is scored against about 24 candidate labels (its tag and side) over 32 features, each
 * candidate a column of the 51-label rows; here four candidates are summed per walk over the features
 * (four sums in registers), so the row offsets are read a quarter as often and the loop runs a quarter
 * as many times. The templates that read only the two tags, the direction and the distance are summed once per
 * such combination (a few thousand occur) and kept; those that read one end's spelling with the two tags and the
 * direction are kept per such end (label-word-sums.ts). Sums of integers, compared as `bestLabel` compares them
 * (the first highest wins).
 */
export class LabelInference {
  private readonly features = new Int32Array(LABEL_FEATURES);
  private readonly bases = new Int32Array(LABEL_FEATURES);
  private readonly scores: Int32Array;
  // by (dependent's tag, head's tag, signed distance): the `LABEL_TAG_TEMPLATES` sums of each candidate label
  private readonly tagSums = new Map<number, { subset: Int32Array; sums: Int32Array }>();
  private tagSumsOf: unknown = null; // the weights they were summed from
  private readonly tagBuckets = new Int32Array(LABEL_TAG_TEMPLATES.count);
  private readonly ends = new LabelWordSums();
  private readonly endBuckets = new Int32Array(LABEL_FEATURES);

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
    const count = labelFeatures(st, c, head, dep, labeler.mask, this.features, LABEL_END_TEMPLATES.arc[0], LABEL_END_TEMPLATES.arc[1]);
    const bases = this.bases, scores = this.scores, m = subset.length;
    const depTag = c.tag[dep], headTag = c.tag[head], dir = dep < head ? 1 : 2, ends = this.ends;
    ends.check(c.formCache, w, m);
    let depAt = ends.find(c.spellingIds[dep], 0, depTag, headTag, dir);
    if (depAt < 0) depAt = this.sumEnd(LABEL_END_TEMPLATES.dep, c.hasClusters, c.spellingIds[dep], 0, depTag, headTag, dir, subset, w, k, labeler.mask);
    let headAt = ends.find(c.spellingIds[head], 1, headTag, depTag, dir);
    if (headAt < 0) headAt = this.sumEnd(LABEL_END_TEMPLATES.head, c.hasClusters, c.spellingIds[head], 1, headTag, depTag, dir, subset, w, k, labeler.mask);
    // tags are bytes; the distance is -8..8: one key per combination (the candidates follow from it)
    const distance = arcDistance(head, dep), key = ((depTag << 8) | headTag) * 32 + distance + 8;
    if (this.tagSumsOf !== w) { this.tagSums.clear(); this.tagSumsOf = w; }
    let kept = this.tagSums.get(key);
    if (kept === undefined || kept.subset !== subset) this.tagSums.set(key, (kept = { subset, sums: this.sumTags(depTag, headTag, distance, subset, w, k, labeler.mask) }));
    const tagSums = kept.sums, pool = ends.pool;
    for (let i = 0; i < count; i++) bases[i] = this.features[i] * k;
    let j = 0;
    for (; j + 4 <= m; j += 4) {
      const c0 = subset[j], c1 = subset[j + 1], c2 = subset[j + 2], c3 = subset[j + 3];
      let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
      for (let i = 0; i < count; i++) {
        const b = bases[i];
        s0 += w[b + c0]; s1 += w[b + c1]; s2 += w[b + c2]; s3 += w[b + c3];
      }
      scores[j] = s0 + tagSums[j] + pool[depAt + j] + pool[headAt + j];
      scores[j + 1] = s1 + tagSums[j + 1] + pool[depAt + j + 1] + pool[headAt + j + 1];
      scores[j + 2] = s2 + tagSums[j + 2] + pool[depAt + j + 2] + pool[headAt + j + 2];
      scores[j + 3] = s3 + tagSums[j + 3] + pool[depAt + j + 3] + pool[headAt + j + 3];
    }
    for (; j < m; j++) {
      const cj = subset[j];
      let s = 0;
      for (let i = 0; i < count; i++) s += w[bases[i] + cj];
      scores[j] = s + tagSums[j] + pool[depAt + j] + pool[headAt + j];
    }
    let best = 0;
    for (let l = 1; l < m; l++) if (scores[l] > scores[best]) best = l;
    return subset[best];
  }

  /** Each candidate's sum over the rows of one end's templates (`sets`), kept under that end's key; returns its pool offset. */
  private sumEnd(sets: readonly [FeatureTemplates, FeatureTemplates], clusters: boolean, spellingId: number, end: number, ownTag: number, otherTag: number, dir: number, subset: Int32Array, w: Int16Array, k: number, mask: number): number {
    const buckets = this.endBuckets, count = labelEndFeatures(sets, clusters, mask, buckets);
    const at = this.ends.add(spellingId, end, ownTag, otherTag, dir, subset.length), pool = this.ends.pool;
    for (let j = 0; j < subset.length; j++) {
      let s = 0;
      for (let i = 0; i < count; i++) s += w[buckets[i] * k + subset[j]];
      pool[at + j] = s;
    }
    return at;
  }

  /** Each candidate's sum over the rows of the tag templates of this combination. */
  private sumTags(depTag: number, headTag: number, distance: number, subset: Int32Array, w: Int16Array, k: number, mask: number): Int32Array {
    const count = labelTagFeatures(depTag, headTag, distance, mask, this.tagBuckets);
    const sums = new Int32Array(subset.length);
    for (let j = 0; j < subset.length; j++) {
      let s = 0;
      for (let i = 0; i < count; i++) s += w[this.tagBuckets[i] * k + subset[j]];
      sums[j] = s;
    }
    return sums;
  }
}
