// A bound on the documents in flight between the reader and the store: the reader waits for a free
// place before handing over the next document. This is what keeps memory flat on any corpus size:
// at most `size` documents exist at once, whatever is read, prepared, coded or waiting to be written.
export class Window {
  private free: number;
  private readonly waiting: Array<() => void> = [];

  constructor(readonly size: number) {
    this.free = size;
  }

  get inFlight(): number {
    return this.size - this.free;
  }

  async acquire(): Promise<void> {
    if (this.free > 0) {
      this.free--;
      return;
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.free++;
  }
}
