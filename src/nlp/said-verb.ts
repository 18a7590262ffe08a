import type { Token } from './types.ts';
import { changedToken } from './token.ts';

/**
 * "A police official who asked not to be named said gunmen kidnapped 30 students": after a participle the tagger
 * reads "said" as an adjective (as in "the said document"). In news copy "said" is a verb but right after a
 * determiner; read so, the reporting verb bounds its clause (a negation or modal of the speaker's relative clause
 * stays there) and opens its report. Tokens are changed in place.
 */
export function retagSaid(tokens: Token[]): void {
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.lower !== 'said' || t.pos !== 'ADJ') continue;
    const before = tokens[k - 1];
    if (before && before.sentence === t.sentence && (before.pos === 'DET' || before.pos === 'PRON' && /^(its|their|his|her|our|my|your)$/.test(before.lower))) continue;
    tokens[k] = changedToken(t, { pos: 'VERB', lemma: 'say' });
  }
}
