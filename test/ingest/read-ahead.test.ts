import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ReadAhead } from '../../src/ingest/pipeline/read-ahead.ts';

// The ingest reads its first documents while the first coder thread starts: what was read ahead must
// reach the pipeline unchanged, in order, with errors where they happened and the input closed early.

async function* numbers(count: number, log: string[], failAt = -1): AsyncGenerator<number> {
  try {
    for (let i = 0; i < count; i++) {
      if (i === failAt) throw new Error(`read failed at ${i}`);
      yield i;
    }
  } finally {
    log.push('closed');
  }
}

async function collect<T>(items: AsyncIterable<T>, stopAt = Infinity): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) {
    if (out.length === stopAt) break;
    out.push(item);
  }
  return out;
}

describe('ReadAhead', () => {
  it('finds the wanted items and then gives every item once, in input order', async () => {
    const input = new ReadAhead(numbers(10, []));
    assert.equal(await input.fill(2, (n) => n % 3 === 0, 64), true); // 0 and 3: four items read
    assert.deepEqual(await collect(input), [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('stops at the limit or the end of the input and says the wanted items were not found', async () => {
    const limited = new ReadAhead(numbers(100, []));
    assert.equal(await limited.fill(2, (n) => n > 50, 5), false);
    assert.deepEqual(await collect(limited), Array.from({ length: 100 }, (_, i) => i));
    const short = new ReadAhead(numbers(1, []));
    assert.equal(await short.fill(2, () => true, 64), false);
    assert.deepEqual(await collect(short), [0]);
  });

  it('a read error during the read-ahead is thrown after the items read before it', async () => {
    const input = new ReadAhead(numbers(10, [], 2));
    assert.equal(await input.fill(5, () => true, 64), false);
    const seen: number[] = [];
    await assert.rejects(async () => {
      for await (const n of input) seen.push(n);
    }, /read failed at 2/);
    assert.deepEqual(seen, [0, 1]);
  });

  it('leaving early closes the input, whether inside the read-ahead items or after them', async () => {
    for (const stopAt of [1, 6]) {
      const log: string[] = [];
      const input = new ReadAhead(numbers(10, log));
      await input.fill(3, () => true, 64);
      assert.deepEqual(await collect(input, stopAt), Array.from({ length: stopAt }, (_, i) => i));
      assert.deepEqual(log, ['closed'], `stopped after ${stopAt}`);
    }
  });
});
