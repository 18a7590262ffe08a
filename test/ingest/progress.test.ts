import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { docProgress, progressLine } from '../../src/ingest/pipeline/progress.ts';
import { formatSummary, Tally } from '../../src/ingest/pipeline/tally.ts';

// A tally as it stands `seconds` after the start.
function tally(seconds: number, counts: Partial<Record<'stored' | 'events' | 'failed' | 'alreadyStored' | 'exactDuplicates' | 'nearDuplicates', number>>, skipped: Record<string, number> = {}): Tally {
  const t = new Tally();
  Object.assign(t, counts);
  for (const [reason, n] of Object.entries(skipped)) t.skipped.set(reason, n);
  Object.defineProperty(t, 'seconds', { get: () => seconds });
  return t;
}

describe('progress and summary', () => {
  it('a progress line counts documents: of an estimate while the input is read, of the exact count after', () => {
    const t = tally(60, { stored: 8400, events: 139_200 });
    t.read = 12_000;
    // a quarter of the bytes read held 12,000 documents: about 48,000 in all; 8,400 done in 60 s
    assert.equal(progressLine(t, 25, 100), 'ingest: 8,400 of ~48,000 docs (140/s), 139,200 events (2,320/s), 17%, ETA 4m43s');
    assert.equal(progressLine(t, 100, 100), 'ingest: 8,400 of 12,000 docs (140/s), 139,200 events (2,320/s), 70%, ETA 26s');
    assert.equal(progressLine(t, 0, null), 'ingest: 8,400 docs (140/s), 139,200 events (2,320/s)');
  });

  it('no percentage before a document is read, no ETA before one is done, never 100 % on an estimate', () => {
    const empty = tally(5, {});
    assert.deepEqual(docProgress(empty, 53, 100), { expected: null, exact: false, share: null, eta: null });
    empty.read = 4;
    assert.deepEqual(docProgress(empty, 50, 100), { expected: 8, exact: false, share: 0, eta: null });
    const ahead = tally(5, { stored: 10 });
    ahead.read = 10;
    assert.equal(docProgress(ahead, 50, 100).share, 0.5, 'half the bytes held 10: about 20 in all');
    assert.equal(docProgress(ahead, 99, 100).share, 0.99, 'the estimate says 10, all done, but the input is not all read');
    assert.equal(docProgress(ahead, 100, 100).share, 1);
    assert.equal(docProgress(ahead, 100, 100).eta, 0);
  });

  it('the summary: counts first (the line scripts parse), then duplicates, skips by frequency, and the rate', () => {
    const t = tally(10, { stored: 12, events: 300, failed: 2, alreadyStored: 3, exactDuplicates: 1, nearDuplicates: 2 },
      { 'not English (fra)': 1, 'too short': 2, 'no article body': 2 });
    assert.equal(formatSummary(t, 'x.db'), [
      '12 articles stored, 3 already stored, 300 events, 2 failed → x.db',
      'duplicates linked to their first copy: 1 exact, 2 near',
      'skipped: 2 no article body, 2 too short, 1 not English (fra)',
      '25 documents in 10.0 s (2.5/s)',
    ].join('\n'));
  });

  it('"not English" is counted per language; other details are not', () => {
    const t = new Tally();
    t.skip('not English', 'fra');
    t.skip('not English', 'deu');
    t.skip('not English', 'fra');
    t.skip('too short', '3 words');
    assert.deepEqual([...t.skipped], [['not English (fra)', 2], ['not English (deu)', 1], ['too short', 1]]);
  });
});
