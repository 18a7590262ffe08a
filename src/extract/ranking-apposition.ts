import type { Token } from '../nlp/types.ts';

// "the latest", "the deadliest", "the worst", "the first": a superlative or an ordinal ranking something among its kind
const RANKING = /^(?:latest|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|last|worst|[a-z]+iest|biggest|largest|greatest|highest)$/;

/**
 * ", the latest in a wave of attacks", ", the deadliest since 2019", ", the worst attack in the city this year": a noun
 * phrase after a comma that ranks the act told before it among others. True when the comma at `comma` opens one.
 */
export function opensRankingApposition(t: readonly Token[], comma: number, end: number): boolean {
  return t[comma]?.text === ',' && t[comma + 1]?.lower === 'the' && comma + 2 < end && RANKING.test(t[comma + 2].lower);
}

/**
 * ", the second killing of a politician this year", ", the latest such attack on a clinic": the act noun at `noun` heads
 * a ranking apposition, so it names the kind of the act told before it, however indefinite its undergoer.
 */
export function headsRankingApposition(t: readonly Token[], noun: number): boolean {
  let k = noun - 1;
  for (let skipped = 0; skipped < 3 && k > 0 && (t[k].pos === 'ADJ' || t[k].pos === 'NOUN' || t[k].lower === 'such') && !RANKING.test(t[k].lower); skipped++) k--;
  return RANKING.test(t[k]?.lower ?? '') && opensRankingApposition(t, k - 2, noun + 1);
}
