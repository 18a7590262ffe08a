import type { ActorEntry, Knowledge } from '../knowledge/types.ts';
import type { AnalyzedText, Token } from '../nlp/types.ts';
import { isCalendarWordAnyCase } from '../nlp/calendar.ts';
import { beforeUnknownName, familyNameOfAnother } from './name-particle.ts';
import { tokenAt } from './token-map.ts';

/**
 * "Kenya Moore sued the network", "coach Chad Smith", "chief executive Bob Jordan", "Mayor Karen Israel": a country whose
 * name is also a person's (data/lexicon/name-countries.tsv) is part of a personal name, no state, when
 *  - it is a given name: an unknown capitalised name word follows it and ends the name ("Israel Adesanya"), and no
 *    determiner makes the pair a thing's name ("the Iraq War", "the Jordan Valley");
 *  - or it is a family name: an unknown capitalised given name comes right before it and a title or a describing noun
 *    before that ("police chief Tom Jordan"); a capitalised word alone before a country is often its epithet
 *    ("Mainland China", "Southern Chad", "Greater Israel").
 * The name must end there: a third capitalised word makes a body's name ("Kenya Wildlife Service").
 */
export function countryInPersonName(doc: AnalyzedText, kb: Knowledge, start: number, end: number, values: readonly ActorEntry[]): boolean {
  if (!values.every((v) => v.kind === 'country' && !v.demonym)) return false;
  const i = tokenAt(doc, start);
  const t = doc.tokens[i];
  if (!t || t.end !== end || !kb.lexicon.nameCountries?.has(t.lower)) return false;
  const capitalised = (k: number) => doc.tokens[k]?.sentence === t.sentence && doc.tokens[k].pos === 'PROPN' && /^[A-Z]/.test(doc.tokens[k].text) && !isCalendarWordAnyCase(doc.tokens[k].text);
  const before = doc.tokens[i - 1];
  if (beforeUnknownName(doc, kb, start, end) && !capitalised(i + 2) && !(before && before.sentence === t.sentence && THING_DETERMINERS.has(before.lower))) return true;
  if (capitalised(i + 1) || !before || !familyNameOfAnother(doc, kb, start, end, [])) return false;
  return introducesName(doc, kb, doc.tokens[i - 2], before);
}
// a determiner or a possessive before a name makes it a thing's ("the Iraq War", "its Jordan Valley")
const THING_DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'their', "'s", '’s']);

/** A title ("Mayor", "police chief") or a describing noun ("chief executive", "coach") right before a given name. */
function introducesName(doc: AnalyzedText, kb: Knowledge, word: Token | undefined, given: Token): boolean {
  if (!word || word.sentence !== given.sentence) return false;
  if (kb.lexicon.honorifics?.has(word.lower) || kb.roles.lookup(word.lower).some((r) => r.kind === 'person')) return true;
  return (word.pos === 'NOUN' || word.pos === 'ADJ') && word.text === word.lower; // ("police chief": "chief" is read as an adjective)
}
