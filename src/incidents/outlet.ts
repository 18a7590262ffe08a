// The outlet key that num_sources counts. A report's outlet is, in order:
//  1. the host of the article's url ("https://www.reuters.com/world/x" → "reuters.com"), or of a doc_id or
//     source path that is itself a URL (web pages ingested by URL);
//  2. the doc_id's prefix when the id names its outlet: "reuters-2020-03-12-taji" → "reuters",
//     "ap:12345" → "ap" (letters before the first "-", "_", ":" or "/");
//  3. for files ingested from disk ("taji.txt#3f2a9c1d0b" ids) the folder the file was read from
//     ("corpus/afp/taji.txt" → "afp"), else the file name;
//  4. the doc_id itself: an article nothing else identifies counts as its own source.
// Near-duplicate copies of an article are stored without events, so a syndicated wire story counts once.

export interface OutletInput {
  readonly docId: string;
  readonly url?: string | null;
  readonly sourcePath?: string | null;
}

const WEB = /^https?:\/\//i;
// "taji.txt#3f2a9c1d0b": the id ingest gives files (basename + content hash)
const FILE_ID = /^[^#/\\]+\.[A-Za-z0-9]{1,6}#[0-9a-f]{6,}$/;
const PREFIX = /^([A-Za-z][A-Za-z.]*?)[-_:/]/;
const NOISE_HOST = /^(www\d*|m|amp|mobile|edition)\./;

export function outletOf(input: OutletInput): string {
  for (const candidate of [input.url, input.docId, input.sourcePath]) {
    const host = hostOf(candidate);
    if (host !== null) return host;
  }
  if (!FILE_ID.test(input.docId)) {
    const prefix = PREFIX.exec(input.docId);
    if (prefix !== null && prefix[1].length >= 2) return prefix[1].toLowerCase();
  }
  const folder = folderOf(input.sourcePath);
  if (folder !== null && FILE_ID.test(input.docId)) return folder;
  return FILE_ID.test(input.docId) ? input.docId.replace(/\.[^.#]*#.*$/, '').toLowerCase() : input.docId;
}

function hostOf(value: string | null | undefined): string | null {
  if (value == null || !WEB.test(value)) return null;
  try {
    let host = new URL(value).hostname.toLowerCase();
    while (NOISE_HOST.test(host) && host.split('.').length > 2) host = host.replace(NOISE_HOST, '');
    return host === '' ? null : host;
  } catch {
    return null;
  }
}

// "corpus/afp/taji.txt" → "afp"; a bare file name or "-" (stdin) has no folder.
function folderOf(path: string | null | undefined): string | null {
  if (path == null) return null;
  const parts = path.split(/[/\\]/).filter((p) => p !== '' && p !== '.' && p !== '..');
  return parts.length >= 2 ? parts[parts.length - 2].toLowerCase() : null;
}
