import type { SentenceTree } from '../../nlp/syntax/index.ts';
import { NO_CHILDREN, type NodeLists } from '../tree-roles/tree-view.ts';

// The few dozen relation names, each cut at its ':' once: every repair asks every node for its base, and a cut
// per question made a new string each time.
const bases = new Map<string, string>();
function baseOf(label: string): string {
  let base = bases.get(label);
  if (base === undefined) {
    const colon = label.indexOf(':');
    bases.set(label, (base = colon < 0 ? label : label.slice(0, colon)));
  }
  return base;
}

/** A copy of a sentence's tree whose arcs a repair may move; `tree()` gives the result. Indexes are DOC token indexes. */
export class EditableTree {
  // the original's arrays until the first attach copies them (most sentences need no repair: no copy)
  private heads: Int32Array;
  private labels: readonly string[];
  private copied = false;
  // each label's base, kept beside it: every repair asks every node for its base
  private readonly bases: string[];
  /** Nodes whose head or label a repair changed. */
  readonly moved = new Set<number>();
  // Every sentence goes through each repair, so nodes and child lists are built once (and again after an attach),
  // not scanned for at each question.
  private readonly all: number[];
  private kids: Array<readonly number[]> | null = null;
  // every relation a node has had here, full and base ("acl:relcl", "acl"): only added to, so a relation missing
  // from it is on no node now (repair-needs.ts skips the repairs that cannot apply without one)
  private readonly relations = new Set<string>();

  constructor(private readonly original: SentenceTree) {
    this.heads = original.heads;
    this.labels = original.labels;
    this.bases = this.labels.map(baseOf);
    for (let k = 0; k < this.labels.length; k++) this.relations.add(this.labels[k]).add(this.bases[k]);
    this.all = new Array<number>(this.heads.length);
    for (let k = 0; k < this.all.length; k++) this.all[k] = original.offset + k;
  }

  nodes(): readonly number[] {
    return this.all;
  }
  head(i: number): number {
    return this.heads[i - this.original.offset] ?? -1;
  }
  label(i: number): string {
    return this.labels[i - this.original.offset] ?? '';
  }
  base(i: number): string {
    return this.bases[i - this.original.offset] ?? '';
  }
  upos(i: number): string {
    return this.original.upos[i - this.original.offset] ?? '';
  }
  /** False when no node has the relation `name` (a full label or a base): true may also mean one had it before a repair. */
  mayHaveRelation(name: string): boolean {
    return this.relations.has(name);
  }
  children(i: number): readonly number[] {
    return this.childLists()[i - this.original.offset] ?? NO_CHILDREN;
  }
  private childLists(): ReadonlyArray<readonly number[]> {
    if (this.kids === null) {
      // the many leaves share one empty list
      const offset = this.original.offset, kids: Array<readonly number[]> = new Array(this.heads.length).fill(NO_CHILDREN);
      for (let k = 0; k < this.heads.length; k++) {
        const h = this.heads[k] - offset;
        if (h < 0 || h >= kids.length) continue;
        if (kids[h] === NO_CHILDREN) kids[h] = [k + offset];
        else (kids[h] as number[]).push(k + offset);
      }
      this.kids = kids;
    }
    return this.kids;
  }
  /** Each node's children and base relation as the tree stands now, for a TreeView of `tree()` (no attach may follow). */
  lists(): NodeLists {
    return { kids: this.childLists(), bases: this.bases };
  }
  /** Every node below `i` reached through children `walk` accepts, in token order. */
  descendants(i: number, walk: (child: number) => boolean): number[] {
    const out = new Set<number>();
    const stack = [i];
    while (stack.length) {
      for (const c of this.children(stack.pop()!)) if (!out.has(c) && walk(c)) { out.add(c); stack.push(c); }
    }
    return [...out].sort((a, b) => a - b);
  }
  attach(i: number, head: number, label: string): void {
    if (!this.copied) {
      this.heads = Int32Array.from(this.original.heads);
      this.labels = this.original.labels.slice();
      this.copied = true;
    }
    this.heads[i - this.original.offset] = head;
    (this.labels as string[])[i - this.original.offset] = label;
    this.bases[i - this.original.offset] = baseOf(label);
    this.relations.add(label).add(baseOf(label));
    this.moved.add(i);
    this.kids = null;
  }
  /** The edited tree, or the original object when nothing moved. */
  tree(): SentenceTree {
    return this.moved.size > 0 ? { offset: this.original.offset, heads: this.heads, labels: this.labels, upos: this.original.upos } : this.original;
  }
}
