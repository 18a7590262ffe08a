import type { AnalyzedText, Sentence } from '../types.ts';
import { shippedSyntaxModel } from './model-file.ts';

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
  const offset = sentence.tokenStart;
  const words: string[] = [];
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) words.push(doc.tokens[i].text);
  const n = words.length;
  const { tags, state } = model.analyzeWords(words);
  const heads = new Int32Array(n);
  const labels: string[] = new Array(n);
  const upos: string[] = new Array(n);
  for (let i = 0; i < n; i++) {
    heads[i] = state.heads[i] === n ? -1 : offset + state.heads[i];
    labels[i] = model.labelName(state.labels[i]);
    upos[i] = model.tagName(tags[i]);
  }
  return { offset, heads, labels, upos };
}

export { shippedSyntaxModel, loadSyntaxModel } from './model-file.ts';
export type { SyntaxModel } from './syntax-model.ts';
