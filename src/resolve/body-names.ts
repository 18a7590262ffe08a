import type { AnalyzedText } from '../nlp/types.ts';
import type { ActorPhrase } from './types.ts';

// The names of bodies read from the body noun beside them (resolve/anaphor-phrases.ts reads the unknown names).

/**
 * "the IG Metall union", "the Unite union": a name right before a body noun of a sector (a role of kind organization
 * in roles.tsv, written in lower case) names that body: one participant, the sector's role (a union acts politically).
 */
export function namedBody(doc: AnalyzedText, known: readonly ActorPhrase[], start: number, end: number): ActorPhrase | null {
  // (a role that took the name's last word in: "the United Auto Workers | Workers union")
  const role = known.find((p) => p.kind === 'role' && p.roleKind === 'organization' && p.code === null && p.start > start && p.end > end && /^\s+[a-z]+$/.test(doc.text.slice(end, p.end)));
  if (!role) return null;
  const text = doc.text.slice(start, role.end);
  return { ...role, start, text, name: text, rule: 'actor:name+body-role' };
}

/** "carmaker Volkswagen", "the automaker Stellantis": a body noun of a sector right before a name names that body. */
export function titledBody(doc: AnalyzedText, known: readonly ActorPhrase[], start: number, end: number): ActorPhrase | null {
  const title = known.find((p) => p.kind === 'role' && p.roleKind === 'organization' && p.code === null && !p.plural && p.end < start && /^\s+$/.test(doc.text.slice(p.end, start)));
  if (!title) return null;
  const text = doc.text.slice(title.start, end);
  return { ...title, end, text, name: doc.text.slice(start, end), rule: 'actor:body-title+name' };
}

/**
 * desk-44: "Kontras, a human rights group, urged", "Karapatan, a rights group, condemned": a name set off by a comma
 * before one body of a kind (an organisation or a group, then a comma or the sentence's end) is that body, as
 * "the rights group Kontras" is; a lone capitalised word needs such a word to be a name at all.
 */
export function appositiveBody(doc: AnalyzedText, known: readonly ActorPhrase[], start: number, end: number): ActorPhrase | null {
  const body = known.find((p) => p.kind === 'role' && (p.roleKind === 'organization' || p.roleKind === 'group') && !p.plural && p.start > end
    && /^\s*,\s*(?:an?\s+|the\s+)?$/i.test(doc.text.slice(end, p.start)) && /^\s*[,.]/.test(doc.text.slice(p.end, p.end + 2)));
  if (!body) return null;
  const text = doc.text.slice(start, end);
  return { ...body, start, end, text, name: text, rule: 'actor:name+apposed-body' };
}
