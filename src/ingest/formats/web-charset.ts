// Web pages and feeds come in any charset; unlike text files (strict UTF-8, an error names the
// byte), a crawl cannot be fixed by the user, so a page is decoded as well as it can be and judged
// afterwards by how many characters were lost (see text-quality.ts).
// Order, as browsers do it: byte-order mark, then the HTTP Content-Type, then <meta charset> or the
// XML declaration in the first 1024 bytes, then UTF-8 if it decodes, then windows-1252 (the web's
// legacy default: "café" saved by an old CMS as e9).

const PRESCAN_BYTES = 1024;

// Node's TextDecoder decodes windows-1252 as ISO-8859-1 (nodejs/node#56542): bytes 80-9F come out
// as C1 control characters instead of the curly quotes, dashes and euro sign that Windows-1252 and
// the WHATWG Encoding Standard put there. This is the standard's table for those 32 bytes.
const CP1252_80_9F = [...'€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ'];

export interface DecodedWeb {
  readonly text: string;
  readonly charset: string;
  /** U+FFFD characters in the result: bytes the charset could not map. */
  readonly replaced: number;
}

export function decodeWeb(bytes: Uint8Array, declared: string | null): DecodedWeb {
  const bom = bomCharset(bytes);
  const label = bom ?? usable(declared) ?? usable(prescan(bytes));
  if (label !== null) return decodeWith(bytes, label);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), charset: 'utf-8', replaced: 0 };
  } catch {
    // Mostly UTF-8 with stray legacy bytes (a pasted Windows quote in a UTF-8 page) stays UTF-8 with a
    // few replacement characters; no valid multi-byte sequence at all means a legacy page.
    return hasUtf8Sequence(bytes) ? decodeWith(bytes, 'utf-8') : decodeWith(bytes, 'windows-1252');
  }
}

function decodeWith(bytes: Uint8Array, label: string): DecodedWeb {
  const decoder = new TextDecoder(label);
  let text = decoder.decode(bytes);
  if (decoder.encoding === 'windows-1252') text = text.replace(/[\u0080-\u009f]/g, (c) => CP1252_80_9F[c.charCodeAt(0) - 0x80]);
  let replaced = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) replaced++;
  return { text, charset: decoder.encoding, replaced };
}

/** A label TextDecoder knows ("ISO-8859-1", "Shift_JIS", "utf8"), or null. */
function usable(label: string | null): string | null {
  if (label === null) return null;
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
}

function bomCharset(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

// <meta charset="windows-1251">, <meta http-equiv="Content-Type" content="text/html; charset=koi8-r">,
// <?xml version="1.0" encoding="ISO-8859-1"?>
function prescan(bytes: Uint8Array): string | null {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, PRESCAN_BYTES));
  const match = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ?? /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head);
  return match ? match[1] : null;
}

function hasUtf8Sequence(bytes: Uint8Array): boolean {
  for (let i = 0; i + 1 < bytes.length; i++) {
    const lead = bytes[i];
    if (lead < 0xc2 || lead > 0xf4) continue;
    const need = lead < 0xe0 ? 1 : lead < 0xf0 ? 2 : 3;
    let ok = i + need < bytes.length;
    for (let k = 1; ok && k <= need; k++) ok = (bytes[i + k] & 0xc0) === 0x80;
    if (ok) return true;
  }
  return false;
}
