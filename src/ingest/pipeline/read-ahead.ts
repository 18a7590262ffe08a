// The first items of the input, read before the pipeline consumes them. The ingest reads the first
// documents while the first coder thread is still loading its knowledge base (1-2 s): if a second one
// needs coding, the other threads start loading theirs at once rather than when the first is ready, so
// the other cores do not sit idle meanwhile. Bounded, so a resumed run over a long stored prefix is not
// held in memory.
export class ReadAhead<T> implements AsyncIterable<T> {
  private readonly source: AsyncIterator<T>;
  private readonly buffered: T[] = [];
  private failure: { readonly error: unknown } | null = null;
  private ended = false;

  constructor(items: AsyncIterable<T>) {
    this.source = items[Symbol.asyncIterator]();
  }

  /**
   * Reads until `wanted` items pass `counts`, the input ends, or `limit` items are held; true when
   * `wanted` were found. A read error is kept and thrown where the pipeline reaches it.
   */
  async fill(wanted: number, counts: (item: T) => boolean, limit: number): Promise<boolean> {
    let found = 0;
    try {
      while (found < wanted && this.buffered.length < limit) {
        const next = await this.source.next();
        if (next.done) {
          this.ended = true;
          return false;
        }
        this.buffered.push(next.value);
        if (counts(next.value)) found++;
      }
    } catch (error) {
      this.failure = { error };
      return false;
    }
    return found >= wanted;
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<T> {
    try {
      while (this.buffered.length > 0) yield this.buffered.shift()!;
      if (this.failure !== null) throw this.failure.error;
      while (!this.ended) {
        const next = await this.source.next();
        if (next.done) this.ended = true;
        else yield next.value;
      }
    } finally {
      // left early (Ctrl-C, a store error): the input closes its files, as a `for await` over it would
      if (!this.ended && this.failure === null) await this.source.return?.();
    }
  }
}
