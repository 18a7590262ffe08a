import type { SentenceTree } from '../../nlp/syntax/index.ts';

/** A copy of a sentence's tree whose arcs a repair may move; `tree()` gives the result. Indexes are DOC token indexes. */
export class EditableTree {
  private readonly heads: Int32Array;
  private readonly labels: string[];
  /** Nodes whose head or label a repair changed. */
  readonly moved = new Set<number>();

  constructor(private readonly original: SentenceTree) {
    this.heads = Int32Array.from(original.heads);
    this.labels = [...original.labels];
  }

  nodes(): number[] {
    return Array.from({ length: this.heads.length }, (_, i) => this.original.offset + i);
  }
  head(i: number): number {
    return this.heads[i - this.original.offset] ?? -1;
  }
  label(i: number): string {
    return this.labels[i - this.original.offset] ?? '';
  }
  base(i: number): string {
    return this.label(i).split(':')[0];
  }
  upos(i: number): string {
    return this.original.upos[i - this.original.offset] ?? '';
  }
  children(i: number): number[] {
    return this.nodes().filter((c) => this.head(c) === i);
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
    this.heads[i - this.original.offset] = head;
    this.labels[i - this.original.offset] = label;
    this.moved.add(i);
  }
  /** The edited tree, or the original object when nothing moved. */
  tree(): SentenceTree {
    return this.moved.size > 0 ? { offset: this.original.offset, heads: this.heads, labels: this.labels, upos: this.original.upos } : this.original;
  }
}
