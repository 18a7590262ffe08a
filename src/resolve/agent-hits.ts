import type { AnalyzedText } from '../nlp/types.ts';
import type { ActorEntry, RoleEntry } from '../knowledge/types.ts';
import { tokenAt } from './token-map.ts';

/** A gazetteer or role word found in the text (resolve/actor-phrases.ts). */
export interface Hit { start: number; end: number; actor?: ActorEntry; role?: RoleEntry }

const SPACE_OR_HYPHEN_ONLY = /^[\s-]*$/;
const POSSESSIVE_ONLY = /^['’]s\s+$/;
const OF_THE = /^\s+of\s+(?:the\s+)?$/;
const BOUND_ROLES = 'data/actors/country-bound-roles.tsv';

/** Adds to `hits` the imported agent nouns (and data/actors/country-bound-roles.tsv's) the text names as actors. */
export function addAgentHits(doc: AnalyzedText, hits: Hit[], matches: ReadonlyArray<{ start: number; end: number; values: readonly RoleEntry[] }>): void {
  // imported sector nouns ("Sudanese peasants"): right after a country (or its possessive, "Brazil's delegate") or
  // before "of" and a country ("the representative of Algeria"), and never over a word ours found but to name, with
  // its country, the body formally ("the Ministry of Foreign Affairs of Senegal", not our "ministry"); alone only
  // police, armed, criminal and opposition groups in the plural ("assailants"), whose country the context may supply later
  for (const m of matches) {
    const ours = hits.filter((h) => h.start < m.end && m.start < h.end);
    const longerName = ours.length > 0 && ours.every((h) => h.role && !h.actor && h.start === m.start && h.end < m.end);
    if (ours.length > 0 && !longerName) continue;
    // (the possessive and "of" forms only for our rows and the formal names: Phoenix's nouns are often ordinary words,
    // "the kingdom of Saudi Arabia", "Pakistan's central bank", "the websites of German ministries")
    const vetted = m.values[0].source === BOUND_ROLES || longerName;
    const afterCountry = hits.some((h) => h.actor && h.end <= m.start && (SPACE_OR_HYPHEN_ONLY.test(doc.text.slice(h.end, m.start)) || vetted && h.actor.kind === 'country' && POSSESSIVE_ONLY.test(doc.text.slice(h.end, m.start))));
    const ofCountry = vetted && hits.some((h) => h.actor?.kind === 'country' && h.start > m.end && OF_THE.test(doc.text.slice(m.end, h.start)));
    if (!(afterCountry || ofCountry || !longerName && standaloneAgent(doc, m.start, m.end, m.values[0]))) continue;
    for (const h of ours) hits.splice(hits.indexOf(h), 1);
    hits.push({ start: m.start, end: m.end, role: m.values[0] });
  }
}

// not MIL: "called up thousands of reservists" names no force acting; police, armed, criminal and opposition groups act
const STANDALONE_AGENT_ROLES = new Set(['COP', 'REB', 'CRM', 'OPP', 'SPY', 'INS', 'SEP']);
/** "the assailants fled", "constables detained him": a plural armed or police agent noun heading its phrase. */
function standaloneAgent(doc: AnalyzedText, start: number, end: number, role: RoleEntry): boolean {
  if (!role.plural || !STANDALONE_AGENT_ROLES.has(role.role)) return false;
  const last = doc.tokens[tokenAt(doc, end - 1)];
  const next = doc.tokens[last.index + 1];
  // a sentence's first word is capitalised and often tagged a proper noun: "Assailants fled"
  const first = doc.tokens[tokenAt(doc, start)];
  const noun = last.pos === 'NOUN' || last.pos === 'PROPN' && first.index === doc.sentences[first.sentence].tokenStart;
  return noun && !(next && next.sentence === last.sentence && (next.pos === 'NOUN' || next.pos === 'PROPN'));
}

