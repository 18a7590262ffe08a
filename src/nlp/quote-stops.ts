import type { Sentence, Token } from './types.ts';
import { changedToken } from './token.ts';

const STOPS = new Set(['?', '!']);
const CLOSING_QUOTES = new Set(['”', '"', '’', "'", '»']);
const WORD = /[\p{L}\p{N}]/u;

/**
 * "“Enough is enough!” chanted protesters as police fired tear gas", "“Why did they shoot?” asked a resident": a
 * quote that ends with its own "?" or "!" runs on into its attribution (nlp/sentence-joins.ts), but the treebank has
 * such a stop only at a sentence's end, so the parser ended the clause there and read the speaker's verb as a modifier
 * ("chanted protesters"). The stop is read as the comma a quoted statement ends with before its attribution; the text
 * keeps its stop, so a question stays one (extract/modality.ts).
 */
export function readQuoteStopsAsCommas(tokens: Token[], sentences: readonly Sentence[]): void {
  for (const s of sentences) {
    for (let k = s.tokenStart; k + 2 < s.tokenEnd; k++) {
      const t = tokens[k];
      if (!STOPS.has(t.text) || !CLOSING_QUOTES.has(tokens[k + 1].text) || !WORD.test(tokens[k + 2].text)) continue;
      tokens[k] = changedToken(t, { readAs: ',' });
    }
  }
}
