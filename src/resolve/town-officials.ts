import type { Knowledge } from '../knowledge/types.ts';
import type { AnalyzedText } from '../nlp/types.ts';
import type { ActorPhrase } from './types.ts';
import { placeCountry, regionCountry } from './place-titles.ts';
import { townBodies } from './town-bodies.ts';
import { tokenAt } from './token-map.ts';

export const TOWN_OFFICIAL_RULE = 'actor:town-official';
const MAX_NAME_WORDS = 3;
const CAPITALISED = /^\p{Lu}/u;
// "the governor of Kursk region": a division's word the writer left in lower case is still the place's name
const DIVISION_WORDS = new Set(['region', 'state', 'province', 'oblast', 'governorate', 'prefecture', 'county']);
const POSSESSIVE = /^['’]s$/;
const ROLE_IN_COUNTRY_RULE = 'actor:role-in-country';

interface OwnerPlace { readonly name: string; readonly country: string | null | undefined; readonly start: number; readonly end: number }

/**
 * "the mayor of Kharkiv", "Odesa's mayor", "the governor of Kherson", "Lagos's governor": a town's or region's own
 * official (a body of data/lexicon/town-bodies.tsv) that no country names is an official of that place's country, in
 * the official's role (as "Warsaw Mayor Rafal Trzaskowski" is, place-titles.ts). "Puntland's president", "the chief
 * minister of Punjab", "the president of Iraq's Kurdistan Region": a region's head (data/lexicon/regional-heads.tsv)
 * is such an official too, only after a region's name, so never the country's head of state. The phrase spans the
 * whole title with its place: the place is part of who acted.
 */
export function withTownOfficials(doc: AnalyzedText, kb: Knowledge, phrases: readonly ActorPhrase[]): ActorPhrase[] {
  const bodies = kb.lexicon.townBodies;
  const heads = kb.lexicon.regionalHeads;
  const before = new Map(townBodies(doc, kb).map((b) => [b.bodyEnd, b.town]));
  return phrases.map((p) => {
    if (p.locative || !p.roleCode || (p.kind !== 'role' && p.kind !== 'anaphor')) return p;
    const last = doc.tokens[tokenAt(doc, p.end - 1)];
    if (!last) return p;
    const body = bodies.has(last.lemma) || bodies.has(last.lower);
    const head = !body && heads?.has(p.text.toLowerCase().replace(/^the\s+/, '')) === true;
    // ("the president of Iraq's Kurdistan Region": the title took the country owning the region as its own)
    if (!body && !head || p.code !== null && !(head && p.rule === ROLE_IN_COUNTRY_RULE)) return p;
    const town = body ? before.get(p.end) : undefined;
    const place: OwnerPlace | null = town ? { name: town.text, country: town.place.country, start: town.start, end: town.end }
      : placeAfterOf(doc, kb, last.index, head) ?? (head ? regionBefore(doc, kb, tokenAt(doc, p.start)) : null);
    if (!place?.country) return p;
    const start = Math.min(p.start, place.start);
    const end = Math.max(p.end, withDivisionWord(doc, place.end));
    return { ...p, start, end, text: doc.text.slice(start, end), code: `${place.country}${p.roleCode}`, kind: 'role', name: `${place.name} ${p.name}`, rule: TOWN_OFFICIAL_RULE };
  });
}

/** "the governor of Kursk | region": a place's lower-case division word right after it (ending at `end`) is its name's. */
function withDivisionWord(doc: AnalyzedText, end: number): number {
  const k = tokenAt(doc, end - 1);
  const next = doc.tokens[k + 1];
  return next && next.sentence === doc.tokens[k].sentence && DIVISION_WORDS.has(next.lower) ? next.end : end;
}

/**
 * "mayor | of Kharkiv", "president | of Iraq's Kurdistan Region": the capitalised town or region after "of" right after
 * token `k` (a region only, for a region's head), with its country; else null.
 */
function placeAfterOf(doc: AnalyzedText, kb: Knowledge, k: number, regionOnly: boolean): OwnerPlace | null {
  const t = doc.tokens;
  if (t[k + 1]?.lower !== 'of' || t[k + 1].sentence !== t[k].sentence) return null;
  let from = k + 2;
  // "of Iraq's Kurdistan Region", "of Nigeria's Borno state": a country owning the region names it, the region is the place
  const owner = POSSESSIVE.test(t[from + 1]?.lower ?? '') && CAPITALISED.test(t[from]?.text ?? '') ? kb.actors.lookup(t[from].text).find((a) => a.kind === 'country') : undefined;
  if (owner) from += 2;
  for (let end = Math.min(t.length - 1, from + MAX_NAME_WORDS - 1); end >= from; end--) {
    const run = t.slice(from, end + 1);
    if (run.some((w) => !CAPITALISED.test(w.text) || w.sentence !== t[k].sentence)) continue;
    const name = doc.text.slice(run[0].start, run[run.length - 1].end);
    // a country or an armed group's name is read elsewhere ("the governor of Texas" is a region's, kept)
    if (kb.actors.lookup(name).length) return null;
    const country = regionOnly ? regionCountry(kb, name, owner?.country ?? undefined) : placeCountry(kb, name);
    if (!country) continue;
    return { name, country: owner?.country ?? country, start: t[k + 2].start, end: t[end].end };
  }
  return null;
}

/** "Puntland's | president", "Punjab's chief minister": the region named as the owner right before token `k`; else null. */
function regionBefore(doc: AnalyzedText, kb: Knowledge, k: number): OwnerPlace | null {
  const t = doc.tokens;
  let last = k - 1;
  if (t[last]?.lower === 'the') return null;
  if (!POSSESSIVE.test(t[last]?.lower ?? '')) return null;
  last--;
  // ("Borno state's governor")
  const nameEnd = DIVISION_WORDS.has(t[last]?.lower ?? '') ? last - 1 : last;
  for (let first = Math.max(0, nameEnd - MAX_NAME_WORDS + 1); first <= nameEnd; first++) {
    const run = t.slice(first, nameEnd + 1);
    if (run.length === 0 || run.some((w) => !CAPITALISED.test(w.text) || w.sentence !== t[k].sentence)) continue;
    const name = doc.text.slice(run[0].start, run[run.length - 1].end);
    if (kb.actors.lookup(name).length) return null;
    const country = regionCountry(kb, name);
    if (country) return { name, country, start: run[0].start, end: t[last].end };
  }
  return null;
}
