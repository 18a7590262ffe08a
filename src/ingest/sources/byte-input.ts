import type { Readable } from 'node:stream';
import { detectFormat, type Format } from '../formats/detect-format.ts';
import { gunzipChunks } from './gunzip-chunks.ts';

// An input opened for streaming: its first bytes are read ahead to tell the format, then replayed.
// gzip is undone here, whatever is inside (.warc.gz, .jsonl.gz, .html.gz; see gunzip-chunks.ts).

const HEAD_BYTES = 64 * 1024;

export interface ByteInput {
  readonly name: string;
  /** Format of the (decompressed) content. */
  readonly format: Format;
  readonly gzip: boolean;
  /** The first bytes of the (decompressed) content, for readers that decide on them. */
  readonly head: Buffer;
  /** All of the (decompressed) content, head included. Iterate once. */
  readonly chunks: AsyncIterable<Buffer>;
}

/** Counts compressed bytes as they are read, for progress and ETA. */
export interface ByteCounter {
  add(bytes: number): void;
}

export async function openByteInput(stream: Readable, name: string, counter?: ByteCounter): Promise<ByteInput> {
  const counted = countBytes(stream, counter);
  const raw = await peek(counted, HEAD_BYTES);
  const outer = detectFormat(raw.head, name);
  if (outer !== 'gzip') return { name, format: outer, gzip: false, head: raw.head, chunks: raw.rest };
  const inner = await peek(gunzipChunks(raw.rest), HEAD_BYTES);
  const format = detectFormat(inner.head, name.replace(/\.gz$/i, ''));
  // gzip inside gzip is not a news format; call it binary rather than unpack forever
  return { name, format: format === 'gzip' ? 'binary' : format, gzip: true, head: inner.head, chunks: inner.rest };
}

async function* countBytes(stream: Readable, counter?: ByteCounter): AsyncGenerator<Buffer> {
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    counter?.add(buffer.length);
    yield buffer;
  }
}

// Reads chunks until `bytes` are buffered (or the input ends); `rest` replays them, then goes on.
// A read error while peeking is kept and rethrown from `rest`, so the caller sees it in one place.
async function peek(source: AsyncIterator<Buffer>, bytes: number): Promise<{ head: Buffer; rest: AsyncIterable<Buffer> }> {
  const buffered: Buffer[] = [];
  let length = 0;
  let done = false;
  let failure: unknown = null;
  try {
    while (length < bytes) {
      const next = await source.next();
      if (next.done) {
        done = true;
        break;
      }
      buffered.push(next.value);
      length += next.value.length;
    }
  } catch (error) {
    failure = error;
    done = true;
  }
  const head = Buffer.concat(buffered).subarray(0, bytes);
  async function* rest(): AsyncGenerator<Buffer> {
    yield* buffered;
    if (failure !== null) throw failure;
    if (done) return;
    for (;;) {
      const next = await source.next();
      if (next.done) return;
      yield next.value;
    }
  }
  return { head, rest: rest() };
}
