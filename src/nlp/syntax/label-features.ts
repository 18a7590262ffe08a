import { FeatureTemplates } from './hash.ts';
import { NONE, type ParserState } from './parser-state.ts';
import type { SentenceContext } from './sentence-context.ts';

const NO_LABEL = 127;

// Atoms of an arc head → dep (slot 0 is the constant 0): direction and signed distance; words, tags,
// word+tag and suffixes of both ends; their nearest children (word, label) and child label sets; tags
// next to both ends.
const DIR = 1, DIST = 2, DW = 3, DT = 4, DWT = 5, HW = 6, HT = 7, HWT = 8, DLW = 9, DL_LAB = 10, DLL = 11, DRL = 12;
const DRW = 13, HLL = 14, HRL = 15, HLW = 16, HL_LAB = 17, DT_NEXT = 18, DT_PREV = 19, HT_NEXT = 20, HT_PREV = 21;
const H_SUF = 22, D_SUF = 23, HRW = 24, DF = 25, DM = 26, HM = 27;
const atoms = new Int32Array(28);

/**
 * Features for the relation of a new arc head → dep. In arc-hybrid the dependent is complete when it is
 * attached, so its own children are known: the case marker of "by militants" (obl:agent), the
 * "was" aux:pass child of the head ("was attacked" → its subject is nsubj:pass), the "to" of an xcomp.
 */
export const LABEL_TEMPLATES = new FeatureTemplates([
  [1, DIR], [2, DW, DIR], [3, DT, DIR], [4, DWT, DIR], [5, HW, DIR], [6, HT, DIR], [7, HWT, DIR],
  [8, DT, HT, DIR], [9, DW, HT, DIR], [10, DT, HW, DIR], [11, DW, HW, DIR], [12, DT, HT, DIST],
  [13, DLW, DT], [14, DLW, DT, HT], [15, DLW, HW], [16, DL_LAB, DT], [17, DLL, DT, DIR], [18, DRL, DT], [19, DRW, DT],
  [20, HLL, HT, DIR], [21, HRL, HT, DIR], [22, HLW, HT, DIR], [23, HL_LAB, HT, DIR],
  [24, DT, DT_NEXT, DT_PREV], [25, HT, HT_NEXT, HT_PREV], [26, H_SUF, DT, DIR], [27, D_SUF, HT, DIR], [28, HRW, DT, DIR],
]);

/** Word classes of both ends, for models trained with them: "Monday" (obl:tmod) and "Kyiv" (obl) stay
 * apart even when neither word was in the treebank. */
export const LABEL_CLUSTER_TEMPLATES = new FeatureTemplates([
  [40, DF, DIR], [41, DM, HT, DIR], [42, DT, HM, DIR], [43, DM, HM, DIR],
]);

export const LABEL_FEATURES = LABEL_TEMPLATES.count + LABEL_CLUSTER_TEMPLATES.count;

/** The templates that read only the two tags, the direction and the distance, and the others (label-inference.ts). */
export const [LABEL_TAG_TEMPLATES, LABEL_OTHER_TEMPLATES] = LABEL_TEMPLATES.split((slot) => slot === DIR || slot === DT || slot === HT || slot === DIST);

// The atoms one end of an arc gives by its spelling and tag, with the other end's tag and the direction.
const DEP_END = new Set([DIR, DW, DT, DWT, D_SUF, DF, DM, HT]);
const HEAD_END = new Set([DIR, HW, HT, HWT, H_SUF, HM, DT]);
const [DEP_OTHER, NOT_DEP_OTHER] = LABEL_OTHER_TEMPLATES.split((slot) => DEP_END.has(slot));
const [HEAD_OTHER, ARC_OTHER] = NOT_DEP_OTHER.split((slot) => HEAD_END.has(slot));
const [DEP_CLUSTER, NOT_DEP_CLUSTER] = LABEL_CLUSTER_TEMPLATES.split((slot) => DEP_END.has(slot));
const [HEAD_CLUSTER, ARC_CLUSTER] = NOT_DEP_CLUSTER.split((slot) => HEAD_END.has(slot));
/**
 * `LABEL_OTHER_TEMPLATES` (and the word-class templates) in three parts: those that read the dependent's spelling
 * with the two tags and the direction (`dep`), those that read the head's so (`head`), and the rest (`arc`).
 */
export const LABEL_END_TEMPLATES = {
  dep: [DEP_OTHER, DEP_CLUSTER], head: [HEAD_OTHER, HEAD_CLUSTER], arc: [ARC_OTHER, ARC_CLUSTER],
} as const;

/** Buckets of one end's templates (`LABEL_END_TEMPLATES.dep` or `.head`) on the atoms of the arc `labelFeatures` read last. */
export function labelEndFeatures(sets: readonly [FeatureTemplates, FeatureTemplates], clusters: boolean, mask: number, out: Int32Array): number {
  const k = sets[0].hash(atoms, mask, out, 0);
  return clusters ? sets[1].hash(atoms, mask, out, k) : k;
}

/** The signed distance atom of an arc (its sign is the direction). */
export const arcDistance = (head: number, dep: number) => (dep < head ? Math.min(head - dep, 8) : -Math.min(dep - head, 8));

/** Buckets of `LABEL_TAG_TEMPLATES` for tags `depTag`, `headTag` at signed distance `distance`; returns how many. */
export function labelTagFeatures(depTag: number, headTag: number, distance: number, mask: number, out: Int32Array): number {
  const a = atoms;
  a[DIR] = distance > 0 ? 1 : 2; a[DIST] = distance; a[DT] = depTag; a[HT] = headTag;
  return LABEL_TAG_TEMPLATES.hash(a, mask, out, 0);
}

/** Buckets of the arc's features (`templates`: all of them, or a part), word classes (`clusterTemplates`) after them. */
export function labelFeatures(st: ParserState, c: SentenceContext, head: number, dep: number, mask: number, out: Int32Array, templates = LABEL_TEMPLATES, clusterTemplates = LABEL_CLUSTER_TEMPLATES): number {
  const a = atoms;
  a[DIR] = dep < head ? 1 : 2;
  a[DIST] = arcDistance(head, dep);
  a[DW] = c.w(dep); a[DT] = c.t(dep); a[DWT] = c.wt(dep);
  a[HW] = c.w(head); a[HT] = c.t(head); a[HWT] = c.wt(head);
  const dl = st.left1[dep], hl = st.left1[head];
  a[DLW] = c.w(dl); a[DL_LAB] = dl === NONE ? NO_LABEL : st.labels[dl];
  a[DLL] = st.leftLabels[dep]; a[DRL] = st.rightLabels[dep]; a[DRW] = c.w(st.right1[dep]);
  a[HLL] = st.leftLabels[head]; a[HRL] = st.rightLabels[head];
  a[HLW] = c.w(hl); a[HL_LAB] = hl === NONE ? NO_LABEL : st.labels[hl];
  a[DT_NEXT] = c.t(dep + 1); a[DT_PREV] = c.t(dep - 1);
  a[HT_NEXT] = c.t(head + 1 <= c.n ? head + 1 : NONE); a[HT_PREV] = c.t(head - 1);
  a[H_SUF] = c.suffix[head]; a[D_SUF] = c.suffix[dep]; a[HRW] = c.w(st.right1[head]);
  const k = templates.hash(a, mask, out, 0);
  if (!c.hasClusters) return k;
  a[DF] = c.cf(dep); a[DM] = c.cm(dep); a[HM] = c.cm(head);
  return clusterTemplates.hash(a, mask, out, k);
}
