import { createGunzip } from 'node:zlib';

// gunzip for a stream of chunks, with one guarantee a piped zlib stream lacks: when the input is
// truncated (an interrupted download), every byte that could be decompressed is delivered before
// the "unexpected end of file" error. A piped or paused stream throws its buffered output away when
// it errors, so how much of a truncated .warc.gz was read depended on timing.
// It never pauses zlib (the buffered output would be lost on error); instead the next compressed
// chunk is written only once the consumer has taken the output down to `maxQueued` bytes, which
// bounds memory just the same. Multi-member files (one gzip member per WARC record) are read whole.

export async function* gunzipChunks(input: AsyncIterable<Buffer>, maxQueued = 4 << 20): AsyncGenerator<Buffer> {
  const gunzip = createGunzip();
  const queue: Buffer[] = [];
  let queued = 0;
  let failure: unknown = null;
  let ended = false;
  let wakeConsumer: (() => void) | null = null;
  let wakeFeeder: (() => void) | null = null;
  const consumerWake = () => {
    const wake = wakeConsumer;
    wakeConsumer = null;
    wake?.();
  };
  const feederWake = () => {
    const wake = wakeFeeder;
    wakeFeeder = null;
    wake?.();
  };
  gunzip.on('data', (chunk: Buffer) => {
    queue.push(chunk);
    queued += chunk.length;
    consumerWake();
  });
  gunzip.on('error', (error) => {
    failure ??= error;
    consumerWake();
    feederWake();
  });
  gunzip.on('end', () => {
    ended = true;
    consumerWake();
  });
  void (async () => {
    try {
      for await (const chunk of input) {
        await new Promise<void>((resolve, reject) => gunzip.write(chunk, (error) => (error ? reject(error) : resolve())));
        while (queued > maxQueued && failure === null && !gunzip.destroyed) await new Promise<void>((resolve) => { wakeFeeder = resolve; });
        if (failure !== null || gunzip.destroyed) return;
      }
      gunzip.end();
    } catch (error) {
      failure ??= error;
      consumerWake();
    }
  })();
  try {
    for (;;) {
      const next = queue.shift();
      if (next !== undefined) {
        queued -= next.length;
        if (queued <= maxQueued) feederWake();
        yield next;
        continue;
      }
      if (failure !== null) throw failure;
      if (ended) return;
      await new Promise<void>((resolve) => { wakeConsumer = resolve; });
    }
  } finally {
    // the consumer stopped early (or failed): release zlib and the feeder
    gunzip.destroy();
    feederWake();
  }
}
