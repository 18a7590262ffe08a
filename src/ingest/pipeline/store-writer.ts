import type { SaveItem, Store } from '../../store/index.ts';
import type { Deduplicator } from '../dedup/deduplicator.ts';
import type { Outcome } from './outcome.ts';
import type { Tally } from './tally.ts';

// The one place that writes: outcomes in input order, saved BATCH_SIZE at a time in one transaction
// each (store.saveMany). A batch is also written when FLUSH_MS have passed since the last one, so a
// slow input (a feed over the network) does not keep finished documents unsaved.
// A crash loses at most the unsaved batch; those documents are not in the store, so the next run
// codes them again, and everything already committed is skipped by doc_id.

export const BATCH_SIZE = 100;
const FLUSH_MS = 2000;

export type WriterStore = Pick<Store, 'saveMany'>;

export class StoreWriter {
  private batch: Extract<Outcome, { kind: 'save' }>[] = [];
  private lastFlush = performance.now();
  /** First copies that could not be stored: their copies cannot link to them either. */
  private readonly failedFirstCopies = new Set<string>();

  constructor(
    private readonly store: WriterStore,
    private readonly tally: Tally,
    private readonly dedup: Deduplicator,
    private readonly report: (line: string) => void,
    private readonly batchSize = BATCH_SIZE,
  ) {}

  async add(outcome: Outcome): Promise<void> {
    switch (outcome.kind) {
      case 'skip':
        this.tally.skip(outcome.reason, outcome.detail);
        break;
      case 'failed':
        this.fail(outcome.source, outcome.message);
        break;
      case 'save': {
        const original = outcome.meta.duplicateOf;
        if (original !== undefined && this.failedFirstCopies.has(original)) {
          this.fail(outcome.source, `copy of ${original}, which failed; both are retried by the next run`);
          break;
        }
        this.batch.push(outcome);
      }
    }
    if (this.batch.length >= this.batchSize || (this.batch.length > 0 && performance.now() - this.lastFlush > FLUSH_MS)) await this.flush();
  }

  async flush(): Promise<void> {
    this.lastFlush = performance.now();
    if (this.batch.length === 0) return;
    const batch = this.batch;
    this.batch = [];
    const items: SaveItem[] = batch.map((o) => ({ article: o.article, events: o.events, meta: o.meta }));
    const results = await this.store.saveMany(items);
    results.forEach((result, i) => {
      const outcome = batch[i];
      if (result.status === 'failed') {
        if (outcome.verdict === 'unique') {
          this.failedFirstCopies.add(outcome.article.id);
          this.dedup.retract(outcome.article.id, outcome.key);
        }
        this.fail(outcome.source, `not stored: ${result.error.message}`);
      } else if (outcome.verdict === 'exact') {
        // the store keeps one row per text (UNIQUE content hash): an exact copy is counted, its row
        // is only written if the store allows it
        this.tally.exactDuplicates++;
      } else if (result.status === 'duplicate') {
        this.tally.alreadyStored++;
      } else if (outcome.verdict === 'near') {
        this.tally.nearDuplicates++;
      } else {
        this.tally.stored++;
        this.tally.events += result.events;
      }
    });
  }

  private fail(source: string, message: string): void {
    this.tally.failed++;
    // InputError messages already start with the file name
    this.report(message.startsWith(source) ? message : `${source}: ${message}`);
  }
}
