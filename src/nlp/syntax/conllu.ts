/** One syntactic sentence of a treebank: words (not multiword surface tokens), gold tags and tree. */
export interface TreebankSentence {
  readonly docId: string;
  readonly words: readonly string[];
  readonly upos: readonly string[];
  /** heads[i] = index of the head word of word i in this sentence, or -1 for the root. */
  readonly heads: Int32Array;
  readonly labels: readonly string[];
}

/**
 * Reads CoNLL-U text (https://universaldependencies.org/format.html). Multiword token lines ("1-2 don't")
 * and empty nodes ("8.1") are skipped: the tree is over syntactic words. `source` names the file in errors.
 */
export function parseConllu(text: string, source: string): TreebankSentence[] {
  const sentences: TreebankSentence[] = [];
  let docId = '';
  let rows: string[][] = [];
  let rowLine = 0;
  const flush = () => {
    if (rows.length === 0) return;
    const heads = new Int32Array(rows.length);
    rows.forEach((r, i) => {
      const head = Number(r[6]);
      if (Number(r[0]) !== i + 1 || !Number.isInteger(head) || head < 0 || head > rows.length) {
        throw new Error(`${source}:${rowLine}: malformed CoNLL-U sentence (word ${r[0]}, head ${r[6]})`);
      }
      heads[i] = head - 1;
    });
    sentences.push({ docId, words: rows.map((r) => r[1]), upos: rows.map((r) => r[3]), heads, labels: rows.map((r) => r[7]) });
    rows = [];
  };
  const lines = text.split('\n');
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n].replace(/\r$/, '');
    if (line === '') { flush(); continue; }
    if (line.startsWith('#')) {
      const doc = /^# newdoc id = (.*)$/.exec(line);
      if (doc) docId = doc[1].trim();
      continue;
    }
    const cols = line.split('\t');
    if (cols.length !== 10) throw new Error(`${source}:${n + 1}: expected 10 tab-separated columns, got ${cols.length}`);
    if (cols[0].includes('-') || cols[0].includes('.')) continue;
    if (rows.length === 0) rowLine = n + 1;
    rows.push(cols);
  }
  flush();
  return sentences;
}
