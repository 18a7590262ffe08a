import type { AnalyzedText } from '../nlp/types.ts';
import type { ActorPhrase } from './types.ts';

/** The rule of a plural antecedent made of phrases joined by "and" ("Britain and Australia said they ..."). */
export const COORDINATED_ANTECEDENT = 'anaphor:coordinated';

// what joins two phrases of one list: "Britain and Australia", "Iran, Iraq and Syria", "the army and the rebels"
const JOIN = /^\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?$/i;

const member = (p: ActorPhrase | undefined): p is ActorPhrase => p !== undefined && !p.locative && p.kind !== 'anaphor' && (p.code !== null || p.roleCode !== undefined);
const joined = (doc: AnalyzedText, a: ActorPhrase, b: ActorPhrase) => b.start >= a.end && JOIN.test(doc.text.slice(a.end, b.start));

/**
 * "Britain and Australia said on Monday they had been targeted": a plural pronoun takes up a list of actors joined by
 * "and" as one antecedent, each of them a side (as "both countries" is). `j` is the list's first phrase in `ordered`;
 * null when it opens no list of two or more ending with "and" (a list joined by commas alone is no list).
 */
export function coordinatedAntecedent(doc: AnalyzedText, ordered: readonly ActorPhrase[], j: number): ActorPhrase | null {
  const first = ordered[j];
  if (!member(first) || (j > 0 && member(ordered[j - 1]) && joined(doc, ordered[j - 1], first))) return null;
  const members = [first];
  let hasAnd = false;
  for (let k = j + 1; member(ordered[k]) && joined(doc, members[members.length - 1], ordered[k]); k++) {
    hasAnd = /\band\b/i.test(doc.text.slice(members[members.length - 1].end, ordered[k].start));
    members.push(ordered[k]);
    if (hasAnd) break;
  }
  if (members.length < 2 || !hasAnd) return null;
  const last = members[members.length - 1];
  return { ...first, end: last.end, text: doc.text.slice(first.start, last.end), name: members.map((m) => m.name).join(' and '), kind: 'role', code: null, roleCode: members.every((m) => m.kind === 'country') ? 'GOV' : first.roleCode, plural: true, entry: null, members, rule: COORDINATED_ANTECEDENT };
}

/** `ordered[j]` is a later member of such a list (its antecedent is the whole list, not it alone). */
export function inCoordinatedList(doc: AnalyzedText, ordered: readonly ActorPhrase[], j: number): boolean {
  return j > 0 && member(ordered[j]) && member(ordered[j - 1]) && joined(doc, ordered[j - 1], ordered[j]);
}
