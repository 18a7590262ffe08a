/**
 * Arc-hybrid configuration (Kuhlmann et al. 2011) over words 0..n-1 with the root as word n at the END of
 * the buffer (Ballesteros & Nivre 2013): SHIFT pushes b0; LEFT pops s0 and attaches it to b0; RIGHT pops
 * s0 and attaches it to s1. Done when the buffer holds only the root and the stack is empty; the root
 * takes exactly one dependent, as in UD.
 * Child bookkeeping (two leftmost / two rightmost children, counts, label sets) feeds the features.
 */
export const SHIFT = 0;
export const LEFT = 1;
export const RIGHT = 2;
export const TRANSITIONS = 3;
export const NONE = -1;

export class ParserState {
  n = 0;
  stack = new Int32Array(0);
  depth = 0;
  b = 0; // buffer front; the buffer is b..n (n = root)
  heads = new Int32Array(0);
  labels = new Int32Array(0);
  left1 = new Int32Array(0); // leftmost child
  left2 = new Int32Array(0); // second leftmost
  right1 = new Int32Array(0);
  right2 = new Int32Array(0);
  leftCount = new Int32Array(0);
  rightCount = new Int32Array(0);
  leftLabels = new Int32Array(0); // bit set of child labels (label id mod 32)
  rightLabels = new Int32Array(0);

  reset(n: number): void {
    if (this.heads.length < n + 1) this.grow(Math.max(n + 1, this.heads.length * 2, 64));
    this.n = n;
    this.depth = 0;
    this.b = 0;
    for (let i = 0; i <= n; i++) {
      this.heads[i] = NONE;
      this.labels[i] = NONE;
      this.left1[i] = this.left2[i] = this.right1[i] = this.right2[i] = NONE;
      this.leftCount[i] = this.rightCount[i] = this.leftLabels[i] = this.rightLabels[i] = 0;
    }
  }

  done(): boolean { return this.b === this.n && this.depth === 0; }

  valid(move: number): boolean {
    if (move === SHIFT) return this.b < this.n;
    // One word only may go to the root: the root (last in the buffer) takes s0 when s0 is all that is left.
    if (move === LEFT) return this.depth > 0 && (this.b < this.n || this.depth === 1);
    return this.depth > 1;
  }

  /** The move when only one is valid, else -1. */
  onlyValidMove(): number {
    if (this.depth === 0) return SHIFT;
    if (this.b === this.n) return this.depth === 1 ? LEFT : RIGHT;
    return -1;
  }

  s(k: number): number { return this.depth > k ? this.stack[this.depth - 1 - k] : NONE; }

  /** The word that `move` attaches, and its new head (for LEFT/RIGHT). */
  dependent(): number { return this.stack[this.depth - 1]; }
  headFor(move: number): number { return move === LEFT ? this.b : this.stack[this.depth - 2]; }

  apply(move: number, label: number): void {
    if (move === SHIFT) { this.stack[this.depth++] = this.b++; return; }
    const d = this.stack[--this.depth];
    const h = move === LEFT ? this.b : this.stack[this.depth - 1];
    this.attach(h, d, label);
  }

  private attach(h: number, d: number, label: number): void {
    this.heads[d] = h;
    this.labels[d] = label;
    const bit = 1 << (label & 31);
    if (d < h) {
      this.leftCount[h]++;
      this.leftLabels[h] |= bit;
      if (this.left1[h] === NONE || d < this.left1[h]) { this.left2[h] = this.left1[h]; this.left1[h] = d; }
      else if (this.left2[h] === NONE || d < this.left2[h]) this.left2[h] = d;
    } else {
      this.rightCount[h]++;
      this.rightLabels[h] |= bit;
      if (this.right1[h] === NONE || d > this.right1[h]) { this.right2[h] = this.right1[h]; this.right1[h] = d; }
      else if (this.right2[h] === NONE || d > this.right2[h]) this.right2[h] = d;
    }
  }

  private grow(size: number): void {
    for (const key of ['stack', 'heads', 'labels', 'left1', 'left2', 'right1', 'right2', 'leftCount', 'rightCount', 'leftLabels', 'rightLabels'] as const) {
      this[key] = new Int32Array(size);
    }
  }
}
