import type { AnalyzedText } from '../nlp/types.ts';
import type { ActorPhrase } from './types.ts';

// CAMEO's transnational prefixes: a body's person has no country of their own to lend
const TRANSNATIONAL = /^(IGO|NGO|MNC|NGM)/;
const PERSONAL_POSSESSIVES = new Set(['his', 'her', 'their']);
const OWNED_BODY_RULE = 'anaphor:owned-body';
/** In a phrase's rule: a role a possessive gives its owner ("its forces", "his interior minister"). */
export const POSSESSIVE_ROLE_RULE = 'anaphor:possessive-role';

/**
 * "The minister said her country would respond. Its troops ...", "the president said his government ...": a body a
 * person names as theirs ("her country", "his government", "his forces") is their state's, so as the antecedent of a
 * later "its" or "their" it stands for that state (or its role), never for the person. `antecedent` is whom the
 * possessive took up; `isStateNoun` says which nouns name a state itself (anaphors.tsv rows of kind state).
 */
export function ownedBody(doc: AnalyzedText, cand: ActorPhrase, antecedent: ActorPhrase | undefined, isStateNoun: (word: string) => boolean): ActorPhrase | undefined {
  if (antecedent?.kind !== 'person' || !PERSONAL_POSSESSIVES.has(cand.text.split(/\s+/)[0].toLowerCase())) return undefined;
  const country = antecedent.code && /^[A-Z]{3}/.test(antecedent.code) && !TRANSNATIONAL.test(antecedent.code) ? antecedent.code.slice(0, 3) : null;
  if (!country) return undefined;
  if (cand.rule === POSSESSIVE_ROLE_RULE && cand.roleCode) {
    return { ...cand, kind: 'role', code: `${country}${cand.roleCode}`, name: cand.text, refersTo: undefined, rule: OWNED_BODY_RULE };
  }
  const noun = /^\s+(\p{L}+)/u.exec(doc.text.slice(cand.end, cand.end + 24));
  if (!noun || !isStateNoun(noun[1].toLowerCase())) return undefined;
  const end = cand.end + noun[0].length;
  return { ...cand, end, text: doc.text.slice(cand.start, end), name: doc.text.slice(cand.start, end), kind: 'country', code: country, plural: false, refersTo: undefined, rule: OWNED_BODY_RULE };
}
