import type { AnalyzedText } from '../nlp/types.ts';
import type { ActorPhrase } from './types.ts';
import { tokenAt } from './token-map.ts';

const COUNTED_OTHERS = /\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen|dozens|several|many|scores|hundreds)\s+others\b/gi;
const COUNTED_BEFORE = /\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens of|several|many|scores of|hundreds of)\s+(?:\S+\s+)?$/i;

/**
 * "Troops killed five militants and arrested three others": "others" counted as the object of another verb are more
 * of the group counted before it in the sentence (its role, and its code where it has one). In one list with it
 * ("killed five soldiers and three others") they are people other than that group: no verb between, no phrase.
 */
export function withCountedOthers(doc: AnalyzedText, phrases: readonly ActorPhrase[]): ActorPhrase[] {
  const added: ActorPhrase[] = [];
  for (const m of doc.text.matchAll(COUNTED_OTHERS)) {
    const start = m.index, end = m.index + m[0].length;
    if (phrases.some((p) => p.start < end && start < p.end)) continue;
    const sentence = doc.tokens[tokenAt(doc, start)]?.sentence;
    const counted = [...phrases].reverse().find((p) => p.end <= start && p.kind === 'role' && p.plural && doc.tokens[tokenAt(doc, p.start)]?.sentence === sentence
      && COUNTED_BEFORE.test(doc.text.slice(Math.max(0, p.start - 24), p.start)));
    if (!counted) continue;
    let verb = false;
    for (let i = tokenAt(doc, counted.end); i < tokenAt(doc, start); i++) verb ||= doc.tokens[i].pos === 'VERB';
    if (!verb) continue;
    added.push({ ...counted, start, end, text: m[0], name: m[0], rule: 'actor:counted-others' });
  }
  return added.length === 0 ? [...phrases] : [...phrases, ...added].sort((a, b) => a.start - b.start);
}
