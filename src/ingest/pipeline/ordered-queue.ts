// Results that finish in any order (two workers), consumed in the order they were started: the
// store receives documents in input order, so "the first copy" is the first in the input and a
// duplicate is never written before the document it points to.
export class OrderedQueue<T> {
  private readonly items: Promise<T>[] = [];
  private wake: (() => void) | null = null;
  private closed = false;

  push(item: Promise<T>): void {
    // consumed later, in order; until then a rejection must not count as unhandled
    item.catch(() => {});
    this.items.push(item);
    this.notify();
  }

  close(): void {
    this.closed = true;
    this.notify();
  }

  /** Results pushed and not consumed yet. */
  get pending(): number {
    return this.items.length;
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<T> {
    for (;;) {
      const next = this.items.shift();
      if (next !== undefined) {
        yield await next;
        continue;
      }
      if (this.closed) return;
      await new Promise<void>((resolve) => {
        this.wake = resolve;
      });
    }
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }
}
