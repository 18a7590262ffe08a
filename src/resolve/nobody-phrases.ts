import type { AnalyzedText } from '../nlp/types.ts';
import type { ActorPhrase } from './types.ts';

// "None of the militant groups has claimed the blast", "Neither of the factions claimed the shelling": the partitive
// says no one claims (a claim of responsibility is where the claimer becomes the act's actor). Elsewhere the group
// still speaks through it ("None of the parties revealed details but said …").
const NONE_OF = /\b(?:none|neither|no one)\s+of\s+$/i;
const CLAIMS_AFTER = /^\s+(?:has|have|had)?\s*(?:yet\s+|so\s+far\s+)?(?:claimed|taken\s+responsibility|took\s+responsibility)\b/i;

/** The phrases without those a "none of" before them and a claim after them make no one. */
export function withoutNobody(doc: AnalyzedText, phrases: readonly ActorPhrase[]): ActorPhrase[] {
  return phrases.filter((p) => !(NONE_OF.test(doc.text.slice(Math.max(0, p.start - 14), p.start)) && CLAIMS_AFTER.test(doc.text.slice(p.end, p.end + 40))));
}
