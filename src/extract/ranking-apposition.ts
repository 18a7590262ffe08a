import type { Token } from '../nlp/types.ts';

// "the latest", "the deadliest", "the worst", "the first": a superlative or an ordinal ranking something among its kind
const RANKING = /^(?:latest|first|second|third|last|worst|[a-z]+iest|biggest|largest|greatest|highest)$/;

/**
 * ", the latest in a wave of attacks", ", the deadliest since 2019", ", the worst attack in the city this year": a noun
 * phrase after a comma that ranks the act told before it among others. True when the comma at `comma` opens one.
 */
export function opensRankingApposition(t: readonly Token[], comma: number, end: number): boolean {
  return t[comma]?.text === ',' && t[comma + 1]?.lower === 'the' && comma + 2 < end && RANKING.test(t[comma + 2].lower);
}
