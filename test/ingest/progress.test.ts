import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { progressLine } from '../../src/ingest/pipeline/progress.ts';
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
  it('a progress line: rates, share of the input read, ETA from that share', () => {
    const t = tally(60, { stored: 8400, events: 139_200 });
    assert.equal(progressLine(t, 25, 100), 'ingest: 8,400 docs (140/s), 139,200 events (2,320/s), 25% of input, ETA 3m00s');
    assert.equal(progressLine(t, 0, null), 'ingest: 8,400 docs (140/s), 139,200 events (2,320/s)');
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
