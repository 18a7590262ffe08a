import type { AnalyzedText } from '../nlp/types.ts';
import type { ActorPhrase } from './types.ts';

// "None of the militant groups has claimed the blast", "neither of the rebel factions": the partitive says no one
const NONE_OF = /\b(?:none|neither|no one)\s+of\s+$/i;

/** The phrases without those a "none of" before them makes no one: nobody claims, acts or speaks there. */
export function withoutNobody(doc: AnalyzedText, phrases: readonly ActorPhrase[]): ActorPhrase[] {
  return phrases.filter((p) => !NONE_OF.test(doc.text.slice(Math.max(0, p.start - 14), p.start)));
}
