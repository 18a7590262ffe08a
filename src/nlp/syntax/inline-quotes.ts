import type { ParserState } from './parser-state.ts';
import type { SyntaxModel } from './syntax-model.ts';

// Partial quotes (and, through set-aside-words.ts, a wire dateline): 'said it "firmly opposes" the decision and urged Brussels', 'called the raid "barbaric" and vowed'.
// The treebank the parser learnt from quotes whole sentences; a mark between two words of one clause throws its
// attachments off (there "urged" hung on "decision"). The parser reads the sentence without those marks, and each
// mark joins the tree as punctuation of the word it opens or closes. The marks of a quoted sentence ('"We will
// fight," he said') stay: they bound a clause.

const QUOTES = new Set(['"', '“', '”', '«', '»']);
const isWord = (w: string | undefined) => w !== undefined && /[\p{L}\p{N}]/u.test(w);

/**
 * Sentence-relative positions of the marks of partial quotes, or null when there are none (most sentences): marks
 * paired in order, a pair whose both marks stand between two words ('said it "firmly opposes" the decision'; not
 * 'said women were spared but "every male was killed."', whose closing mark ends the sentence).
 */
export function inlineQuotes(words: readonly string[]): number[] | null {
  let out: number[] | null = null;
  let open = -1;
  for (let i = 0; i < words.length; i++) {
    if (!QUOTES.has(words[i])) continue;
    if (open < 0) {
      open = i;
      continue;
    }
    if (isWord(words[open - 1]) && isWord(words[open + 1]) && isWord(words[i - 1]) && isWord(words[i + 1])) (out ??= []).push(open, i);
    open = -1;
  }
  return out;
}

/** The words the parser reads: without the marks at `dropped` (sorted positions). */
export function keptWords(words: readonly string[], dropped: readonly number[]): string[] {
  const drop = new Set(dropped);
  return words.filter((_, i) => !drop.has(i));
}

/** Full-sentence position → position among the kept words (-1 for a dropped mark). */
export function keptIndex(n: number, dropped: readonly number[]): Int32Array {
  const map = new Int32Array(n);
  for (let i = 0, k = 0, d = 0; i < n; i++) {
    if (dropped[d] === i) map[i] = -1, d++;
    else map[i] = k++;
  }
  return map;
}

/**
 * The tree of the whole sentence from the parse of its kept words: heads mapped back, and each dropped mark a
 * `punct` of the word after it when it opens a quote (an odd mark of the sentence, or “), of the word before it when
 * it closes one. `heads` (n long) receives the document token indices of the heads.
 */
export function treeWithQuotes(model: SyntaxModel, offset: number, words: readonly string[], dropped: readonly number[], tags: Uint8Array, state: ParserState, heads: Int32Array): { labels: string[]; upos: string[] } {
  const n = words.length, m = n - dropped.length;
  const map = keptIndex(n, dropped);
  const back = new Int32Array(m);
  for (let i = 0; i < n; i++) if (map[i] >= 0) back[map[i]] = i;
  const labels: string[] = new Array(n);
  const upos: string[] = new Array(n);
  let marks = 0;
  // a dateline set aside (set-aside-words.ts) hangs on the clause's root: its first word a `dep`, the rest on that word
  let root = -1;
  for (let k = 0; k < m && root < 0; k++) if (state.heads[k] === m) root = back[k];
  for (let i = 0; i < n; i++) {
    if (QUOTES.has(words[i])) marks++;
    const k = map[i];
    if (k >= 0) {
      heads[i] = state.heads[k] === m ? -1 : offset + back[state.heads[k]];
      labels[i] = model.labelName(state.labels[k]);
      upos[i] = model.tagName(tags[k]);
      continue;
    }
    if (!QUOTES.has(words[i])) {
      const word = isWord(words[i]);
      heads[i] = i === 0 ? (root < 0 ? -1 : offset + root) : offset;
      labels[i] = i === 0 ? (root < 0 ? 'root' : 'dep') : word ? 'flat' : 'punct';
      upos[i] = word ? 'PROPN' : 'PUNCT';
      continue;
    }
    const opens = words[i] === '“' || words[i] === '«' || words[i] !== '”' && words[i] !== '»' && marks % 2 === 1;
    heads[i] = offset + (opens ? i + 1 : i - 1);
    labels[i] = 'punct';
    upos[i] = 'PUNCT';
  }
  return { labels, upos };
}
