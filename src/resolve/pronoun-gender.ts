import type { ActorPhrase } from './types.ts';

/** Given names and the gender their bearers nearly always have (data/lexicon/given-name-genders.tsv). */
export type GivenNameGenders = ReadonlyMap<string, 'male' | 'female'>;

const MALE = new Set(['he', 'him', 'his', 'himself']);
const FEMALE = new Set(['she', 'her', 'hers', 'herself']);
// what names no single person, whatever its words
const NO_PERSON = new Set(['country', 'group', 'organization']);

/**
 * "Schoof said on Monday that Dilan Yesilgoz had left the talks. He accused …": a gendered pronoun ("he", "his party",
 * "her") never takes up a person whose given name is the other gender's; it goes on to one named before. A name the
 * list lacks, or a person named by no word of the name ("the minister"), sets no constraint (roles-47).
 */
export function genderClash(genders: GivenNameGenders | undefined, pronoun: ActorPhrase, target: ActorPhrase): boolean {
  if (!genders || genders.size === 0 || NO_PERSON.has(target.kind) || target.plural) return false;
  const first = pronoun.text.trim().split(/\s+/)[0].toLowerCase();
  const wanted = MALE.has(first) ? 'male' : FEMALE.has(first) ? 'female' : null;
  if (wanted === null) return false;
  const words = target.name.trim().split(/\s+/);
  // (a person the text names by a title alone, "the British prime minister", is not named: whoever the gazetteer says
  // holds the office, the writer's pronoun may mean another)
  const said = target.text.toLowerCase().split(/[\s,]+/);
  if (words.length < 2 || !words.some((w) => said.includes(w.toLowerCase()))) return false;
  const given = genders.get(words[0].toLowerCase());
  return given !== undefined && given !== wanted;
}
