// Many short strings (normalised names) as one sorted string and its offsets, found by binary search:
// 300,000 GeoNames names cost two allocations instead of 300,000 strings and a Map, and a saved table
// loads without rebuilding any of it. Sorted by UTF-16 code units, as Array.prototype.sort does.

/** Strings free of '\n' as one text: string k at [starts[k], starts[k + 1] - 1), a separator after each. */
export class StringList {
  readonly size: number;

  constructor(readonly text: string, readonly starts: Uint32Array) {
    this.size = starts.length - 1;
  }

  static of(list: readonly string[]): StringList {
    const starts = new Uint32Array(list.length + 1);
    let at = 0;
    list.forEach((s, k) => {
      starts[k] = at;
      at += s.length + 1;
    });
    starts[list.length] = at;
    return new StringList(list.length ? `${list.join('\n')}\n` : '', starts);
  }

  at(k: number): string {
    return this.text.slice(this.starts[k], this.starts[k + 1] - 1);
  }
}

export class SortedKeys extends StringList {
  /** Keys must be sorted and free of '\n'. */
  static fromSorted(keys: readonly string[]): SortedKeys {
    const { text, starts } = StringList.of(keys);
    return new SortedKeys(text, starts);
  }

  /** Key k compared with `query`: negative when the key sorts first. */
  compare(k: number, query: string): number {
    const { text } = this;
    const start = this.starts[k];
    const length = this.starts[k + 1] - 1 - start;
    const common = Math.min(length, query.length);
    for (let i = 0; i < common; i++) {
      const d = text.charCodeAt(start + i) - query.charCodeAt(i);
      if (d !== 0) return d;
    }
    return length - query.length;
  }

  /** The first key ≥ `query` (or `size`), searching keys [lo, hi). */
  lowerBound(query: string, lo = 0, hi = this.size): number {
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.compare(mid, query) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The index of `key`, or -1. */
  indexOf(key: string): number {
    const k = this.lowerBound(key);
    return k < this.size && this.compare(k, key) === 0 ? k : -1;
  }

  /** Whether key k begins with `prefix`. */
  startsWith(k: number, prefix: string): boolean {
    const start = this.starts[k];
    return this.starts[k + 1] - 1 - start >= prefix.length && this.text.startsWith(prefix, start);
  }
}
