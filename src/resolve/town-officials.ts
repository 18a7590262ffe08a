import type { Knowledge } from '../knowledge/types.ts';
import type { AnalyzedText } from '../nlp/types.ts';
import type { ActorPhrase } from './types.ts';
import { placeCountry } from './place-titles.ts';
import { townBodies } from './town-bodies.ts';
import { tokenAt } from './token-map.ts';

export const TOWN_OFFICIAL_RULE = 'actor:town-official';
const MAX_NAME_WORDS = 3;
const CAPITALISED = /^\p{Lu}/u;

/**
 * "the mayor of Kharkiv", "Odesa's mayor", "the governor of Kherson", "Lagos's governor": a town's or region's own
 * official (a body of data/lexicon/town-bodies.tsv) that no country names is an official of that place's country, in
 * the official's role (as "Warsaw Mayor Rafal Trzaskowski" is, place-titles.ts). The phrase keeps its words.
 */
export function withTownOfficials(doc: AnalyzedText, kb: Knowledge, phrases: readonly ActorPhrase[]): ActorPhrase[] {
  const bodies = kb.lexicon.townBodies;
  const before = new Map(townBodies(doc, kb).map((b) => [b.bodyEnd, b.town]));
  return phrases.map((p) => {
    if (p.code !== null || p.locative || !p.roleCode || (p.kind !== 'role' && p.kind !== 'anaphor')) return p;
    const last = doc.tokens[tokenAt(doc, p.end - 1)];
    if (!last || !bodies.has(last.lemma) && !bodies.has(last.lower)) return p;
    const town = before.get(p.end);
    const place = town ? { name: town.text, country: town.place.country } : placeAfterOf(doc, kb, last.index);
    if (!place?.country) return p;
    return { ...p, code: `${place.country}${p.roleCode}`, kind: 'role', name: `${place.name} ${p.name}`, rule: TOWN_OFFICIAL_RULE };
  });
}

/** "mayor | of Kharkiv": the capitalised town or region after "of" right after token `k`, with its country; else null. */
function placeAfterOf(doc: AnalyzedText, kb: Knowledge, k: number): { name: string; country: string | undefined } | null {
  const t = doc.tokens;
  if (t[k + 1]?.lower !== 'of' || t[k + 1].sentence !== t[k].sentence) return null;
  for (let end = Math.min(t.length - 1, k + 1 + MAX_NAME_WORDS); end > k + 1; end--) {
    const run = t.slice(k + 2, end + 1);
    if (run.some((w) => !CAPITALISED.test(w.text) || w.sentence !== t[k].sentence)) continue;
    const name = doc.text.slice(run[0].start, run[run.length - 1].end);
    // a country or an armed group's name is read elsewhere ("the governor of Texas" is a region's, kept)
    if (kb.actors.lookup(name).length) return null;
    const country = placeCountry(kb, name);
    if (country) return { name, country };
  }
  return null;
}
