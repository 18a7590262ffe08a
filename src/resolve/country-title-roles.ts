import type { AnalyzedText } from '../nlp/types.ts';
import type { ActorPhrase } from './types.ts';
import { tokenAt } from './token-map.ts';

export const COUNTRY_TITLE_ROLE_RULE = 'actor:country-title-role';
const COUNTRY_CODE = 3;
const MAX_TITLE_WORDS = 3;
type TitleTable = ReadonlyMap<string, ReadonlyMap<string, string>>;

/**
 * "the U.S. defence chief", "the Pentagon chief": a title whose side differs by country
 * (data/actors/country-title-roles.tsv: the United States' "defence chief" is its civilian secretary, Nigeria's the
 * head of its armed forces) takes that country's side once the phrase is coded with the country. The title is the
 * phrase's end ("defence chief spokesman" is a spokesman), or the word right after a name that holds the rest of it
 * ("Pentagon | chief": the department's name is a phrase of its own, and the title then spans both).
 */
export function withCountryTitleRoles(doc: AnalyzedText, phrases: readonly ActorPhrase[], titles: TitleTable | undefined): ActorPhrase[] {
  if (!titles || titles.size === 0) return [...phrases];
  return phrases.map((p) => {
    if (!p.code || p.code.length <= COUNTRY_CODE || p.locative) return p;
    const country = p.code.slice(0, COUNTRY_CODE);
    const words = p.text.toLowerCase().split(/\s+/);
    const own = titleRole(words, country, titles);
    if (own) return own === p.code.slice(COUNTRY_CODE) ? p : { ...p, code: `${country}${own}`, roleCode: own, rule: `${p.rule}+${COUNTRY_TITLE_ROLE_RULE}` };
    // the title's last word right after the phrase, in lower case and in its sentence
    const last = doc.tokens[tokenAt(doc, p.end - 1)];
    const next = last ? doc.tokens[last.index + 1] : undefined;
    if (!next || next.sentence !== last.sentence || !/^[a-z]+$/.test(next.text) || next.start > p.end + 1) return p;
    const role = titleRole([...words, next.lower], country, titles);
    if (!role || !titles.get(`${words[words.length - 1]} ${next.lower}`)) return p;
    return { ...p, end: next.end, text: doc.text.slice(p.start, next.end), code: `${country}${role}`, roleCode: role, kind: 'role', roleKind: 'person', rule: `${p.rule}+${COUNTRY_TITLE_ROLE_RULE}` };
  });
}

/** The side a country's title at the end of `words` has there ("u.s. defence chief" → USA's "defence chief"). */
function titleRole(words: readonly string[], country: string, titles: TitleTable): string | null {
  // the last words are the title ("defence chief", "pentagon chief"): one lookup each, no scan of the table
  for (let n = Math.min(MAX_TITLE_WORDS, words.length); n >= 1; n--) {
    const role = titles.get(words.slice(-n).join(' '))?.get(country);
    if (role) return role;
  }
  return null;
}
