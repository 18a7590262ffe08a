import type { AnalyzedText } from '../nlp/types.ts';
import type { ActorPhrase } from './types.ts';
import { coordinatedAntecedent, inCoordinatedList } from './coordinated-antecedent.ts';
import { tokenAt } from './token-map.ts';

// the words between a third party and its verb of mediating: "Qatar, which has mediated", "Egypt and Qatar have hosted"
const BETWEEN = new Set([',', 'which', 'who', 'that', 'has', 'have', 'had', 'also', 'jointly', 'long', 'been']);

/**
 * "Saudi Arabia and the United States, which have hosted the talks", "talks mediated by Qatar": the phrase (or list
 * joined by "and") at `ordered[j]` is a third party to talks, the subject or the "by" agent of a verb of mediating
 * (data/lexicon/clause-cues.tsv group "mediating"); its members, or null.
 */
export function mediatorAt(doc: AnalyzedText, ordered: readonly ActorPhrase[], j: number, isMediating: (word: string) => boolean): ActorPhrase | null {
  const first = ordered[j];
  if (first.locative || first.kind === 'anaphor' || inCoordinatedList(doc, ordered, j)) return null;
  const whole = coordinatedAntecedent(doc, ordered, j) ?? first;
  const mediating = (k: number) => doc.tokens[k] !== undefined && (isMediating(doc.tokens[k].lemma) || isMediating(doc.tokens[k].lower));
  let k = tokenAt(doc, whole.end - 1) + 1;
  while (doc.tokens[k] && BETWEEN.has(doc.tokens[k].lower)) k++;
  const before = tokenAt(doc, whole.start) - 1;
  const agent = doc.tokens[before]?.lower === 'by' && mediating(before - 1);
  return mediating(k) || agent ? whole : null;
}

/**
 * "The mediators accused both parties": the third party to talks named last, within three sentences (its members
 * each a side, as a plural pronoun takes up a list), or null.
 */
export function mediatorAntecedent(doc: AnalyzedText, ordered: readonly ActorPhrase[], i: number, sentenceOf: (p: ActorPhrase) => number, isMediating: (word: string) => boolean): ActorPhrase | null {
  for (let j = i - 1; j >= 0; j--) {
    if (sentenceOf(ordered[i]) - sentenceOf(ordered[j]) > 3) break;
    const found = mediatorAt(doc, ordered, j, isMediating);
    if (found) return found;
  }
  return null;
}

/** Every phrase of the text that names a third party to talks ("both sides" never takes them up). */
export function mediatorPhrases(doc: AnalyzedText, ordered: readonly ActorPhrase[], isMediating: (word: string) => boolean): ReadonlySet<ActorPhrase> {
  const out = new Set<ActorPhrase>();
  ordered.forEach((p, j) => {
    const found = mediatorAt(doc, ordered, j, isMediating);
    if (found) for (const m of found.members ?? [p]) out.add(m);
  });
  return out;
}
