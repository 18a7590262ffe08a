import type { AnalyzedText } from '../nlp/types.ts';
import type { ActorPhrase } from './types.ts';
import { SpanIndex } from './span-index.ts';
import { locativePrep } from './token-map.ts';
import { definiteDescriptionEnd } from './definite-description.ts';

export const STATE_DESCRIPTION_RULE = 'anaphor:state-description';

// "in the country", "across the kingdom", "of the country": the place of the country, no participant
const PLACE_ONLY_PREPS = new Set(['dateline', 'in', 'near', 'inside', 'outside', 'across', 'throughout', 'around', 'within', 'along', 'of', 'from']);
// what may not follow the description for it to end its phrase: "the country director", "the kingdom's army"
const NOT_AFTER = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM', 'PART']);

/**
 * "Iran fired missiles at Israel. The country also ...", "India pledged aid to the island nation": a definite
 * description of a state (data/lexicon/anaphors.tsv rows of "state" with "the") takes up the country named before, as
 * "it" would (anaphora.ts: only a country, never the verb's own subject). Not over a phrase already found ("the
 * government" is a role), not before a possessive or a noun it describes ("the country's army", "the country office"),
 * nor before "of" ("the kingdom of Saudi Arabia"), nor after a preposition of place ("in the country", "out of the country").
 */
export function stateDescriptions(doc: AnalyzedText, anaphors: ReadonlyMap<string, string>, phrases: readonly ActorPhrase[]): ActorPhrase[] {
  const index = new SpanIndex(phrases);
  const added: ActorPhrase[] = [];
  const tokens = doc.tokens;
  for (let i = 0; i < tokens.length; i++) {
    // ("the kingdom of Saudi Arabia", "the Republic of Congo": the name follows, nothing is taken up)
    const j = definiteDescriptionEnd(tokens, i, anaphors, 'state', (next) => NOT_AFTER.has(next.pos) || next.text === '-');
    if (j === null) continue;
    const start = tokens[i].start, end = tokens[j].end;
    if (index.overlaps(start, end)) continue;
    const prep = locativePrep(doc, start, false);
    const text = doc.text.slice(start, end);
    added.push({ start, end, text, name: text, code: null, kind: 'anaphor', plural: false, entry: null, refersTo: 'state', locative: prep !== null && PLACE_ONLY_PREPS.has(prep), prep, rule: STATE_DESCRIPTION_RULE });
    i = j;
  }
  return added.length === 0 ? [...phrases] : [...phrases, ...added].sort((a, b) => a.start - b.start);
}
