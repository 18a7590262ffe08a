import type { AnalyzedText } from '../nlp/types.ts';
import type { ActorPhrase } from './types.ts';
import { tokenAt } from './token-map.ts';
import { PERSON_SHAPE } from './later-mentions.ts';
import { isRoleHolder } from './titled-person.ts';

export const ROLE_HOLDER_NAME_RULE = 'actor:role-holder-name';

// (a name set off by a comma or owning something is described there, not taken up: "Ali Musa, a farmer, said")
const DESCRIBED_AFTER = /^\s*(?:,|['’]s\b|\()/;

// ("a police spokesman", "a Nigerian police spokesman": descriptions, not "the French president", whom the gazetteer names)
// ("a police spokesman" speaks for the police, resolve/side-roles.ts: a description all the same)
const DESCRIPTIONS = new Set(['actor:role', 'actor:country+role', 'actor:country+side-role', 'actor:role-in-country']);
/** One holder of a person's role the story names by a description alone ("a provincial government spokesman"). */
const isUnnamedHolder = (p: ActorPhrase) => !p.plural && (DESCRIPTIONS.has(p.rule) && (p.kind === 'person' || p.roleKind === 'person') || isRoleHolder(p));
/** A phrase that names or describes one person: another candidate for whom the name is. */
const isPersonLike = (p: ActorPhrase) => !p.plural && (p.kind === 'person' || p.roleKind === 'person' || p.kind === 'named' && PERSON_SHAPE.test(p.name) || p.kind === 'anaphor' && p.refersTo === 'person');

/**
 * "A provincial government spokesman said the district had held ... Abdul Rahman Mangal dismissed reports that it would
 * fall": wire copy that names the role holder only when he next speaks. A full name in a person's shape that no title,
 * apposition or earlier mention explains, opening a sentence as its subject, is the holder of a person's role named by
 * a description alone who opens one of the two sentences before (the nearest sentence a person opens; people inside
 * that one's report do not count: "said fighters killed its police chief, Said Ali"): the role's code and kind, for the event's country to
 * complete as the title's would (rule `actor:role-holder-name`).
 */
export function roleHolderNames(doc: AnalyzedText, phrases: readonly ActorPhrase[], known: readonly ActorPhrase[]): ActorPhrase[] {
  if (!phrases.some((p) => p.rule === 'actor:unknown-name')) return [...phrases];
  const all = [...known, ...phrases].filter((p) => !p.locative).sort((a, b) => a.start - b.start);
  const sentenceOf = (at: number) => doc.tokens[tokenAt(doc, at)]?.sentence ?? -1;
  return phrases.map((p) => {
    if (p.rule !== 'actor:unknown-name' || !PERSON_SHAPE.test(p.name)) return p;
    const s = sentenceOf(p.start);
    const sentence = doc.sentences[s];
    if (!sentence || doc.tokens[sentence.tokenStart].start !== p.start || DESCRIBED_AFTER.test(doc.text.slice(p.end, p.end + 3))) return p;
    // the name's first mention only
    if (all.some((o) => o.end <= p.start && o.name === p.name)) return p;
    const holder = lastSpeakingPerson(all, sentenceOf, s);
    if (!holder || !isUnnamedHolder(holder) || namedNext(doc, holder, all)) return p;
    if (holder.code) return { ...p, kind: 'person', code: holder.code, rule: ROLE_HOLDER_NAME_RULE };
    return { ...p, kind: 'role', roleKind: 'person', roleCode: holder.roleCode, code: null, rule: ROLE_HOLDER_NAME_RULE };
  });
}

/** "the governor, Ahmed Ali," "spokesman Ali Musa": a holder with a name beside it is that name's, not a later one's. */
const namedNext = (doc: AnalyzedText, holder: ActorPhrase, all: readonly ActorPhrase[]) =>
  all.some((o) => o !== holder && (o.start < holder.end && o.end > holder.start || o.start >= holder.end && /^[\s,]*$/.test(doc.text.slice(holder.end, o.start)) && (o.kind === 'named' || o.kind === 'person')));

/** The phrase opening the nearest of the two sentences before `s` that a single person opens, if any. */
function lastSpeakingPerson(all: readonly ActorPhrase[], sentenceOf: (at: number) => number, s: number): ActorPhrase | undefined {
  for (let back = s - 1; back >= s - 2 && back >= 0; back--) {
    const opener = all.find((o) => sentenceOf(o.start) === back);
    if (opener && isPersonLike(opener)) return opener;
  }
  return undefined;
}
