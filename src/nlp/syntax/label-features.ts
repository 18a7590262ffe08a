import { hashFeature as h } from './hash.ts';
import { NONE, type ParserState } from './parser-state.ts';
import type { SentenceContext } from './sentence-context.ts';

export const LABEL_FEATURES = 28;

const NO_LABEL = 127;

/**
 * Features for the relation of a new arc head → dep. In arc-hybrid the dependent is complete when it is
 * attached, so its own children are known: the case marker of "by militants" (obl:agent), the
 * "was" aux:pass child of the head ("was attacked" → its subject is nsubj:pass), the "to" of an xcomp.
 */
export function labelFeatures(st: ParserState, c: SentenceContext, head: number, dep: number, mask: number, out: Int32Array): number {
  const dir = dep < head ? 1 : 2;
  const dist = dep < head ? Math.min(head - dep, 8) : -Math.min(dep - head, 8);
  const dw = c.w(dep), dt = c.t(dep), dwt = c.wt(dep);
  const hw = c.w(head), ht = c.t(head), hwt = c.wt(head);
  const dl = st.left1[dep], dr = st.right1[dep];
  const hl = st.left1[head], hr = st.right1[head];
  const dll = st.leftLabels[dep], drl = st.rightLabels[dep];
  const hll = st.leftLabels[head], hrl = st.rightLabels[head];
  const dlw = c.w(dl);
  let k = 0;
  out[k++] = h(1, dir) & mask;
  out[k++] = h(2, dw, dir) & mask; out[k++] = h(3, dt, dir) & mask; out[k++] = h(4, dwt, dir) & mask;
  out[k++] = h(5, hw, dir) & mask; out[k++] = h(6, ht, dir) & mask; out[k++] = h(7, hwt, dir) & mask;
  out[k++] = h(8, dt, ht, dir) & mask; out[k++] = h(9, dw, ht, dir) & mask; out[k++] = h(10, dt, hw, dir) & mask;
  out[k++] = h(11, dw, hw, dir) & mask; out[k++] = h(12, dt, ht, dist) & mask;
  out[k++] = h(13, dlw, dt) & mask; out[k++] = h(14, dlw, dt, ht) & mask; out[k++] = h(15, dlw, hw) & mask;
  out[k++] = h(16, dl === NONE ? NO_LABEL : st.labels[dl], dt) & mask; out[k++] = h(17, dll, dt, dir) & mask;
  out[k++] = h(18, drl, dt) & mask; out[k++] = h(19, c.w(dr), dt) & mask;
  out[k++] = h(20, hll, ht, dir) & mask; out[k++] = h(21, hrl, ht, dir) & mask;
  out[k++] = h(22, c.w(hl), ht, dir) & mask; out[k++] = h(23, hl === NONE ? NO_LABEL : st.labels[hl], ht, dir) & mask;
  out[k++] = h(24, dt, c.t(dep + 1), c.t(dep - 1)) & mask;
  out[k++] = h(25, ht, c.t(head + 1 <= c.n ? head + 1 : NONE), c.t(head - 1)) & mask;
  out[k++] = h(26, c.suffix[head], dt, dir) & mask; out[k++] = h(27, c.suffix[dep], ht, dir) & mask;
  out[k++] = h(28, c.w(hr), dt, dir) & mask;
  return k;
}
