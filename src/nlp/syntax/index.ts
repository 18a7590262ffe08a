import type { AnalyzedText, Sentence } from '../types.ts';
import { shippedSyntaxModel } from './model-file.ts';
import type { ParserState } from './parser-state.ts';
import type { SyntaxModel } from './syntax-model.ts';
import { keptWords, treeWithQuotes } from './inline-quotes.ts';
import { setAsideWords } from './set-aside-words.ts';

/** A dependency tree over one sentence of the pipeline's tokens (UD English EWT relations and UPOS). */
export interface SentenceTree {
  readonly offset: number; // doc token index of the sentence's first token (sentence.tokenStart)
  readonly heads: Int32Array; // heads[i] = DOC token index of the head of doc token (offset+i), or -1 for the root
  readonly labels: readonly string[]; // UD relation of token offset+i to its head ('nsubj','obj','obl','nsubj:pass','root',...)
  readonly upos: readonly string[]; // our tagger's UPOS for token offset+i
}

/**
 * Tags and parses the sentence's tokens as the pipeline cut them (wink-nlp); spans are untouched.
 * The model loads on the first call. A greedy parser may leave more than one word attached to the root
 * (each has head -1 and label "root").
 */
export function parseSentence(doc: AnalyzedText, sentence: Sentence): SentenceTree {
  const model = shippedSyntaxModel();
  const words = wordsOf(doc, sentence);
  const quotes = setAsideWords(words);
  const { tags, state } = model.analyzeWords(quotes ? keptWords(words, quotes) : words);
  return quotes ? quotedTreeOf(model, sentence.tokenStart, words, quotes, tags, state) : treeOf(model, sentence.tokenStart, words.length, tags, state);
}

/**
 * The trees of several sentences of one document, in their order: the same trees as `parseSentence`
 * of each, made phase by phase (every sentence tagged, then every one parsed), which keeps each of the
 * model's weight tables in cache for many sentences in a row.
 */
export function parseSentences(doc: AnalyzedText, sentences: readonly Sentence[]): SentenceTree[] {
  const model = shippedSyntaxModel();
  const trees: SentenceTree[] = [];
  const words = sentences.map((s) => wordsOf(doc, s));
  const quotes = words.map(setAsideWords);
  // every tree's heads in one buffer: a typed array over 64 bytes has its own off-heap store, which V8 allocates,
  // tracks and sweeps at each young-generation collection (one per sentence was 22 per bench article)
  let total = 0;
  for (const w of words) total += w.length;
  const heads = new Int32Array(total);
  let at = 0;
  model.analyzeMany(words.map((w, k) => (quotes[k] ? keptWords(w, quotes[k]) : w)), (k, tags, state) => {
    const n = words[k].length, q = quotes[k];
    const buffer = heads.subarray(at, at + n);
    trees.push(q ? quotedTreeOf(model, sentences[k].tokenStart, words[k], q, tags, state, buffer) : treeOf(model, sentences[k].tokenStart, n, tags, state, buffer));
    at += n;
  });
  return trees;
}

export function wordsOf(doc: AnalyzedText, sentence: Sentence): string[] {
  const words: string[] = [];
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) words.push(doc.tokens[i].readAs ?? doc.tokens[i].text);
  return words;
}

/** `heads`: where the heads go (n long), by default a new array. */
export function treeOf(model: SyntaxModel, offset: number, n: number, tags: Uint8Array, state: ParserState, heads = new Int32Array(n)): SentenceTree {
  const labels: string[] = new Array(n);
  const upos: string[] = new Array(n);
  for (let i = 0; i < n; i++) {
    heads[i] = state.heads[i] === n ? -1 : offset + state.heads[i];
    labels[i] = model.labelName(state.labels[i]);
    upos[i] = model.tagName(tags[i]);
  }
  return { offset, heads, labels, upos };
}

/** `treeOf` for a sentence parsed without its partial quotes' marks (inline-quotes.ts). */
export function quotedTreeOf(model: SyntaxModel, offset: number, words: readonly string[], dropped: readonly number[], tags: Uint8Array, state: ParserState, heads = new Int32Array(words.length)): SentenceTree {
  const { labels, upos } = treeWithQuotes(model, offset, words, dropped, tags, state, heads);
  return { offset, heads, labels, upos };
}

export { shippedSyntaxModel, loadSyntaxModel } from './model-file.ts';
export type { SyntaxModel } from './syntax-model.ts';
