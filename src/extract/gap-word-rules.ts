import type { Token } from '../nlp/types.ts';
import { DESCRIBING_PARTICIPLE_RULE } from './describing-participle.ts';
import { isPluralPossessive } from './pattern-window.ts';

export const PLURAL_POSSESSIVE_RULE = 'pattern:plural-possessive-in-gap';

/**
 * The rule ids of the words a trigger's gap let through that a gap used to stop at: a describing participle
 * ("received visiting ... minister", describing-participle.ts), a plural possessive's apostrophe ("met the strikers'
 * demands", pattern-window.ts).
 */
export function gapWordRules(tokens: readonly Token[], start: number, end: number, own: readonly number[], participles: ReadonlySet<string>): string[] {
  const rules: string[] = [];
  for (let k = start + 1; k < end; k++) {
    if (own.includes(k)) continue;
    if (tokens[k].pos === 'ADJ' && participles.has(tokens[k].lower) && !rules.includes(DESCRIBING_PARTICIPLE_RULE)) rules.push(DESCRIBING_PARTICIPLE_RULE);
    else if (tokens[k].pos === 'PUNCT' && isPluralPossessive(tokens, k, end + 1) && !rules.includes(PLURAL_POSSESSIVE_RULE)) rules.push(PLURAL_POSSESSIVE_RULE);
  }
  return rules;
}
