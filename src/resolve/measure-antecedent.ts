import type { AnalyzedText } from '../nlp/types.ts';
import type { ActorPhrase } from './types.ts';
import { tokenAt } from './token-map.ts';

export interface MeasureWords {
  readonly verb: (lemma: string) => boolean;
  readonly noun: (lemma: string) => boolean;
}

// what may stand between a verb's subject and the verb: "the court had | suspended", "the army later suspended"
const BETWEEN_SUBJECT_AND_VERB = new Set(['AUX', 'ADV', 'PART']);

/**
 * "The government said teachers went on strike ... a court had suspended it": "it" as the object of a verb that ends
 * or makes a measure or a collective act (data/lexicon/measure-words.tsv) takes up such a noun ("strike", "law",
 * "deal") told nearer than any actor, in its sentence or the one before. The participant it names is who holds the
 * strike or made the law: the nearest actor before the noun in its sentence ("teachers", not "the government"); none
 * there, no one (null). The verb's own subject ("a court") stands between and is no nearer antecedent: it cannot be its
 * own verb's object. Undefined where "it" takes up no measure.
 */
export function measureOwner(doc: AnalyzedText, p: ActorPhrase, phrases: readonly ActorPhrase[], words: MeasureWords, isReporting: (lemma: string) => boolean): ActorPhrase | null | undefined {
  if (p.text.toLowerCase() !== 'it') return undefined;
  const at = tokenAt(doc, p.start);
  const verb = doc.tokens[at - 1];
  if (!verb || verb.pos !== 'VERB' || verb.sentence !== doc.tokens[at].sentence || !words.verb(verb.lemma)) return undefined;
  const from = doc.sentences[Math.max(0, verb.sentence - 1)].tokenStart;
  const phraseAt = (k: number) => phrases.find((o) => o !== p && !o.locative && o.kind !== 'anaphor' && o.start <= doc.tokens[k].start && doc.tokens[k].end <= o.end);
  let subjectSide = true; // still in the stretch right before the verb, where its subject stands
  for (let k = verb.index - 1; k >= from; k--) {
    const t = doc.tokens[k];
    const phrase = phraseAt(k);
    if (phrase) {
      if (subjectSide && doc.tokens[tokenAt(doc, phrase.start)].sentence === verb.sentence) {
        k = tokenAt(doc, phrase.start);
        subjectSide = false;
        continue;
      }
      // (", the government said." after the strike: the speaker of a closing frame tells of it, no nearer antecedent)
      if (closingSpeaker(doc, phrase, isReporting)) { k = tokenAt(doc, phrase.start); continue; }
      return undefined; // an actor told nearer
    }
    if (subjectSide && BETWEEN_SUBJECT_AND_VERB.has(t.pos)) continue;
    subjectSide = false;
    if (t.pos === 'NOUN' && words.noun(t.lemma) && doc.tokens[k + 1]?.pos !== 'NOUN') return ownerBefore(doc, phrases, k) ?? null;
  }
  return undefined;
}

/** ", the government said.": a phrase after a comma whose reporting verb ends its sentence. */
function closingSpeaker(doc: AnalyzedText, phrase: ActorPhrase, isReporting: (lemma: string) => boolean): boolean {
  const first = tokenAt(doc, phrase.start), last = tokenAt(doc, phrase.end - 1);
  let before = first - 1;
  if (doc.tokens[before]?.pos === 'DET') before--;
  const verb = doc.tokens[last + 1], end = doc.tokens[last + 2];
  return doc.tokens[before]?.text === ',' && verb !== undefined && isReporting(verb.lemma) && end !== undefined && end.sentence === verb.sentence && /^[.!?]$/.test(end.text);
}

/** The nearest actor before token k in its sentence: who went on strike, passed the law, signed the deal. */
function ownerBefore(doc: AnalyzedText, phrases: readonly ActorPhrase[], k: number): ActorPhrase | undefined {
  const sentence = doc.sentences[doc.tokens[k].sentence];
  return phrases.filter((o) => !o.locative && o.kind !== 'anaphor' && o.start >= sentence.start && o.end <= doc.tokens[k].start).at(-1);
}
