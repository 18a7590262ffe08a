import type { AnalyzedText } from '../nlp/types.ts';
import type { ActorPhrase } from './types.ts';
import { tokenAt } from './token-map.ts';

export const APPOSED_TITLE_NAME_RULE = 'actor:title+apposed-name';

// "Japan's top government spokesman, Chief Cabinet Secretary Minoru Kihara, said ... He demanded": an office held in a
// country with a person's name set off after it by commas is one person. The office knows the country (JPNGOV), the
// name no gazetteer knows does not ("Chief Cabinet Secretary" alone is of no country): the name takes the office's
// code, and the office the name, so whichever of the two a later "he" or the speaker finds says who, and for whom.
const OPENING = /^\s*,\s*$/;
const CLOSING = /^\s*,/;
// two or three capitalised words at the end: a person's name ("Minoru Kihara", "Ali Hassan Ahmed")
const PERSON_NAME = /(?:^|\s)[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){1,2}$/;

/** The phrases with each country's office and the unknown person's name apposed to it sharing code and name. */
export function withApposedTitleNames(doc: AnalyzedText, phrases: readonly ActorPhrase[]): ActorPhrase[] {
  const out = [...phrases];
  for (let i = 0; i + 1 < out.length; i++) {
    const office = out[i];
    const person = out[i + 1];
    if (!isCountryOffice(office) || !isUnknownPerson(person) || !PERSON_NAME.test(person.name)) continue;
    if (doc.tokens[tokenAt(doc, office.start)]?.sentence !== doc.tokens[tokenAt(doc, person.start)]?.sentence) continue;
    if (!OPENING.test(doc.text.slice(office.end, person.start)) || !CLOSING.test(doc.text.slice(person.end, person.end + 2))) continue;
    out[i] = { ...office, name: person.name, rule: APPOSED_TITLE_NAME_RULE };
    out[i + 1] = { ...person, code: office.code, kind: 'person', rule: APPOSED_TITLE_NAME_RULE };
  }
  return out;
}

// ("the country's interior minister": no country code, nothing to give; "Kenya's interior minister": KENGOV)
const isCountryOffice = (p: ActorPhrase) => p.kind === 'person' && p.rule !== 'actor:named' && p.entry?.kind !== 'person' && p.code !== null && /^[A-Z]{3}[A-Z]{3}$/.test(p.code) && !p.plural && !p.locative;
// a name the gazetteers lack, bare or with a title of no country ("Chief Cabinet Secretary Minoru Kihara")
const isUnknownPerson = (p: ActorPhrase) => p.code === null && !p.plural && !p.locative && (p.kind === 'named' || p.kind === 'role' && p.roleKind === 'person');
