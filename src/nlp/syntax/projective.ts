/** True when no arc crosses another: every word between a head and its dependent descends from the head. */
export function isProjective(heads: Int32Array): boolean {
  for (let d = 0; d < heads.length; d++) if (!arcIsProjective(heads, d)) return false;
  return true;
}

/** True when every word strictly between d and its head descends from that head (root arcs always are). */
function arcIsProjective(heads: Int32Array, d: number): boolean {
  const n = heads.length;
  const h = heads[d];
  if (h < 0) return true;
  const lo = h < d ? h : d, hi = h < d ? d : h;
  for (let w = lo + 1; w < hi; w++) {
    let a = w;
    for (let steps = 0; a !== h && a >= 0 && steps <= n; steps++) a = heads[a];
    if (a !== h) return false;
  }
  return true;
}

/**
 * The nearest projective tree (Nivre & Nilsson 2005, "lifting"): while an arc crosses another, the
 * shortest crossing arc moves up to its head's head. "What did you say he wanted ?" keeps its words,
 * labels and every projective arc; only the crossing dependent hangs one level higher, so the sentence
 * can train the parser instead of being skipped. Null when a lift would give the root a second dependent.
 */
export function liftToProjective(heads: Int32Array): Int32Array | null {
  const lifted = Int32Array.from(heads);
  for (;;) {
    let shortest = -1;
    for (let d = 0; d < lifted.length; d++) {
      if (arcIsProjective(lifted, d)) continue;
      if (shortest < 0 || Math.abs(lifted[d] - d) < Math.abs(lifted[shortest] - shortest)) shortest = d;
    }
    if (shortest < 0) return lifted;
    const grand = lifted[lifted[shortest]];
    if (grand < 0) return null;
    lifted[shortest] = grand;
  }
}
