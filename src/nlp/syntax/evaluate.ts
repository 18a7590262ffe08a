import type { TreebankSentence } from './conllu.ts';
import type { SyntaxModel } from './syntax-model.ts';

export interface Scores {
  readonly sentences: number;
  readonly words: number;
  readonly upos: number; // percent
  readonly uas: number;
  readonly las: number;
}

/**
 * UPOS accuracy, unlabeled and labeled attachment over all words, punctuation included (the CoNLL 2018
 * shared-task way; with gold tokenisation, so words align one to one). Labels compare in full
 * ("nsubj:pass" must match "nsubj:pass").
 */
export function evaluate(model: SyntaxModel, sentences: readonly TreebankSentence[]): Scores {
  let words = 0, upos = 0, uas = 0, las = 0;
  for (const s of sentences) {
    const { tags, state } = model.analyzeWords(s.words);
    const n = s.words.length;
    for (let i = 0; i < n; i++) {
      words++;
      if (model.tagName(tags[i]) === s.upos[i]) upos++;
      const head = state.heads[i] === n ? -1 : state.heads[i];
      if (head === s.heads[i]) {
        uas++;
        if (model.labelName(state.labels[i]) === s.labels[i]) las++;
      }
    }
  }
  const pct = (x: number) => (words === 0 ? 0 : Math.round((10000 * x) / words) / 100);
  return { sentences: sentences.length, words, upos: pct(upos), uas: pct(uas), las: pct(las) };
}
