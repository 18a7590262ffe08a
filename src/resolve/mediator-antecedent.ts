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
export function mediatorAt(doc: AnalyzedText, ordered: readonly ActorPhrase[], j: number, isMediating: (word: string) => boolean, isTalks: (word: string) => boolean = () => false): ActorPhrase | null {
  const first = ordered[j];
  if (first.locative || first.kind === 'anaphor' || inCoordinatedList(doc, ordered, j)) return null;
  const whole = coordinatedAntecedent(doc, ordered, j) ?? first;
  const mediating = (k: number) => doc.tokens[k] !== undefined && (isMediating(doc.tokens[k].lemma) || isMediating(doc.tokens[k].lower));
  let k = tokenAt(doc, whole.end - 1) + 1;
  while (doc.tokens[k] && BETWEEN.has(doc.tokens[k].lower)) k++;
  const before = tokenAt(doc, whole.start) - 1;
  const agent = doc.tokens[before]?.lower === 'by' && mediating(before - 1);
  return mediating(k) || agent || convenesTalksBetween(doc, k, isTalks) ? whole : null;
}

// the words of a noun phrase between a verb and its "between" ("opened | the long-delayed talks | between")
const TALKS_PHRASE = new Set(['DET', 'ADJ', 'NOUN', 'NUM']);

/** "opened talks between the army and the RSF": the verb at `k` takes talks whose sides "between" names, not its subject. */
function convenesTalksBetween(doc: AnalyzedText, k: number, isTalks: (word: string) => boolean): boolean {
  const verb = doc.tokens[k];
  if (verb?.pos !== 'VERB') return false;
  for (let m = k + 1; m <= k + 4 && doc.tokens[m]?.sentence === verb.sentence; m++) {
    if (doc.tokens[m].lower === 'between') return m > k + 1 && isTalks(doc.tokens[m - 1].lower);
    if (!TALKS_PHRASE.has(doc.tokens[m].pos)) return false;
  }
  return false;
}

/**
 * "The mediators accused both parties": the third party to talks named last, within three sentences (its members
 * each a side, as a plural pronoun takes up a list), or null.
 */
export function mediatorAntecedent(doc: AnalyzedText, ordered: readonly ActorPhrase[], i: number, sentenceOf: (p: ActorPhrase) => number, isMediating: (word: string) => boolean, isTalks?: (word: string) => boolean): ActorPhrase | null {
  for (let j = i - 1; j >= 0; j--) {
    if (sentenceOf(ordered[i]) - sentenceOf(ordered[j]) > 3) break;
    const found = mediatorAt(doc, ordered, j, isMediating, isTalks);
    if (found) return found;
  }
  return null;
}

/** Every phrase of the text that names a third party to talks ("both sides" never takes them up). */
export function mediatorPhrases(doc: AnalyzedText, ordered: readonly ActorPhrase[], isMediating: (word: string) => boolean, isTalks?: (word: string) => boolean): ReadonlySet<ActorPhrase> {
  const out = new Set<ActorPhrase>();
  ordered.forEach((p, j) => {
    const found = mediatorAt(doc, ordered, j, isMediating, isTalks);
    if (found) for (const m of found.members ?? [p]) out.add(m);
  });
  // ("The UN opened talks between ... Elders told the UN ... both sides": the third party's every mention)
  const codes = new Set([...out].map((m) => m.code).filter((c) => c !== null));
  for (const p of ordered) if (p.code !== null && codes.has(p.code) && p.kind !== 'anaphor') out.add(p);
  return out;
}
