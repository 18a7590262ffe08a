import { InputError } from './input-error.ts';
import { firstInvalidUtf8 } from './invalid-utf8.ts';

// ignoreBOM: the caller strips exactly one BOM itself; a second one is content.
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const BINARY_SAMPLE_BYTES = 64 * 1024;

export interface BytePosition {
  readonly file: string;
  readonly line?: number;
  /** File offset of bytes[0], so errors report the offset in the file, not in the slice. */
  readonly offset: number;
}

// Whole-file checks, then decoding. Spans are offsets into the returned string, so apart from
// the UTF-8 BOM nothing is changed: no newline or Unicode normalisation.
export function decodeText(bytes: Uint8Array, file: string): string {
  if (bytes.length === 0) throw new InputError(file, 'empty file');
  if (hasUtf16Bom(bytes)) throw new InputError(file, 'UTF-16 text, not UTF-8 (convert it with iconv -f UTF-16 -t UTF-8)');
  if (looksBinary(bytes)) throw new InputError(file, 'binary file, not text');
  const bom = utf8BomLength(bytes);
  return decodeUtf8(bytes.subarray(bom), { file, offset: bom });
}

export function decodeUtf8(bytes: Uint8Array, at: BytePosition): string {
  try {
    return decoder.decode(bytes);
  } catch {
    const where = firstInvalidUtf8(bytes);
    const reason = where < 0 ? 'invalid UTF-8' : `invalid UTF-8 at byte ${at.offset + where}`;
    throw new InputError(at.file, reason, at.line);
  }
}

export function utf8BomLength(bytes: Uint8Array): number {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
}

// Text never contains NUL; and more than 5% control characters (other than tab, newlines, form
// feed) in the first 64 KB means an image, archive or database rather than prose.
export function looksBinary(bytes: Uint8Array): boolean {
  if (bytes.indexOf(0) !== -1) return true;
  const sample = bytes.subarray(0, BINARY_SAMPLE_BYTES);
  let controls = 0;
  for (const byte of sample) {
    if ((byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) || byte === 0x7f) controls++;
  }
  return controls > sample.length * 0.05;
}

function hasUtf16Bom(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}
