import type { Token } from '../../nlp/types.ts';
import type { SentenceTree } from '../../nlp/syntax/index.ts';

/**
 * The parser's tree (a type import: role readers stay testable on hand-built trees). Heads are DOC token indexes, -1 the root;
 * `repairs` names the arcs a general repair moved (src/extract/tree-repair).
 */
export type DependencyTree = SentenceTree & { readonly repairs?: ReadonlyMap<number, string> };

// The few dozen relation names, each cut at its ':' once (role readers ask for bases constantly).
const bases = new Map<string, string>();
function baseLabel(label: string): string {
  let base = bases.get(label);
  if (base === undefined) bases.set(label, (base = label.split(':')[0]));
  return base;
}

/** The children of a leaf: one shared empty list (also EditableTree's). */
export const NO_CHILDREN: readonly number[] = [];

/** Per node of a tree (by position in the sentence): its children (DOC indexes) and its relation without the subtype. */
export interface NodeLists {
  readonly kids: ReadonlyArray<readonly number[]>;
  readonly bases: readonly string[];
}

/** Navigation over one sentence's dependency tree: heads, labelled children, markers, spans. */
export class TreeView {
  // per token of the sentence: its children (one shared empty list for the many leaves), the relation without
  // its subtype, and (made on first use) its marker and span
  private readonly kids: ReadonlyArray<readonly number[]>;
  private readonly bases: readonly string[];
  private markers: Array<string | null | undefined> | null = null;
  private spans: Array<readonly [number, number] | undefined> | null = null;

  // `lists`: the same lists made already (the repairs' EditableTree of this tree, editable-tree.ts), so none is built twice
  constructor(readonly tree: DependencyTree, readonly tokens: readonly Token[], lists?: NodeLists) {
    if (lists !== undefined) {
      this.kids = lists.kids;
      this.bases = lists.bases;
      return;
    }
    const { heads, labels, offset } = tree;
    const kids: Array<readonly number[]> = new Array(heads.length).fill(NO_CHILDREN);
    const bases: string[] = new Array(heads.length);
    for (let k = 0; k < heads.length; k++) bases[k] = baseLabel(labels[k]);
    for (let k = 0; k < heads.length; k++) {
      const h = heads[k] - offset;
      if (h < 0 || h >= heads.length) continue;
      const list = kids[h];
      if (list === NO_CHILDREN) kids[h] = [offset + k];
      else (list as number[]).push(offset + k);
    }
    this.kids = kids;
    this.bases = bases;
  }

  has(i: number): boolean {
    return i >= this.tree.offset && i < this.tree.offset + this.tree.heads.length;
  }
  head(i: number): number {
    return this.has(i) ? this.tree.heads[i - this.tree.offset] : -1;
  }
  /** The full relation ("obl:agent"). */
  label(i: number): string {
    return this.has(i) ? this.tree.labels[i - this.tree.offset] : '';
  }
  /** The relation without its subtype ("obl" for "obl:agent"). */
  base(i: number): string {
    return this.has(i) ? this.bases[i - this.tree.offset] : '';
  }
  upos(i: number): string {
    return this.has(i) ? this.tree.upos[i - this.tree.offset] : '';
  }
  children(i: number): readonly number[] {
    return this.has(i) ? this.kids[i - this.tree.offset] : NO_CHILDREN;
  }
  /** Children whose full or base label is one of the given ("obl" takes "obl:agent" too); up to four, no list made per call. */
  childrenWith(i: number, a: string, b?: string, c?: string, d?: string): readonly number[] {
    // most nodes have no child of the asked relation: they share one empty list
    let out: number[] | null = null;
    const kids = this.children(i);
    const { offset, labels } = this.tree;
    for (let k = 0; k < kids.length; k++) {
      const n = kids[k];
      const full = labels[n - offset], base = this.bases[n - offset];
      if (full === a || base === a || full === b || base === b || full === c || base === c || full === d || base === d) (out ??= []).push(n);
    }
    return out ?? NO_CHILDREN;
  }
  /** `childrenWith` for a list of relations of any length. */
  childrenWithAny(i: number, wanted: readonly string[]): readonly number[] {
    let out: number[] | null = null;
    const kids = this.children(i);
    const { offset } = this.tree;
    for (let k = 0; k < kids.length; k++) {
      const n = kids[k];
      if (wanted.includes(this.tree.labels[n - offset]) || wanted.includes(this.bases[n - offset])) (out ??= []).push(n);
    }
    return out ?? NO_CHILDREN;
  }

  /** The preposition that marks a nominal, with its fixed parts: "on", "according to", "because of". */
  marker(i: number): string | null {
    if (!this.has(i)) return this.markerOf(i);
    const k = i - this.tree.offset;
    this.markers ??= new Array(this.tree.heads.length);
    let m = this.markers[k];
    if (m === undefined) this.markers[k] = m = this.markerOf(i);
    return m;
  }

  private markerOf(i: number): string | null {
    const m = this.children(i).find((c) => this.base(c) === 'case' || this.base(c) === 'mark');
    if (m === undefined) return null;
    return [m, ...this.childrenWith(m, 'fixed')].sort((a, b) => a - b).map((k) => this.tokens[k].lower).join(' ');
  }

  /** [first, last+1) token range of the subtree, leaving out the children `exclude` rejects. */
  span(i: number, exclude?: (child: number) => boolean): readonly [number, number] {
    if (exclude !== undefined || !this.has(i)) return this.spanOf(i, exclude);
    this.spans ??= new Array(this.tree.heads.length);
    return (this.spans[i - this.tree.offset] ??= this.spanOf(i, undefined));
  }

  private spanOf(i: number, exclude: ((child: number) => boolean) | undefined): [number, number] {
    // in a tree each node is reached once; more visits than nodes means the greedy parse holds a cycle
    let lo = i;
    let hi = i;
    const stack = [i];
    for (let visits = 0; stack.length; visits++) {
      if (visits > this.tree.heads.length) return this.spanWithCycle(i, exclude);
      const n = stack.pop()!;
      if (n < lo) lo = n;
      if (n > hi) hi = n;
      const kids = this.children(n);
      for (let k = 0; k < kids.length; k++) if (exclude === undefined || !exclude(kids[k])) stack.push(kids[k]);
    }
    return [lo, hi + 1];
  }

  private spanWithCycle(i: number, exclude: ((child: number) => boolean) | undefined): [number, number] {
    let lo = i;
    let hi = i;
    const stack = [i];
    const seen = new Set<number>();
    while (stack.length) {
      const n = stack.pop()!;
      if (seen.has(n)) continue; // never loop on the cycle
      seen.add(n);
      lo = Math.min(lo, n);
      hi = Math.max(hi, n);
      for (const c of this.children(n)) if (!exclude?.(c)) stack.push(c);
    }
    return [lo, hi + 1];
  }

  /** The id of the tree repair that moved `i`'s arc (src/extract/tree-repair), or null for the parser's own arc. */
  repairOf(i: number): string | null {
    return this.tree.repairs?.get(i) ?? null;
  }

  /** True when `i` is a passive verb: "was attacked" (aux:pass), "troops were deployed" (nsubj:pass), "by X" (obl:agent). */
  isPassive(i: number): boolean {
    return this.children(i).some((c) => ['aux:pass', 'nsubj:pass', 'csubj:pass', 'obl:agent'].includes(this.label(c)));
  }
}
