import type { Sentence, Token } from './types.ts';
import { changedToken } from './token.ts';

const CAPITALISED = /^\p{Lu}\p{Ll}+$/u;

/**
 * "Outgoing German Chancellor Hans Weber warned", "New Iranian President X met": a capitalised adjective of a term in
 * office (`adjectives`, data/lexicon/tenure-adjectives.tsv) right before a nationality, a country or a title
 * (`opensOffice`, lower case: "german", "president") was tagged a proper noun, and the run of capitals read as one
 * unknown name. It is an adjective: tagged ADJ and read by the tagger and parser in lower case. ("New York", "New
 * Zealand": the next word is no nationality or title.)
 */
export function retagTenureAdjectives(tokens: Token[], sentences: readonly Sentence[], adjectives: ReadonlySet<string>, opensOffice: (lower: string) => boolean): void {
  if (adjectives.size === 0) return;
  for (const s of sentences) {
    for (let k = s.tokenStart; k + 1 < s.tokenEnd; k++) {
      const t = tokens[k];
      if (!adjectives.has(t.lower) || !CAPITALISED.test(t.text) || t.pos === 'ADJ' && t.readAs !== undefined) continue;
      const next = tokens[k + 1];
      if (!/^\p{Lu}/u.test(next.text) || !opensOffice(next.lower)) continue;
      tokens[k] = changedToken(t, { pos: 'ADJ', lemma: t.lower, readAs: t.lower });
    }
  }
}
