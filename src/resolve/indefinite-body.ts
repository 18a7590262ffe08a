import type { AnalyzedText } from '../nlp/types.ts';
import type { SpanIndex } from './span-index.ts';
import type { ActorPhrase } from './types.ts';
import { isBodyDescription } from './body-nouns.ts';

/** In a phrase's rule: a body introduced by an indefinite article and a modifier of its kind ("a parliamentary commission"). */
export const INDEFINITE_BODY_RULE = 'actor:indefinite-body';

// what may name a body's kind between the article and its noun: "parliamentary", "independent", "fact-finding", "senate"
const KIND_POS = new Set(['ADJ', 'NOUN', 'VERB', 'PUNCT']);

/**
 * "A parliamentary commission urged the government", "an independent panel accused the army": a body noun after "a" or
 * "an" and up to three lower-case modifiers naming its kind is a new body, no reference back to one named before. Like
 * "the commission" with nothing to take up (body-nouns.ts) it keeps its words, no code, and acts as a group does. A bare
 * "a commission" says nothing of what body acts and stays none; modifiers the gazetteers read ("a UN panel", "an Egyptian
 * commission", "a government committee") keep their own reading. Null when tokens from `i` open no such phrase.
 */
export function indefiniteBody(doc: AnalyzedText, known: SpanIndex<ActorPhrase>, i: number, sentenceEnd: number): { phrase: ActorPhrase; last: number } | null {
  const tokens = doc.tokens;
  if (tokens[i].lower !== 'a' && tokens[i].lower !== 'an') return null;
  for (let j = i + 2; j < Math.min(sentenceEnd, i + 5); j++) {
    const modifiers = tokens.slice(i + 1, j);
    if (!modifiers.every((t) => KIND_POS.has(t.pos) && t.text !== ',' && !known.overlaps(t.start, t.end))) return null;
    if (!isBodyDescription(tokens, i, j) || known.overlaps(tokens[j].start, tokens[j].end)) continue;
    const start = tokens[i].start, end = tokens[j].end, text = doc.text.slice(start, end);
    return { phrase: { start, end, text, name: text, code: null, kind: 'anaphor', plural: false, entry: null, refersTo: 'group', locative: false, rule: INDEFINITE_BODY_RULE }, last: j };
  }
  return null;
}
