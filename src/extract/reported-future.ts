import type { Token } from '../nlp/types.ts';

// Words a reported subject may be made of between the reporting verb and "would": "said [the two sides] would".
const SUBJECT_POS = new Set(['PRON', 'DET', 'NOUN', 'PROPN', 'ADJ', 'NUM']);
const MAX_SUBJECT = 5;

/**
 * "Kenya said it would send police to Haiti", "Russia announced that its troops would withdraw": "would" right
 * after a reporting verb in the past and the reported subject is the future of that statement (a plan announced),
 * not a hypothetical. True when the words before `would` (at `i`, within the sentence from `from`) are a short subject,
 * an optional "that", and a past reporting verb.
 */
export function isReportedFuture(tokens: readonly Token[], i: number, from: number, reporting: ReadonlyMap<string, string>): boolean {
  let j = i - 1;
  let subject = 0;
  while (j >= from && SUBJECT_POS.has(tokens[j].pos) && tokens[j].lower !== 'that' && subject < MAX_SUBJECT) {
    j--;
    subject++;
  }
  if (subject === 0) return false;
  if (j >= from && tokens[j].lower === 'that') j--;
  const verb = tokens[j];
  return j >= from && verb !== undefined && verb.pos === 'VERB' && reporting.has(verb.lemma) && verb.lower !== verb.lemma;
}
