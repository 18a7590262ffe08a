import type { Sentence, Token } from '../nlp/types.ts';
import type { EventPattern } from '../knowledge/types.ts';

/** A pattern match in a sentence: tokens [start, end) and the head token (verb, or head noun). */
export interface Trigger {
  readonly pattern: EventPattern;
  readonly start: number;
  readonly end: number;
  readonly head: number;
  readonly tokens: readonly number[]; // the tokens the pattern consumed (gaps excluded)
}

const MAX_GAP = 4;
// Tokens that may sit between the words of a pattern without a `*`:
// "imposed new sanctions on", "fired two rockets at", "held talks with".
const IMPLICIT_GAP_POS = new Set(['DET', 'ADJ', 'NUM', 'ADV', 'PRON', 'NOUN', 'PROPN']);
const VERB_POS = new Set(['VERB']);
const NOUN_POS = new Set(['NOUN', 'PROPN']);

/** "US-occupied base", "Iran-backed militia", "the occupied territories": a participle used as an adjective. */
function isAdjectival(tokens: readonly Token[], i: number, sentence: Sentence): boolean {
  const prev = i > sentence.tokenStart ? tokens[i - 1] : undefined;
  if (!prev) return false;
  if (prev.text === '-' && prev.end === tokens[i].start) return true;
  return (prev.pos === 'DET' || prev.pos === 'ADJ') && /(ed|en)$/.test(tokens[i].lower) && tokens[i + 1]?.pos !== 'DET';
}

function accepts(token: Token, lemmas: readonly string[]): boolean {
  return lemmas.includes(token.lemma) || lemmas.includes(token.lower);
}

/** Tries to match `pattern` with its first step at token `i`; returns the consumed token indexes. */
function matchAt(tokens: readonly Token[], i: number, end: number, pattern: EventPattern): number[] | null {
  const consumed = [i];
  let pos = i + 1;
  for (const step of pattern.steps.slice(1)) {
    const maxSkip = step.gapBefore ? MAX_GAP : 2;
    let found = -1;
    for (let j = pos; j < end && j <= pos + maxSkip; j++) {
      if (accepts(tokens[j], step.lemmas)) {
        found = j;
        break;
      }
      const t = tokens[j];
      if (t.pos === 'PUNCT' && t.text !== '-') break;
      if (!step.gapBefore && !IMPLICIT_GAP_POS.has(t.pos)) break;
    }
    if (found < 0) return null;
    consumed.push(found);
    pos = found + 1;
  }
  return consumed;
}

/**
 * All pattern matches in a sentence; where matches overlap the one covering more pattern words wins
 * ("rocket attack" over "attack", "labour strike" over "strike").
 */
export function findTriggers(tokens: readonly Token[], sentence: Sentence, byFirst: ReadonlyMap<string, readonly EventPattern[]>): Trigger[] {
  const candidates: Trigger[] = [];
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    const t = tokens[i];
    const patterns = new Set([...(byFirst.get(t.lemma) ?? []), ...(byFirst.get(t.lower) ?? [])]);
    for (const pattern of patterns) {
      if (pattern.kind === 'verb' && (!VERB_POS.has(t.pos) || isAdjectival(tokens, i, sentence))) continue;
      const consumed = matchAt(tokens, i, sentence.tokenEnd, pattern);
      if (!consumed) continue;
      const last = consumed[consumed.length - 1];
      if (pattern.kind === 'noun' && !NOUN_POS.has(tokens[last].pos)) continue;
      const head = pattern.kind === 'verb' ? i : last;
      candidates.push({ pattern, start: i, end: last + 1, head, tokens: consumed });
    }
  }
  candidates.sort((a, b) => b.tokens.length - a.tokens.length || (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  const taken = new Set<number>();
  const out: Trigger[] = [];
  for (const c of candidates) {
    if (c.tokens.some((k) => taken.has(k))) continue;
    c.tokens.forEach((k) => taken.add(k));
    out.push(c);
  }
  return out.sort((a, b) => a.start - b.start);
}
