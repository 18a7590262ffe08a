import type { Sentence, Token } from '../nlp/types.ts';

const RELATIVE_WORDS = new Set(['who', 'which', 'whom']);
// how far before a word a relative clause may open to hold it: ", who is accused of", ", which was suspected of"
const OPENING_REACH = 4;

/**
 * "The governor, who is accused of embezzling funds, was arrested on Monday": the comma that closes a relative clause
 * opened by ", who" (or ", which") just before `at`, where the sentence's own verb comes next (an auxiliary, or a verb
 * not in -ing: a participle after the comma still belongs to the clause). -1 when there is none. Read off the words,
 * for the parses that make the relative clause's verb the sentence's root.
 */
export function closingCommaOfRelative(tokens: readonly Token[], sentence: Sentence, at: number): number {
  let opened = false;
  for (let k = at - 1; k > sentence.tokenStart && k >= at - OPENING_REACH && !opened; k--) opened = RELATIVE_WORDS.has(tokens[k].lower) && tokens[k - 1].text === ',';
  if (!opened) return -1;
  for (let k = at + 1; k < sentence.tokenEnd - 1; k++) {
    const next = tokens[k + 1];
    if (tokens[k].text === ',' && (next.pos === 'AUX' || next.pos === 'VERB' && !next.lower.endsWith('ing'))) return k;
  }
  return -1;
}
