/** True when no arc crosses another: every word between a head and its dependent descends from the head. */
export function isProjective(heads: Int32Array): boolean {
  const n = heads.length;
  for (let d = 0; d < n; d++) {
    const h = heads[d];
    if (h < 0) continue;
    const [lo, hi] = h < d ? [h, d] : [d, h];
    for (let w = lo + 1; w < hi; w++) {
      let a = w;
      for (let steps = 0; a !== h && a >= 0 && steps <= n; steps++) a = heads[a];
      if (a !== h) return false;
    }
  }
  return true;
}
