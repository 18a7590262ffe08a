import type { Sentence, Token } from '../nlp/types.ts';
import type { EventPattern } from '../knowledge/types.ts';
import { longestMatches, triggerCandidates, type Trigger } from './triggers.ts';
import { parseMayReadVerb } from './verb-reading.ts';

/** Every sentence's triggers as the word tagger reads its words, and the sentences whose parse may change them. */
export interface TriggerPrepass {
  /** by sentence index: the triggers with no second opinion on the tagger's nouns */
  readonly triggers: readonly Trigger[][];
  /** sentences where the parse's reading of a word as a verb could add a trigger ("have retaken a village") */
  readonly needParse: ReadonlySet<number>;
  /** for those sentences and the others where reading a doubted word as a verb adds a match: every match as tagged (in match order) and the words whose reading is in doubt */
  readonly doubts: ReadonlyMap<number, { readonly asTagged: readonly Trigger[]; readonly doubted: readonly number[] }>;
}

/**
 * The triggers of every sentence before any parse. Where the word tagger calls a candidate verb a noun, the
 * parse may read it as a verb and add a match, if the word is in a form the parse may read as a verb (no other counts
 * for `parseReadsVerb`). Reading every such word as a verb gives all the matches any parse could add, so a
 * sentence whose matches are the same that way needs no parse to find its triggers:
 * most of them ("the attack", "a strike"), which then cost no parse at all when they have no other trigger.
 */
export function triggerPrepass(tokens: readonly Token[], sentences: readonly Sentence[], patterns: ReadonlyMap<string, readonly EventPattern[]>): TriggerPrepass {
  const needParse = new Set<number>();
  const doubts = new Map<number, { asTagged: Trigger[]; doubted: number[] }>();
  const triggers = sentences.map((s) => {
    const doubted: number[] = [];
    const asTagged = triggerCandidates(tokens, s, patterns, (i) => (doubted.push(i), false));
    // (most sentences doubt no word: their closures and scope are not made)
    if (doubted.length > 0) weighDoubts(tokens, s, patterns, asTagged, doubted, needParse, doubts);
    return longestMatches(asTagged, tokens);
  });
  return { triggers, needParse, doubts };
}

/** Whether the sentence's doubted words need its parse (`needParse`) or the re-tagging (`doubts`); before `asTagged` is sorted. */
function weighDoubts(tokens: readonly Token[], s: Sentence, patterns: ReadonlyMap<string, readonly EventPattern[]>, asTagged: readonly Trigger[], doubted: number[], needParse: Set<number>, doubts: Map<number, { asTagged: Trigger[]; doubted: number[] }>): void {
  // a match starts at its head word and depends on that word's reading only; at each doubted word the
  // matches as tagged are a subset of those with the word a verb: equal counts, equal sets
  const startingAt = (i: number) => asTagged.reduce((n, t) => n + (t.start === i ? 1 : 0), 0);
  const addsMatch = (i: number) => triggerCandidates(tokens, s, patterns, () => true, i).length > startingAt(i);
  // the parse reads a verb only in the forms `parseReadsVerb` may read (past, participle, gerund, after "had", -s, any
  // form in a verbless sentence): "troops raid camps" keeps "raid" a noun
  const verbless = !hasVerb(tokens, s);
  const parseMayAdd = doubted.some((i) => parseMayReadVerb(tokens, i, verbless) && addsMatch(i));
  if (parseMayAdd) needParse.add(s.index);
  // the re-tagging (tree-repair/retag.ts) reads the doubted words of every sentence where any of them adds a match
  if (parseMayAdd || doubted.some((i) => !parseMayReadVerb(tokens, i, verbless) && addsMatch(i))) doubts.set(s.index, { asTagged: asTagged.slice(), doubted });
}

/**
 * The triggers of a sentence the prepass sent to the parser, with the parse's `verbReading` of its doubted words:
 * `findTriggers(tokens, sentence, patterns, verbReading)` without matching the whole sentence again. Only the
 * matches that start at a word the parse reads as a verb change (a match depends on its head word's reading only),
 * so those words are matched again and their matches take the place of the tagger's, in the same order.
 */
export function triggersWithParse(prepass: TriggerPrepass, tokens: readonly Token[], sentence: Sentence, patterns: ReadonlyMap<string, readonly EventPattern[]>, verbReading: (i: number) => boolean): Trigger[] {
  const merged = matchesWithParse(prepass, tokens, sentence, patterns, verbReading);
  return merged === null ? prepass.triggers[sentence.index] : longestMatches(merged, tokens);
}

/**
 * Every match of a sentence before the longest-match choice (findTriggers keeps the longest), with the parse's
 * `verbReading` where the prepass sent it to the parser: what unmet-rows.ts chooses among again.
 */
export function sentenceMatches(prepass: TriggerPrepass, tokens: readonly Token[], sentence: Sentence, patterns: ReadonlyMap<string, readonly EventPattern[]>, verbReading?: (i: number) => boolean): Trigger[] {
  const doubt = prepass.doubts.get(sentence.index);
  const asTagged = () => (doubt ? doubt.asTagged.slice() : triggerCandidates(tokens, sentence, patterns));
  return verbReading === undefined ? asTagged() : matchesWithParse(prepass, tokens, sentence, patterns, verbReading) ?? asTagged();
}

/** The matches with the parse's reading of the doubted words; null where it reads none of them as a verb. */
function matchesWithParse(prepass: TriggerPrepass, tokens: readonly Token[], sentence: Sentence, patterns: ReadonlyMap<string, readonly EventPattern[]>, verbReading: (i: number) => boolean): Trigger[] | null {
  const doubt = prepass.doubts.get(sentence.index);
  if (doubt === undefined) return null;
  const reread = new Map<number, Trigger[]>();
  for (const i of doubt.doubted) if (verbReading(i)) reread.set(i, triggerCandidates(tokens, sentence, patterns, verbReading, i));
  if (reread.size === 0) return null;
  // the candidates come in order of their first word: each reread word's matches go where the tagger's were
  const starts = [...reread.keys()].sort((a, b) => a - b);
  const merged: Trigger[] = [];
  let next = 0;
  for (const c of doubt.asTagged) {
    while (next < starts.length && starts[next] <= c.start) merged.push(...reread.get(starts[next++])!);
    if (!reread.has(c.start)) merged.push(c);
  }
  while (next < starts.length) merged.push(...reread.get(starts[next++])!);
  // a noun row of several words ending at a word the parse reads as a verb names no act: "Police | shot and wounded"
  // is no "police shooting" (its words before the head would outweigh the verb's own match)
  return merged.filter((c) => c.pattern.kind === 'verb' || c.head === c.start || !reread.has(c.head));
}

/** Whether the word tagger reads a verb or an auxiliary anywhere in the sentence. */
function hasVerb(tokens: readonly Token[], s: Sentence): boolean {
  for (let i = s.tokenStart; i < s.tokenEnd; i++) if (tokens[i].pos === 'VERB' || tokens[i].pos === 'AUX') return true;
  return false;
}
