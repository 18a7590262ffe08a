import { LEFT, type ParserState, RIGHT, SHIFT } from './parser-state.ts';

/**
 * Cost of a move for the arc-hybrid system: how many gold arcs it makes unreachable (Goldberg & Nivre
 * 2013). Exact for projective gold trees; `gold[i]` is the gold head of word i (the root is word n).
 */
export function moveCost(state: ParserState, move: number, gold: Int32Array): number {
  const s0 = state.s(0);
  const n = state.n;
  let cost = 0;
  if (move === SHIFT) {
    const b0 = state.b;
    // b0 can no longer take a head deeper than s0, nor take stack words as dependents.
    for (let k = 0; k < state.depth; k++) {
      const w = state.stack[k];
      if (gold[w] === b0) cost++;
      if (w !== s0 && gold[b0] === w) cost++;
    }
    return cost;
  }
  // LEFT or RIGHT pop s0: its dependents still in the buffer are lost, and so is its gold head unless
  // it is the head this move gives it.
  for (let w = state.b; w <= n; w++) if (w < n && gold[w] === s0) cost++;
  const head = gold[s0];
  if (move === LEFT) {
    if (head !== state.b && (head === state.s(1) || head > state.b)) cost++;
  } else if (move === RIGHT) {
    if (head >= state.b) cost++;
  }
  return cost;
}
