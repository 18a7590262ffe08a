import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { threadId } from 'node:worker_threads';

// One binary file of named typed arrays and strings: the knowledge base's derived tables (GeoNames
// cities, the merged PETRARCH names) read back in milliseconds, without JSON's millions of small
// objects. Layout: a 4-byte length, a JSON header [{ name, type, length }], then each part 8-byte aligned.

export type PackedPart = string | readonly string[] | Float64Array | Uint32Array | Int32Array | Uint16Array;
export type Packed = Readonly<Record<string, PackedPart>>;

const ARRAYS = { Float64Array, Uint32Array, Int32Array, Uint16Array } as const;
type ArrayType = keyof typeof ARRAYS;
interface PartHeader { name: string; type: ArrayType | 'string' | 'strings'; bytes: number }

const align = (n: number) => Math.ceil(n / 8) * 8;

/** Written aside then renamed: a reader in another process or thread never sees half a file. */
export function writePacked(file: string, parts: Packed): void {
  const header: PartHeader[] = [];
  const bodies: Buffer[] = [];
  for (const [name, part] of Object.entries(parts)) {
    const body = typeof part === 'string' ? Buffer.from(part, 'utf8')
      : Array.isArray(part) ? Buffer.from(JSON.stringify(part), 'utf8')
        : Buffer.from((part as Float64Array).buffer, (part as Float64Array).byteOffset, (part as Float64Array).byteLength);
    const type = typeof part === 'string' ? 'string' : Array.isArray(part) ? 'strings' : (part.constructor.name as ArrayType);
    header.push({ name, type, bytes: body.length });
    bodies.push(body);
  }
  const head = Buffer.from(JSON.stringify(header), 'utf8');
  const chunks: Buffer[] = [Buffer.alloc(4), head, Buffer.alloc(align(4 + head.length) - 4 - head.length)];
  chunks[0].writeUInt32LE(head.length);
  for (const body of bodies) chunks.push(body, Buffer.alloc(align(body.length) - body.length));
  mkdirSync(dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}-${threadId}.tmp`;
  writeFileSync(partial, Buffer.concat(chunks));
  renameSync(partial, file);
}

/** The parts, or null when the file is missing or damaged (the caller rebuilds it). */
export function readPacked(file: string): Record<string, PackedPart> | null {
  let buf: Buffer;
  try {
    buf = readFileSync(file);
  } catch {
    return null;
  }
  try {
    const headLength = buf.readUInt32LE(0);
    const header = JSON.parse(buf.toString('utf8', 4, 4 + headLength)) as PartHeader[];
    const parts: Record<string, PackedPart> = {};
    let at = align(4 + headLength);
    for (const { name, type, bytes } of header) {
      if (at + bytes > buf.length) return null;
      if (type === 'string') parts[name] = buf.toString('utf8', at, at + bytes);
      else if (type === 'strings') parts[name] = JSON.parse(buf.toString('utf8', at, at + bytes)) as string[];
      else {
        const Type = ARRAYS[type];
        if (!Type) return null;
        // copied out, so the file's buffer (and the bytes of the strings decoded from it) can be freed
        const copy = new Uint8Array(bytes);
        copy.set(buf.subarray(at, at + bytes));
        parts[name] = new Type(copy.buffer);
      }
      at += align(bytes);
    }
    return at === buf.length ? parts : null;
  } catch {
    return null;
  }
}

/**
 * Deletes all but the `keep` newest files in `dir` whose names start with `prefix`: every edit of the
 * inputs makes a new cache file, and the old ones would pile up. Best effort, like the caches themselves.
 */
export function pruneOldFiles(dir: string, prefix: string, keep: number): void {
  try {
    const files = readdirSync(dir).filter((f) => f.startsWith(prefix)).map((f) => ({ path: join(dir, f), time: statSync(join(dir, f)).mtimeMs }));
    files.sort((a, b) => b.time - a.time);
    for (const { path } of files.slice(keep)) rmSync(path, { force: true });
  } catch {
    // another process pruned first, or a read-only folder
  }
}
