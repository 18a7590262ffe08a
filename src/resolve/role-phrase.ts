import type { AnalyzedText, Token } from '../nlp/types.ts';
import type { ActorPhrase } from './types.ts';
import type { RoleEntry } from '../knowledge/types.ts';
import { tokenAt } from './token-map.ts';

// A bare role's phrase ("troops", "the president") read against its neighbours: the adjectives it keeps, and whether
// a determiner before it points back to an actor named before (split from actor-phrases.ts).

const roleKind = (p: Omit<ActorPhrase, 'locative'>) => p.roleKind ?? null;

/** "foreign troops", "armed men": a bare role keeps the adjectives before it. */
export function widenRole(doc: AnalyzedText, p: Omit<ActorPhrase, 'locative'>): Omit<ActorPhrase, 'locative'> {
  if (p.rule !== 'actor:role') return p;
  let i = tokenAt(doc, p.start) - 1;
  let start = p.start;
  const gerund = (k: number) => /ing$/.test(doc.tokens[k].lower) && doc.tokens[k - 1]?.pos === 'VERB'; // "kept attacking | government convoys"
  // "Western leaders", "Arab diplomats", "Foreign troops" opening a sentence: the tagger reads a capitalised adjective
  // of bloc or origin as a proper noun
  // ... and "the detained president", "the ousted leader": a past participle the tagger reads as a verb, right after a
  // determiner, before one person's role ("Police arrested | protesters" has none; "the detained journalists" stay
  // the journalists)
  const modifier = (t: Token) => t.pos === 'ADJ' && !gerund(t.index) || (OPPOSITION.test(t.text) && t.pos === 'NOUN') || t.pos === 'PROPN' && BLOC_ADJECTIVES.has(t.lower)
    || !p.plural && t.pos === 'VERB' && /[a-z]ed$/.test(t.lower) && DETERMINERS.has(doc.tokens[t.index - 1]?.lower ?? '');
  while (i >= 0 && modifier(doc.tokens[i]) && doc.tokens[i].sentence === doc.tokens[i + 1]?.sentence) start = doc.tokens[i--].start;
  const text = doc.text.slice(start, p.end);
  // "an opposition mayor", "opposition campaign workers", "pro-democracy activists": the opposition
  const roleCode = OPPOSITION.test(text) ? 'OPP' : p.roleCode;
  // "opposition supporters", "government employees": a role word before a plural noun it describes is as many as that
  // noun ("some of them" takes them up)
  const next = doc.tokens[tokenAt(doc, p.end)];
  const plural = p.plural || (next !== undefined && next.start === p.end + 1 && next.pos === 'NOUN' && next.lemma !== next.lower && /s$/.test(next.lower));
  return { ...p, start, text, name: text, roleCode, plural };
}
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their']);
const OPPOSITION = /\b(opposition|dissident|pro-democracy)\b/i;
const BLOC_ADJECTIVES = new Set(['western', 'eastern', 'arab', 'gulf', 'nordic', 'baltic', 'balkan', 'latin', 'foreign', 'international', 'multinational', 'unidentified', 'unknown', 'armed', 'masked']);

/** "the group", "the president", "the militants": a bare role after "the" points back to an actor named before. */
export function definite(doc: AnalyzedText, p: Omit<ActorPhrase, 'locative'>): Omit<ActorPhrase, 'locative'> {
  if (p.rule !== 'actor:role') return p;
  const before = doc.tokens[tokenAt(doc, p.start) - 1];
  if (!before || !['the', 'this', 'that', 'these', 'those'].includes(before.lower)) return p;
  // "reports that militants had seized": "that" before a plural opens a clause, it points back to nothing
  if (p.plural && (before.lower === 'that' || before.lower === 'this')) return p;
  if (/^\s+(of|in|from)\s/i.test(doc.text.slice(p.end, p.end + 7))) return p; // "the leaders of Poland" names them
  // "the cleric Tahir-ul Qadri", "the envoy Lakhdar Brahimi": a title before a name introduces, it does not point back
  const next = doc.tokens[tokenAt(doc, p.end)];
  if (next && next.pos === 'PROPN' && /^[A-Z]/.test(next.text) && /^\s+$/.test(doc.text.slice(p.end, next.start))) return p;
  const role = p.entry === null ? roleKind(p) : null;
  if (role !== 'group' && role !== 'person') return p;
  return { ...p, start: before.start, text: doc.text.slice(before.start, p.end), kind: 'anaphor', refersTo: role, rule: `anaphor:definite-${role}` };
}

/**
 * "the court's judges", "the party's lawmakers", "the army's commanders": members (plural) named by their body's possessive act
 * as that body, so the phrase takes up what the body would (the party named before, the court's country); the members'
 * own role stays theirs. The kind of the singular body role before "'s", or null.
 */
export function bodyOfMembers(doc: AnalyzedText, hits: ReadonlyArray<{ readonly end: number; readonly role?: RoleEntry }>): string | null {
  // (one member is one person, whom "he" takes up: "the ministry's spokesman said ... He dismissed")
  if (hits[hits.length - 1]?.role?.plural !== true) return null;
  for (let k = hits.length - 2; k >= 0; k--) {
    const body = hits[k].role;
    if (body && !body.plural && body.kind !== 'person' && body.kind !== 'civilian' && /^['’]s\s/.test(doc.text.slice(hits[k].end, hits[k].end + 3))) return body.kind;
  }
  return null;
}
