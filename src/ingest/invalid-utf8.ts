// TextDecoder({fatal: true}) says that the bytes are bad but not where. This finds the first byte
// of the first ill-formed sequence, by the same rules (no overlongs, no surrogates, <= U+10FFFF),
// so the user can look at it with `xxd -s N`. Returns -1 when every sequence is well formed.
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i];
    if (lead < 0x80) {
      i += 1;
      continue;
    }
    const shape = sequenceShape(lead);
    if (shape === null) return i;
    for (let k = 1; k <= shape.continuations; k++) {
      const byte = bytes[i + k];
      const [lo, hi] = k === 1 ? [shape.lo, shape.hi] : [0x80, 0xbf];
      if (byte === undefined || byte < lo || byte > hi) return i;
    }
    i += shape.continuations + 1;
  }
  return -1;
}

interface Shape {
  readonly continuations: number;
  /** Allowed range of the first continuation byte (narrower after E0, ED, F0, F4). */
  readonly lo: number;
  readonly hi: number;
}

function sequenceShape(lead: number): Shape | null {
  if (lead >= 0xc2 && lead <= 0xdf) return { continuations: 1, lo: 0x80, hi: 0xbf };
  if (lead === 0xe0) return { continuations: 2, lo: 0xa0, hi: 0xbf };
  if (lead === 0xed) return { continuations: 2, lo: 0x80, hi: 0x9f };
  if (lead >= 0xe1 && lead <= 0xef) return { continuations: 2, lo: 0x80, hi: 0xbf };
  if (lead === 0xf0) return { continuations: 3, lo: 0x90, hi: 0xbf };
  if (lead >= 0xf1 && lead <= 0xf3) return { continuations: 3, lo: 0x80, hi: 0xbf };
  if (lead === 0xf4) return { continuations: 3, lo: 0x80, hi: 0x8f };
  return null;
}
