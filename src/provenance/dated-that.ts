import type { Token } from '../nlp/types.ts';

// the words of a time said between a reporting verb and its "that": "alleged Thursday that", "said on Monday that",
// "claimed late Sunday that", "announced earlier this week that"
const TIME_WORDS = /^(?:on|late|early|earlier|last|this|week|month|today|yesterday|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december|\d{1,2})$/;
const MAX_TIME_WORDS = 4;

/**
 * provenance:dated-that. "General Musa alleged Thursday that soldiers burned homes": the tagger reads an -ed
 * reporting verb as an adjective; "that" right after it, or after the day it was said, settles that it reports.
 */
export function reportsThatClause(tokens: readonly Token[], i: number): boolean {
  if (!tokens[i].lower.endsWith('ed')) return false;
  for (let j = i + 1; j <= i + 1 + MAX_TIME_WORDS && j < tokens.length && tokens[j].sentence === tokens[i].sentence; j++) {
    if (tokens[j].lower === 'that') return true;
    if (!TIME_WORDS.test(tokens[j].lower)) return false;
  }
  return false;
}
