import type { Token } from '../nlp/types.ts';

// The function words of a hedged count: "more than 3,000 prisoners", "at least 68 people", "up to 40
// protesters", "as many as 12 soldiers", "no fewer than 20 detainees". They belong to the object noun
// phrase: a pattern's gap and a verb's direct object run through them, though "than", "at" and "to" are
// prepositions elsewhere (the hedges themselves are read by numbers.ts).
const COMPARATIVES = new Set(['more', 'less', 'fewer']);

/** The count the hedge leads to comes within the next three tokens: "than 3,000", "least 68", "as many as 12". */
function countFollows(tokens: readonly Token[], i: number, limit: number): boolean {
  for (let j = i + 1; j < Math.min(limit, i + 4); j++) {
    if (tokens[j].pos === 'NUM') return true;
    if (!/^(least|most|than|to|as|many|much|some)$/.test(tokens[j].lower)) return false;
  }
  return false;
}

/** Token `i` (before `limit`) is a word of a hedge on a count: "than" in "more than 3,000", "at" in "at least 68". */
export function isCountHedgeWord(tokens: readonly Token[], i: number, limit: number): boolean {
  const t = tokens[i];
  const before = tokens[i - 1]?.lower ?? '';
  const after = tokens[i + 1]?.lower ?? '';
  switch (t.lower) {
    case 'than':
      return COMPARATIVES.has(before) && countFollows(tokens, i, limit);
    case 'at':
      return (after === 'least' || after === 'most') && countFollows(tokens, i, limit);
    case 'least':
    case 'most':
      return before === 'at' && countFollows(tokens, i, limit);
    case 'up':
      return after === 'to' && countFollows(tokens, i, limit);
    case 'to':
      return before === 'up' && countFollows(tokens, i, limit);
    case 'as':
      return (after === 'many' || before === 'many') && countFollows(tokens, i, limit);
    default:
      return false;
  }
}
