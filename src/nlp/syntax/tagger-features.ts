import { FeatureTemplates } from './hash.ts';
import { AFTER, BEFORE, type TokenTable } from './token-table.ts';

/** Most features a token can have (the size of the reused feature buffer). */
export const TAGGER_FEATURES = 56;

export const NO_TAG = 255;

// Atoms of token i (slot 0 is the constant 0): its word (lowercase and as cased), affixes and shape,
// the words around it, the previous predicted tags; for the second pass, first-pass tags around it.
const W = 1, CASED = 2, SUF1 = 3, SUF2 = 4, SUF3 = 5, SUF4 = 6, PRE1 = 7, PRE3 = 8, SHAPE = 9, FIRST = 10;
const P1 = 11, P2 = 12, WM1 = 13, SUF3M1 = 14, WM2 = 15, WP1 = 16, SUF3P1 = 17, WP2 = 18, SHAPEP1 = 19;
const A1 = 20, A2 = 21, AP1 = 22, A0 = 23;
const C0F = 24, C0M = 25, C0C = 26, CM1M = 27, CP1M = 28;
const L0 = 29, LM1 = 30, LP1 = 31;
const atoms = new Int32Array(32);

/**
 * Features of token i for the left-to-right tagger (Ratnaparkhi/Collins-style): the word, its affixes and
 * shape, two words either side, the two previous predicted tags. Row: [template id, atoms...].
 * (Dictionary tags of the next words as features were tried: no gain on dev.)
 */
export const TAGGER_TEMPLATES = new FeatureTemplates([
  [0], [1, W], [2, CASED], [3, SUF1], [4, SUF2], [5, SUF3], [6, SUF4], [7, PRE1], [8, PRE3], [9, SHAPE, FIRST],
  [10, P1], [11, P2], [12, P1, P2], [13, P1, W], [14, WM1], [15, SUF3M1], [16, WM2], [17, WP1], [18, SUF3P1],
  [19, WP2], [20, WM1, W], [21, W, WP1], [22, P1, WP1], [23, SHAPEP1], [24, WM1, WP1], [25, P1, SUF3],
]);

/** The first pass's tags of the next two words, so "attack" before "on" and "killed" after a noun read
 * their right context ("the attack on", "people killed in"). */
export const LOOKAHEAD_TEMPLATES = new FeatureTemplates([[40, A1], [41, A1, A2], [42, A1, W], [43, AP1, A1], [44, A1, SUF3], [45, A0, W]]);

/** Word classes (`WordClusters`) of the word and its neighbours, for models trained with them: "-ing"
 * words and capitalised words the treebank never saw still fall in a class of verbs or of names. */
export const TAGGER_CLUSTER_TEMPLATES = new FeatureTemplates([
  [60, C0F], [61, C0M], [62, C0C], [63, CM1M], [64, CP1M], [65, P1, C0M],
]);

/** The lexicon's tag classes (`WordLexicon`) of the word and its neighbours, for models trained with one:
 * "reinstated", seen never in the treebank, is VERB-only there; "attack" after "to" can be NOUN or VERB. */
export const TAGGER_LEXICON_TEMPLATES = new FeatureTemplates([
  [70, L0], [71, L0, SUF3], [73, L0, LP1], [74, LM1, L0], [75, L0, SHAPE],
]);

/** The atoms the tags of the current pass give (the two previous tags); every other atom of a token is
 * known before the pass starts, so its templates can be hashed and scored ahead (tagger-inference.ts). */
export const PASS_TAG_ATOMS: readonly number[] = [P1, P2];

/** The atoms a token's spelling alone gives (form-cache.ts computes them from it): a template that reads these
 * only has the same bucket wherever the spelling occurs, so its rows' sum can be kept per spelling (tagger-inference.ts). */
export const SPELLING_ATOMS: readonly number[] = [W, CASED, SUF1, SUF2, SUF3, SUF4, PRE1, PRE3, SHAPE, C0F, C0M, C0C, L0];
/** Likewise of the word before the token and of the word after it (a stand-in constant at the sentence's ends). */
export const PREVIOUS_SPELLING_ATOMS: readonly number[] = [WM1, SUF3M1, CM1M];
export const NEXT_SPELLING_ATOMS: readonly number[] = [WP1, SUF3P1, SHAPEP1, CP1M];

/** Writes masked bucket ids of token i's features into `out`; returns how many. */
export function taggerFeatures(t: TokenTable, i: number, tags: Uint8Array, mask: number, out: Int32Array): number {
  return TAGGER_TEMPLATES.hash(taggerAtoms(t, i, tags), mask, out, 0);
}

/** Token i's atoms for `TAGGER_TEMPLATES` (`tags`: the current pass's tags, read left of i only). */
export function taggerAtoms(t: TokenTable, i: number, tags: Uint8Array): Int32Array {
  const n = t.length;
  const a = atoms;
  a[W] = t.lower[i]; a[CASED] = t.cased[i]; a[SUF1] = t.suffix1[i]; a[SUF2] = t.suffix2[i]; a[SUF3] = t.suffix3[i];
  a[SUF4] = t.suffix4[i]; a[PRE1] = t.prefix1[i]; a[PRE3] = t.prefix3[i]; a[SHAPE] = t.shape[i]; a[FIRST] = i === 0 ? 1 : 0;
  a[P1] = i > 0 ? tags[i - 1] : NO_TAG; a[P2] = i > 1 ? tags[i - 2] : NO_TAG;
  a[WM1] = i > 0 ? t.lower[i - 1] : BEFORE; a[SUF3M1] = i > 0 ? t.suffix3[i - 1] : BEFORE; a[WM2] = i > 1 ? t.lower[i - 2] : BEFORE;
  a[WP1] = i + 1 < n ? t.lower[i + 1] : AFTER; a[SUF3P1] = i + 1 < n ? t.suffix3[i + 1] : AFTER;
  a[WP2] = i + 2 < n ? t.lower[i + 2] : AFTER; a[SHAPEP1] = i + 1 < n ? t.shape[i + 1] : AFTER;
  return a;
}

/**
 * Extra features of the second (right-aware) pass, from the first pass's tags (`ahead`); appends to `out`
 * from index k.
 */
export function lookaheadFeatures(t: TokenTable, i: number, ahead: Uint8Array, mask: number, out: Int32Array, k: number): number {
  return LOOKAHEAD_TEMPLATES.hash(lookaheadAtoms(t, i, ahead), mask, out, k);
}

/** Token i's atoms for `LOOKAHEAD_TEMPLATES`. */
export function lookaheadAtoms(t: TokenTable, i: number, ahead: Uint8Array): Int32Array {
  const n = t.length;
  atoms[A1] = i + 1 < n ? ahead[i + 1] : NO_TAG - 1;
  atoms[A2] = i + 2 < n ? ahead[i + 2] : NO_TAG - 1;
  atoms[AP1] = i > 0 ? ahead[i - 1] : NO_TAG;
  atoms[A0] = ahead[i];
  atoms[W] = t.lower[i];
  atoms[SUF3] = t.suffix3[i];
  return atoms;
}

/** The word-class features of token i (the table was filled with clusters); appends to `out` from k. */
export function clusterFeatures(t: TokenTable, i: number, tags: Uint8Array, mask: number, out: Int32Array, k: number): number {
  return TAGGER_CLUSTER_TEMPLATES.hash(clusterAtoms(t, i, tags), mask, out, k);
}

/** Token i's atoms for `TAGGER_CLUSTER_TEMPLATES`. */
export function clusterAtoms(t: TokenTable, i: number, tags: Uint8Array): Int32Array {
  const n = t.length;
  const a = atoms;
  a[C0F] = t.fine[i]; a[C0M] = t.mid[i]; a[C0C] = t.coarse[i];
  a[CM1M] = i > 0 ? t.mid[i - 1] : BEFORE; a[CP1M] = i + 1 < n ? t.mid[i + 1] : AFTER;
  a[P1] = i > 0 ? tags[i - 1] : NO_TAG;
  return a;
}

/** The lexicon-class features of token i (the table was filled with a lexicon); appends to `out` from k. */
export function lexiconFeatures(t: TokenTable, i: number, tags: Uint8Array, mask: number, out: Int32Array, k: number): number {
  return TAGGER_LEXICON_TEMPLATES.hash(lexiconAtoms(t, i, tags), mask, out, k);
}

/** Token i's atoms for `TAGGER_LEXICON_TEMPLATES`. */
export function lexiconAtoms(t: TokenTable, i: number, tags: Uint8Array): Int32Array {
  const n = t.length;
  const a = atoms;
  a[L0] = t.lexicon[i]; a[LM1] = i > 0 ? t.lexicon[i - 1] : BEFORE; a[LP1] = i + 1 < n ? t.lexicon[i + 1] : AFTER;
  a[SUF3] = t.suffix3[i]; a[SHAPE] = t.shape[i];
  a[P1] = i > 0 ? tags[i - 1] : NO_TAG;
  return a;
}
