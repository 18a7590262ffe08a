import winkNLP, { type ItemSentence, type ItemToken } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { AnalyzedText, Sentence, Token } from './types.ts';
import { breakLongRuns } from './long-runs.ts';

const nlp = winkNLP(model);
const its = nlp.its;

/**
 * Sentences, tokens, POS and lemmas from wink-nlp, with character offsets into `text`.
 * wink-nlp reports token values, not offsets, so we find each token in the text
 * from a moving cursor (tokens come in text order).
 */
export function analyze(text: string): AnalyzedText {
  // wink reads a copy with over-long runs of non-space characters cut; it has the same length, so
  // offsets found in it hold for `text`
  const seen = breakLongRuns(text);
  const doc = nlp.readDoc(seen);
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let cursor = 0;
  doc.sentences().each((sentence: ItemSentence) => {
    const tokenStart = tokens.length;
    sentence.tokens().each((t: ItemToken) => {
      const value = t.out() as string;
      const pos = t.out(its.pos) as string;
      if (pos === 'SPACE' || value.trim() === '') return;
      let start = seen.indexOf(value, cursor);
      if (start < 0 || start - cursor > 50) start = cursor; // wink normalised the token: keep the cursor
      const end = Math.min(text.length, start + value.length);
      cursor = end;
      const lower = value.toLowerCase();
      tokens.push({
        index: tokens.length, text: value, lower,
        lemma: (String(t.out(its.lemma as unknown as typeof its.value)) || lower).toLowerCase(),
        pos, start, end, sentence: sentences.length,
      });
    });
    if (tokens.length === tokenStart) return;
    // A run-on "sentence" (a table, a list, text without full stops) is cut into pieces of at most
    // MAX_TOKENS at a comma or conjunction, so per-sentence work stays linear.
    for (let from = tokenStart; from < tokens.length; ) {
      let to = Math.min(tokens.length, from + MAX_TOKENS);
      if (to < tokens.length) {
        for (let k = to - 1; k > from + MAX_TOKENS / 2; k--) {
          if (tokens[k].pos === 'PUNCT' || tokens[k].pos === 'CCONJ') {
            to = k + 1;
            break;
          }
        }
      }
      for (let k = from; k < to; k++) (tokens[k] as { sentence: number }).sentence = sentences.length;
      const start = tokens[from].start;
      const end = tokens[to - 1].end;
      sentences.push({ index: sentences.length, start, end, text: text.slice(start, end), tokenStart: from, tokenEnd: to });
      from = to;
    }
  });
  return { text, sentences, tokens };
}

const MAX_TOKENS = 120;
