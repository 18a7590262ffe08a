import { hashFeature as h } from './hash.ts';
import { NONE, type ParserState } from './parser-state.ts';
import { type SentenceContext, distanceBucket } from './sentence-context.ts';

export const PARSER_FEATURES = 100; // the templates below write exactly 100

const NO_LABEL = 127;
const lab = (st: ParserState, i: number) => (i < 0 ? NO_LABEL : st.labels[i]);
const kid = (arr: Int32Array, i: number) => (i < 0 ? NONE : arr[i]);

/**
 * Transition features in the style of Zhang & Nivre (2011), adapted to arc-hybrid (where s1 is a
 * candidate head too): words and tags of s0-s2 and b0-b2, their pairs and tag trigrams, the leftmost and
 * rightmost children (words, tags, labels), distance, valency and child label sets.
 */
export function parserFeatures(st: ParserState, c: SentenceContext, mask: number, out: Int32Array): number {
  const s0 = st.s(0), s1 = st.s(1), s2 = st.s(2);
  const b0 = st.b, b1 = b0 + 1 <= st.n ? b0 + 1 : NONE, b2 = b0 + 2 <= st.n ? b0 + 2 : NONE;
  const s0l = kid(st.left1, s0), s0l2 = kid(st.left2, s0), s0r = kid(st.right1, s0), s0r2 = kid(st.right2, s0);
  const s1l = kid(st.left1, s1), s1r = kid(st.right1, s1), s1r2 = kid(st.right2, s1);
  const b0l = st.left1[b0], b0l2 = st.left2[b0];
  const s0w = c.w(s0), s0t = c.t(s0), s0wt = c.wt(s0);
  const s1w = c.w(s1), s1t = c.t(s1), s1wt = c.wt(s1);
  const b0w = c.w(b0), b0t = c.t(b0), b0wt = c.wt(b0);
  const b1w = c.w(b1), b1t = c.t(b1), b1wt = c.wt(b1);
  const b2w = c.w(b2), b2t = c.t(b2);
  const s2t = c.t(s2);
  const d = distanceBucket(s0, b0);
  const d1 = distanceBucket(s1, s0);
  const s0vl = s0 < 0 ? 9 : st.leftCount[s0], s0vr = s0 < 0 ? 9 : st.rightCount[s0];
  const s1vl = s1 < 0 ? 9 : st.leftCount[s1], s1vr = s1 < 0 ? 9 : st.rightCount[s1];
  const b0vl = st.leftCount[b0];
  const s0ll = s0 < 0 ? -1 : st.leftLabels[s0], s0rl = s0 < 0 ? -1 : st.rightLabels[s0];
  const s1rl = s1 < 0 ? -1 : st.rightLabels[s1], b0ll = st.leftLabels[b0];
  let k = 0;
  // single words
  out[k++] = h(1, s0w) & mask; out[k++] = h(2, s0t) & mask; out[k++] = h(3, s0wt) & mask;
  out[k++] = h(4, b0w) & mask; out[k++] = h(5, b0t) & mask; out[k++] = h(6, b0wt) & mask;
  out[k++] = h(7, b1w) & mask; out[k++] = h(8, b1t) & mask; out[k++] = h(9, b1wt) & mask;
  out[k++] = h(10, b2w) & mask; out[k++] = h(11, b2t) & mask; out[k++] = h(12, c.wt(b2)) & mask;
  out[k++] = h(13, s1w) & mask; out[k++] = h(14, s1t) & mask; out[k++] = h(15, s1wt) & mask;
  out[k++] = h(16, c.w(s2)) & mask; out[k++] = h(17, s2t) & mask;
  // pairs: s0 with b0 (LEFT's arc) and s1 with s0 (RIGHT's arc)
  out[k++] = h(18, s0wt, b0wt) & mask; out[k++] = h(19, s0wt, b0w) & mask; out[k++] = h(20, s0w, b0wt) & mask;
  out[k++] = h(21, s0wt, b0t) & mask; out[k++] = h(22, s0t, b0wt) & mask; out[k++] = h(23, s0w, b0w) & mask;
  out[k++] = h(24, s0t, b0t) & mask; out[k++] = h(25, b0t, b1t) & mask; out[k++] = h(26, b0w, b1w) & mask;
  out[k++] = h(27, s1wt, s0wt) & mask; out[k++] = h(28, s1wt, s0w) & mask; out[k++] = h(29, s1w, s0wt) & mask;
  out[k++] = h(30, s1wt, s0t) & mask; out[k++] = h(31, s1t, s0wt) & mask; out[k++] = h(32, s1w, s0w) & mask;
  out[k++] = h(33, s1t, s0t) & mask; out[k++] = h(34, s1wt, b0wt) & mask; out[k++] = h(35, s1t, b0t) & mask;
  // tag trigrams
  out[k++] = h(36, b0t, b1t, b2t) & mask; out[k++] = h(37, s0t, b0t, b1t) & mask; out[k++] = h(38, s1t, s0t, b0t) & mask;
  out[k++] = h(39, s2t, s1t, s0t) & mask; out[k++] = h(40, s0t, c.t(s0l), b0t) & mask; out[k++] = h(41, s0t, c.t(s0r), b0t) & mask;
  out[k++] = h(42, s0t, b0t, c.t(b0l)) & mask; out[k++] = h(43, s1t, s0t, c.t(s0l)) & mask; out[k++] = h(44, s1t, c.t(s1r), s0t) & mask;
  out[k++] = h(45, s1t, s0t, c.t(s0r)) & mask; out[k++] = h(46, s1t, c.t(s1l), s0t) & mask; out[k++] = h(47, s0wt, b0t, b1t) & mask;
  out[k++] = h(48, s1t, s0t, b0wt) & mask; out[k++] = h(49, s1wt, s0t, b0t) & mask; out[k++] = h(50, s1t, s0wt, b0t) & mask;
  // distance
  out[k++] = h(51, s0w, d) & mask; out[k++] = h(52, s0t, d) & mask; out[k++] = h(53, b0w, d) & mask;
  out[k++] = h(54, b0t, d) & mask; out[k++] = h(55, s0w, b0w, d) & mask; out[k++] = h(56, s0t, b0t, d) & mask;
  out[k++] = h(57, s1t, s0t, d1) & mask; out[k++] = h(58, s1w, s0w, d1) & mask; out[k++] = h(59, s1wt, d1) & mask;
  out[k++] = h(60, s0wt, d1) & mask;
  // valency
  out[k++] = h(61, s0w, s0vr) & mask; out[k++] = h(62, s0t, s0vr) & mask; out[k++] = h(63, s0w, s0vl) & mask;
  out[k++] = h(64, s0t, s0vl) & mask; out[k++] = h(65, b0w, b0vl) & mask; out[k++] = h(66, b0t, b0vl) & mask;
  out[k++] = h(67, s1wt, s1vr) & mask; out[k++] = h(68, s1t, s1vl) & mask;
  // children
  out[k++] = h(69, c.w(s0l)) & mask; out[k++] = h(70, c.t(s0l)) & mask; out[k++] = h(71, lab(st, s0l)) & mask;
  out[k++] = h(72, c.w(s0r)) & mask; out[k++] = h(73, c.t(s0r)) & mask; out[k++] = h(74, lab(st, s0r)) & mask;
  out[k++] = h(75, c.w(b0l)) & mask; out[k++] = h(76, c.t(b0l)) & mask; out[k++] = h(77, lab(st, b0l)) & mask;
  out[k++] = h(78, c.w(s1r)) & mask; out[k++] = h(79, c.t(s1r)) & mask; out[k++] = h(80, lab(st, s1r)) & mask;
  out[k++] = h(81, c.t(s1l), lab(st, s1l)) & mask;
  out[k++] = h(82, c.w(s0l2), c.t(s0l2)) & mask; out[k++] = h(83, lab(st, s0l2)) & mask;
  out[k++] = h(84, c.w(s0r2), c.t(s0r2)) & mask; out[k++] = h(85, lab(st, s0r2)) & mask;
  out[k++] = h(86, c.w(b0l2), c.t(b0l2)) & mask; out[k++] = h(87, lab(st, b0l2)) & mask;
  out[k++] = h(88, s0t, c.t(s0l), c.t(s0l2)) & mask; out[k++] = h(89, s0t, c.t(s0r), c.t(s0r2)) & mask;
  out[k++] = h(90, b0t, c.t(b0l), c.t(b0l2)) & mask; out[k++] = h(91, s1t, c.t(s1r), c.t(s1r2)) & mask;
  // child label sets
  out[k++] = h(92, s0wt, s0rl) & mask; out[k++] = h(93, s0t, s0ll, s0rl) & mask;
  out[k++] = h(94, b0wt, b0ll) & mask; out[k++] = h(95, s1t, s1rl, s0t) & mask;
  out[k++] = h(96, s0t, b0t, b0ll) & mask;
  // suffixes, which still say "-ed", "-ing", "-ly" when the tagger is wrong
  out[k++] = h(97, c.suf(s0), b0t) & mask; out[k++] = h(98, s0t, c.suf(b0)) & mask;
  out[k++] = h(99, c.suf(s1), s0t) & mask;
  return k;
}
