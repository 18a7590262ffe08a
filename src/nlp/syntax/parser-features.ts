import { FeatureTemplates } from './hash.ts';
import { NONE, type ParserState } from './parser-state.ts';
import { type SentenceContext, distanceBucket } from './sentence-context.ts';

const NO_LABEL = 127;

// The atoms a configuration is described by (slot 0 is the constant 0): words (w), tags (t) and
// word+tag (wt) of s0-s2 and b0-b2, of the leftmost/rightmost children (l, l2, r, r2) and their labels,
// distances, valencies (vl, vr) and child label sets (ll, rl), and suffixes.
const S0W = 1, S0T = 2, S0WT = 3, B0W = 4, B0T = 5, B0WT = 6, B1W = 7, B1T = 8, B1WT = 9, B2W = 10, B2T = 11, B2WT = 12;
const S1W = 13, S1T = 14, S1WT = 15, S2W = 16, S2T = 17, D = 18, D1 = 19;
const S0VL = 20, S0VR = 21, S1VL = 22, S1VR = 23, B0VL = 24, S0LL = 25, S0RL = 26, S1RL = 27, B0LL = 28;
const S0L_W = 29, S0L_T = 30, S0L_LAB = 31, S0R_W = 32, S0R_T = 33, S0R_LAB = 34, B0L_W = 35, B0L_T = 36, B0L_LAB = 37;
const S1R_W = 38, S1R_T = 39, S1R_LAB = 40, S1L_T = 41, S1L_LAB = 42, S0L2_W = 43, S0L2_T = 44, S0L2_LAB = 45;
const S0R2_W = 46, S0R2_T = 47, S0R2_LAB = 48, B0L2_W = 49, B0L2_T = 50, B0L2_LAB = 51, S1R2_T = 52;
const S0_SUF = 53, B0_SUF = 54, S1_SUF = 55;
const S0F = 56, S0M = 57, B0F = 58, B0M = 59, S1M = 60;
const ATOMS = 61;

/**
 * Transition templates in the style of Zhang & Nivre (2011), adapted to arc-hybrid (where s1 is a
 * candidate head too): words and tags of s0-s2 and b0-b2, their pairs and tag trigrams, the leftmost and
 * rightmost children (words, tags, labels), distance, valency and child label sets. Row: [id, atoms...].
 */
export const PARSER_TEMPLATES = new FeatureTemplates([
  // single words
  [1, S0W], [2, S0T], [3, S0WT], [4, B0W], [5, B0T], [6, B0WT], [7, B1W], [8, B1T], [9, B1WT],
  [10, B2W], [11, B2T], [12, B2WT], [13, S1W], [14, S1T], [15, S1WT], [16, S2W], [17, S2T],
  // pairs: s0 with b0 (LEFT's arc) and s1 with s0 (RIGHT's arc)
  [18, S0WT, B0WT], [19, S0WT, B0W], [20, S0W, B0WT], [21, S0WT, B0T], [22, S0T, B0WT], [23, S0W, B0W],
  [24, S0T, B0T], [25, B0T, B1T], [26, B0W, B1W], [27, S1WT, S0WT], [28, S1WT, S0W], [29, S1W, S0WT],
  [30, S1WT, S0T], [31, S1T, S0WT], [32, S1W, S0W], [33, S1T, S0T], [34, S1WT, B0WT], [35, S1T, B0T],
  // tag trigrams
  [36, B0T, B1T, B2T], [37, S0T, B0T, B1T], [38, S1T, S0T, B0T], [39, S2T, S1T, S0T], [40, S0T, S0L_T, B0T],
  [41, S0T, S0R_T, B0T], [42, S0T, B0T, B0L_T], [43, S1T, S0T, S0L_T], [44, S1T, S1R_T, S0T], [45, S1T, S0T, S0R_T],
  [46, S1T, S1L_T, S0T], [47, S0WT, B0T, B1T], [48, S1T, S0T, B0WT], [49, S1WT, S0T, B0T], [50, S1T, S0WT, B0T],
  // distance
  [51, S0W, D], [52, S0T, D], [53, B0W, D], [54, B0T, D], [55, S0W, B0W, D], [56, S0T, B0T, D],
  [57, S1T, S0T, D1], [58, S1W, S0W, D1], [59, S1WT, D1], [60, S0WT, D1],
  // valency
  [61, S0W, S0VR], [62, S0T, S0VR], [63, S0W, S0VL], [64, S0T, S0VL], [65, B0W, B0VL], [66, B0T, B0VL],
  [67, S1WT, S1VR], [68, S1T, S1VL],
  // children
  [69, S0L_W], [70, S0L_T], [71, S0L_LAB], [72, S0R_W], [73, S0R_T], [74, S0R_LAB], [75, B0L_W], [76, B0L_T],
  [77, B0L_LAB], [78, S1R_W], [79, S1R_T], [80, S1R_LAB], [81, S1L_T, S1L_LAB], [82, S0L2_W, S0L2_T], [83, S0L2_LAB],
  [84, S0R2_W, S0R2_T], [85, S0R2_LAB], [86, B0L2_W, B0L2_T], [87, B0L2_LAB],
  [88, S0T, S0L_T, S0L2_T], [89, S0T, S0R_T, S0R2_T], [90, B0T, B0L_T, B0L2_T], [91, S1T, S1R_T, S1R2_T],
  // child label sets
  [92, S0WT, S0RL], [93, S0T, S0LL, S0RL], [94, B0WT, B0LL], [95, S1T, S1RL, S0T], [96, S0T, B0T, B0LL],
  // suffixes, which still say "-ed", "-ing", "-ly" when the tagger is wrong
  [97, S0_SUF, B0T], [98, S0T, B0_SUF], [99, S1_SUF, S0T],
]);

/**
 * Word classes of s0, s1 and b0, for models trained with them: which
 * head a word takes follows its class when the word itself is rare ("ceasefire" after "agreed to a").
 */
export const PARSER_CLUSTER_TEMPLATES = new FeatureTemplates([
  [100, S0F], [101, B0F], [102, S0M, B0M], [103, S1M, S0M], [104, S0F, B0T], [105, S0T, B0F],
]);

/**
 * A head candidate (s0 or s1) with the leftmost child of its would-be dependent, which is the case marker
 * or subordinator of a phrase: "arrested [him] | for fraud" vs "the attack | on the embassy": whether the
 * phrase goes to the verb or the noun is a matter of which head takes which preposition.
 */
export const PARSER_MARKER_TEMPLATES = new FeatureTemplates([
  [110, S0W, B0L_W], [111, S1W, B0L_W], [112, S0T, B0L_W, B0T], [113, S1T, B0L_W, B0T], [114, S1W, S0L_W], [115, S1T, S0L_W, S0T],
  [116, S0W, B0L_W, B0T], [117, S1W, B0L_W, B0T],
]);

export const PARSER_FEATURES = PARSER_TEMPLATES.count + PARSER_CLUSTER_TEMPLATES.count + PARSER_MARKER_TEMPLATES.count;

const atoms = new Int32Array(ATOMS);

/** Describes the configuration by its atoms, then hashes every template into `out` (masked buckets). */
export function parserFeatures(st: ParserState, c: SentenceContext, mask: number, out: Int32Array): number {
  const a = parserAtoms(st, c);
  let k = PARSER_TEMPLATES.hash(a, mask, out, 0);
  if (c.markerTemplates >= 1) k = PARSER_MARKER_TEMPLATES.hash(a, mask, out, k);
  if (!c.hasClusters) return k;
  return PARSER_CLUSTER_TEMPLATES.hash(a, mask, out, k);
}

// The atoms that only say which word is b0 (with b1, b2 after it), s0, s1 or s2: a template that reads
// atoms of one of these sets only has one bucket per word of the sentence (parser-inference.ts).
export const B0_ATOMS: readonly number[] = [B0W, B0T, B0WT, B1W, B1T, B1WT, B2W, B2T, B2WT, B0_SUF, B0F, B0M];
export const S0_ATOMS: readonly number[] = [S0W, S0T, S0WT, S0_SUF, S0F, S0M];
export const S1_ATOMS: readonly number[] = [S1W, S1T, S1WT, S1_SUF, S1M];
export const S2_ATOMS: readonly number[] = [S2W, S2T];
/** The atoms of one word in each place whose templates read that word alone: s0, s1, s2, b0, b1, b2 (word-move-sums.ts). */
export const WORD_PLACE_ATOMS: readonly (readonly number[])[] = [
  S0_ATOMS, S1_ATOMS, S2_ATOMS, [B0W, B0T, B0WT, B0_SUF, B0F, B0M], [B1W, B1T, B1WT], [B2W, B2T, B2WT],
];

/** The atoms of the configuration (a shared buffer, rewritten by the next call). */
export function parserAtoms(st: ParserState, c: SentenceContext): Int32Array {
  const a = atoms;
  const depth = st.depth, stack = st.stack;
  const s0 = depth > 0 ? stack[depth - 1] : NONE, s1 = depth > 1 ? stack[depth - 2] : NONE, s2 = depth > 2 ? stack[depth - 3] : NONE;
  const b0 = st.b;
  stackAtoms(c, s0, s1, s2);
  bufferAtoms(c, b0);
  a[D] = distanceBucket(s0, b0); a[D1] = distanceBucket(s1, s0);
  if (s0 >= 0) {
    a[S0VL] = st.leftCount[s0]; a[S0VR] = st.rightCount[s0]; a[S0LL] = st.leftLabels[s0]; a[S0RL] = st.rightLabels[s0];
    child(st, c, st.left1[s0], S0L_W); child(st, c, st.left2[s0], S0L2_W);
    child(st, c, st.right1[s0], S0R_W); child(st, c, st.right2[s0], S0R2_W);
  } else {
    a[S0VL] = a[S0VR] = 9; a[S0LL] = a[S0RL] = -1;
    child(st, c, NONE, S0L_W); child(st, c, NONE, S0L2_W); child(st, c, NONE, S0R_W); child(st, c, NONE, S0R2_W);
  }
  if (s1 >= 0) {
    a[S1VL] = st.leftCount[s1]; a[S1VR] = st.rightCount[s1]; a[S1RL] = st.rightLabels[s1];
    child(st, c, st.right1[s1], S1R_W);
    const l = st.left1[s1], r2 = st.right2[s1];
    a[S1L_T] = c.t(l); a[S1L_LAB] = l < 0 ? NO_LABEL : st.labels[l]; a[S1R2_T] = c.t(r2);
  } else {
    a[S1VL] = a[S1VR] = 9; a[S1RL] = -1;
    child(st, c, NONE, S1R_W);
    a[S1L_T] = c.t(NONE); a[S1L_LAB] = NO_LABEL; a[S1R2_T] = c.t(NONE);
  }
  a[B0VL] = st.leftCount[b0]; a[B0LL] = st.leftLabels[b0];
  child(st, c, st.left1[b0], B0L_W); child(st, c, st.left2[b0], B0L2_W);
  return a;
}

/** The `S0_ATOMS`, `S1_ATOMS` and `S2_ATOMS` of words s0, s1, s2 (NONE: no such word). */
export function stackAtoms(c: SentenceContext, s0: number, s1: number, s2: number): Int32Array {
  const a = atoms;
  a[S0W] = c.w(s0); a[S0T] = c.t(s0); a[S0WT] = c.wt(s0); a[S0_SUF] = c.suf(s0);
  a[S1W] = c.w(s1); a[S1T] = c.t(s1); a[S1WT] = c.wt(s1); a[S1_SUF] = c.suf(s1);
  a[S2W] = c.w(s2); a[S2T] = c.t(s2);
  if (c.hasClusters) { a[S0F] = c.cf(s0); a[S0M] = c.cm(s0); a[S1M] = c.cm(s1); }
  return a;
}

/** The `B0_ATOMS` of buffer front b0 (the root is word n, the last of the buffer). */
export function bufferAtoms(c: SentenceContext, b0: number): Int32Array {
  const a = atoms;
  const n = c.n, b1 = b0 + 1 <= n ? b0 + 1 : NONE, b2 = b0 + 2 <= n ? b0 + 2 : NONE;
  a[B0W] = c.w(b0); a[B0T] = c.t(b0); a[B0WT] = c.wt(b0); a[B0_SUF] = c.suf(b0);
  a[B1W] = c.w(b1); a[B1T] = c.t(b1); a[B1WT] = c.wt(b1);
  a[B2W] = c.w(b2); a[B2T] = c.t(b2); a[B2WT] = c.wt(b2);
  if (c.hasClusters) { a[B0F] = c.cf(b0); a[B0M] = c.cm(b0); }
  return a;
}

/** The atoms of word i (NONE: no word) in every place of `WORD_PLACE_ATOMS` at once: s0, s1, s2, b0, b1 and b2 all word i. */
export function wordAtoms(c: SentenceContext, i: number): Int32Array {
  const a = atoms;
  const w = c.w(i), t = c.t(i), wt = c.wt(i), suf = c.suf(i);
  a[S0W] = a[S1W] = a[S2W] = a[B0W] = a[B1W] = a[B2W] = w;
  a[S0T] = a[S1T] = a[S2T] = a[B0T] = a[B1T] = a[B2T] = t;
  a[S0WT] = a[S1WT] = a[B0WT] = a[B1WT] = a[B2WT] = wt;
  a[S0_SUF] = a[S1_SUF] = a[B0_SUF] = suf;
  if (c.hasClusters) { a[S0F] = a[B0F] = c.cf(i); a[S0M] = a[S1M] = a[B0M] = c.cm(i); }
  return a;
}

/** Word, tag and label of child `i` into atoms at slot, slot+1, slot+2. */
function child(st: ParserState, c: SentenceContext, i: number, slot: number): void {
  atoms[slot] = c.w(i);
  atoms[slot + 1] = c.t(i);
  atoms[slot + 2] = i < 0 ? NO_LABEL : st.labels[i];
}
