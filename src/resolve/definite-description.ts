import type { Token } from '../nlp/types.ts';

/**
 * "the agency", "the island nation": a definite description of one kind (data/lexicon/anaphors.tsv) opening at the
 * "the" at `i`, one or two words after it, in one sentence; the index of its last word, or null. The description must end
 * its phrase: not where the next word goes on with it (`continues`: "the country director", "the agency's chief"), nor
 * before "of" ("the kingdom of Saudi Arabia") or a possessive. Shared by state-descriptions.ts and outlet-anaphors.ts.
 */
export function definiteDescriptionEnd(tokens: readonly Token[], i: number, anaphors: ReadonlyMap<string, string>, kind: string, continues: (next: Token) => boolean): number | null {
  if (tokens[i].lower !== 'the') return null;
  let words = 'the';
  for (let j = i + 1; j < Math.min(tokens.length, i + 3) && tokens[j].sentence === tokens[i].sentence; j++) {
    words += ` ${tokens[j].lower}`;
    if (anaphors.get(words) !== kind) continue;
    const next = tokens[j + 1];
    return next && next.sentence === tokens[j].sentence && (continues(next) || next.lower === 'of' || /^['’]/.test(next.text)) ? null : j;
  }
  return null;
}
