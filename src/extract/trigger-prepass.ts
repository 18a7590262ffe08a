import type { Sentence, Token } from '../nlp/types.ts';
import type { EventPattern } from '../knowledge/types.ts';
import { longestMatches, triggerCandidates, type Trigger } from './triggers.ts';

/** Every sentence's triggers as the word tagger reads its words, and the sentences whose parse may change them. */
export interface TriggerPrepass {
  /** by sentence index: the triggers with no second opinion on the tagger's nouns */
  readonly triggers: readonly Trigger[][];
  /** sentences where the parse's reading of a word as a verb could add a trigger ("have retaken a village") */
  readonly needParse: ReadonlySet<number>;
}

/**
 * The triggers of every sentence before any parse. Where the word tagger calls a candidate verb a noun, the
 * parse may read it as a verb and add a match. Reading every such word as a verb gives all the matches any
 * parse could add, so a sentence whose matches are the same that way needs no parse to find its triggers:
 * most of them ("the attack", "a strike"), which then cost no parse at all when they have no other trigger.
 */
export function triggerPrepass(tokens: readonly Token[], sentences: readonly Sentence[], patterns: ReadonlyMap<string, readonly EventPattern[]>): TriggerPrepass {
  const needParse = new Set<number>();
  const triggers = sentences.map((s) => {
    const doubted: number[] = [];
    const asTagged = triggerCandidates(tokens, s, patterns, (i) => (doubted.push(i), false));
    // a match starts at its head word and depends on that word's reading only; at each doubted word the
    // matches as tagged are a subset of those with the word a verb: equal counts, equal sets
    const startingAt = (i: number) => asTagged.reduce((n, t) => n + (t.start === i ? 1 : 0), 0);
    if (doubted.some((i) => triggerCandidates(tokens, s, patterns, () => true, i).length > startingAt(i))) needParse.add(s.index);
    return longestMatches(asTagged);
  });
  return { triggers, needParse };
}
