import type { Sentence, Token } from '../../src/nlp/types.ts';
import type { EventPattern } from '../../src/knowledge/types.ts';
import { adverbRowVerb, beforeRelativeClause, longestMatches, type Trigger } from '../../src/extract/triggers.ts';
import { baseForms } from '../../src/extract/morphology.ts';
import { isCountHedgeWord } from '../../src/extract/quantifier.ts';
import { joinsGapNominals, joinsNominals, measureEnd, PATTERN_PREPOSITIONS } from '../../src/extract/pattern-trie.ts';
import { groupEnd, insideCompound } from '../../src/extract/gap-groups.ts';
// where a `*` gap stops is one rule for the tries and this reference alike
import { gapStops } from '../../src/extract/pattern-window.ts';
import { followsBe, isAdjectiveAsNoun, isCompoundModifier, isHead, isReducedPassive, isVerbLike } from '../../src/extract/token-shape.ts';

// The trigger matcher as it was before the pattern tries (src/extract/pattern-trie.ts): every
// pattern filed under a token's forms tried one by one. Kept as the reference the tries must equal.

const MAX_GAP = 4;
// Tokens that may sit between the words of a pattern without a `*`:
// "imposed new sanctions on", "fired two rockets at", "held talks with".
const IMPLICIT_GAP_POS = new Set(['DET', 'ADJ', 'NUM', 'ADV', 'PRON', 'NOUN', 'PROPN']);
const NOUN_POS = new Set(['NOUN', 'PROPN']);

function accepts(token: Token, lemmas: readonly string[]): boolean {
  return lemmas.includes(token.lemma) || lemmas.includes(token.lower) || baseForms(token).some((b) => lemmas.includes(b));
}

/** Tries to match `pattern` with its first step at token `i`; returns the consumed token indexes. */
function matchAt(tokens: readonly Token[], i: number, end: number, pattern: EventPattern): number[] | null {
  const consumed = [i];
  let pos = i + 1;
  for (const step of pattern.steps.slice(1)) {
    let limit = pos + (step.gapBefore ? MAX_GAP : 2);
    let found = -1;
    let measure = -1; // an amount in a gap counts as one word, a collective or compound too (the same rules as the tries)
    let compound = -1;
    for (let j = pos; j < end && j <= limit; j++) {
      const amount = step.gapBefore && (tokens[j].pos === 'NUM' || tokens[j].pos === 'SYM');
      if (j >= measure && (amount || groupEnd(tokens, j, end, step.gapBefore) > j)) {
        measure = amount ? measureEnd(tokens, j, end) : groupEnd(tokens, j, end, step.gapBefore);
        limit += measure - j - 1;
        compound = amount ? -1 : measure;
      }
      if (!insideCompound(tokens, j, compound) && accepts(tokens[j], step.lemmas)) {
        found = j;
        break;
      }
      const t = tokens[j];
      // coordinated objects widen the window, inside a gap too ("sending experts and vaccine doses to")
      const coordination = step.gapBefore ? joinsGapNominals(tokens, j, end) : joinsNominals(tokens, j, end);
      if (j < measure ? false : step.gapBefore ? gapStops(tokens, j, end) && !coordination : !IMPLICIT_GAP_POS.has(t.pos) && !isCountHedgeWord(tokens, j, end) && !coordination) break;
      if (coordination) limit += 2;
    }
    if (found < 0) return null;
    consumed.push(found);
    pos = found + 1;
  }
  return consumed;
}

const PREPOSITIONS = PATTERN_PREPOSITIONS;

/**
 * Passive voice for patterns that name the object: "Two Russian diplomats were expelled" matches
 * `expel * diplomat` with the object words found in the subject before "were".
 */
function matchPassive(tokens: readonly Token[], i: number, sentence: Sentence, pattern: EventPattern, afterVerb = false): number[] | null {
  const allSteps = pattern.steps.slice(1).filter((s) => !s.lemmas.every((l) => PREPOSITIONS.has(l)));
  if (pattern.particleMoved || allSteps.length === 0 || allSteps.length !== pattern.steps.length - 1 - countTrailingPreps(pattern)) return null;
  // a row read at its verb's adverb: the verb step is the verb itself, the rest are the object words
  if (afterVerb && (allSteps.length < 2 || allSteps[0] !== pattern.steps[1])) return null;
  const objectSteps = afterVerb ? allSteps.slice(1) : allSteps;
  let aux = i - 1;
  while (aux > sentence.tokenStart && (tokens[aux].pos === 'ADV' || tokens[aux].pos === 'PART')) aux--;
  // with no "be", a participle of giving right after the goods ("food supplied by Qatar"): the goods end the window
  const reduced = tokens[aux]?.lemma !== 'be' && tokens[aux]?.lemma !== 'get';
  if (reduced && !(isReducedPassive(tokens, i, sentence) && /^07/.test(pattern.cameo))) return null;
  const consumed = [i];
  const subjectEnd = reduced ? i : beforeRelativeClause(tokens, aux, sentence.tokenStart);
  let pos = Math.max(sentence.tokenStart, subjectEnd - 6);
  for (const step of objectSteps) {
    let found = -1;
    for (let j = pos; j < subjectEnd; j++) if (accepts(tokens[j], step.lemmas)) { found = j; break; }
    if (found < 0) return null;
    consumed.push(found);
    pos = found + 1;
  }
  return consumed;
}
const countTrailingPreps = (p: EventPattern) => {
  let n = 0;
  for (let k = p.steps.length - 1; k > 0 && p.steps[k].lemmas.every((l) => PREPOSITIONS.has(l)); k--) n++;
  return n;
};

/**
 * All pattern matches in a sentence; where matches overlap the one covering more pattern words wins
 * ("rocket attack" over "attack", "labour strike" over "strike").
 */
export function scanTriggers(tokens: readonly Token[], sentence: Sentence, byFirst: ReadonlyMap<string, readonly EventPattern[]>): Trigger[] {
  const candidates: Trigger[] = [];
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    const t = tokens[i];
    const patterns = new Set(baseForms(t).flatMap((b) => byFirst.get(b) ?? []));
    if (patterns.size === 0) continue;
    // a row that opens with the adverb of its verb is read at that verb ("forcibly deported": the same rule as the tries)
    const verbAt = adverbRowVerb(tokens, i, sentence);
    const verbLike = isVerbLike(tokens, verbAt, sentence);
    const afterBe = verbLike && followsBe(tokens, verbAt, sentence);
    for (const pattern of patterns) {
      if (pattern.kind === 'verb') {
        if (!verbLike) continue;
        const consumed = matchAt(tokens, i, sentence.tokenEnd, pattern);
        if (verbAt !== i) {
          if (consumed && consumed[1] === verbAt) candidates.push({ pattern, start: i, end: consumed[consumed.length - 1] + 1, head: verbAt, tokens: consumed });
          else if (afterBe && !pattern.steps[1]?.gapBefore && pattern.steps.length > 2 && accepts(tokens[verbAt], pattern.steps[1].lemmas)) {
            const passive = matchPassive(tokens, i, sentence, pattern, true);
            if (passive) candidates.push({ pattern, start: i, end: verbAt + 1, head: verbAt, tokens: [i, verbAt, ...passive.slice(1)] });
          }
          continue;
        }
        // "seized a Marshall Islands-flagged tanker": the row's object word only modifies the object
        if (consumed && consumed.length > 1 && isCompoundModifier(tokens, consumed[consumed.length - 1], sentence)) continue;
        if (consumed) candidates.push({ pattern, start: i, end: consumed[consumed.length - 1] + 1, head: i, tokens: consumed });
        else if (afterBe || verbLike && isReducedPassive(tokens, i, sentence)) {
          const passive = matchPassive(tokens, i, sentence, pattern);
          if (passive) candidates.push({ pattern, start: i, end: i + 1, head: i, tokens: passive });
        }
        continue;
      }
      const consumed = matchAt(tokens, i, sentence.tokenEnd, pattern);
      if (!consumed) continue;
      const last = consumed[consumed.length - 1];
      // "the fighting", "a stabbing": -ing nouns the tagger took for verbs
      const nounLike = NOUN_POS.has(tokens[last].pos) || (tokens[last].lower.endsWith('ing') && ['DET', 'ADJ', 'PRON'].includes(tokens[last - 1]?.pos ?? '')) || isAdjectiveAsNoun(tokens, last, sentence);
      if (!nounLike || !isHead(tokens, last, sentence)) continue;
      candidates.push({ pattern, start: i, end: last + 1, head: last, tokens: consumed });
    }
  }
  // which of overlapping matches wins is the same rule for both (src/extract/triggers.ts): this compares the matching
  return longestMatches(candidates, tokens);
}
