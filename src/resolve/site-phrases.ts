import type { AnalyzedText } from '../nlp/types.ts';
import { normalizeName } from '../nlp/normalize.ts';
import type { PlaceMention } from './types.ts';

// A site the news names by description — "staged a sit-in at the airport", "rallied outside parliament", "a blast at
// the main police station" — is where an event happened when its sentence names no place by name
// (data/lexicon/site-nouns.tsv; src/core/event-place.ts uses one only then, and only one hanging on the trigger).
// It has no coordinates; its country is the story's. Rule: place:site-phrase.
const SITE_PREPS = new Set(['at', 'outside', 'inside', 'near', 'in']);
const MODIFIER_POS = new Set(['ADJ', 'NOUN', 'PROPN']);
const MAX_MODIFIERS = 3;
const DETERMINERS = new Set(['DET', 'PRON']);

export function sitePhrases(doc: AnalyzedText, nouns: ReadonlyMap<string, boolean>, country: string | null): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (let i = 0; i + 1 < doc.tokens.length; i++) {
    if (!SITE_PREPS.has(doc.tokens[i].lower)) continue;
    const site = siteAfter(doc, i, nouns, country, doc.tokens[i].lower) ?? sidedSettlementAfter(doc, i, country);
    if (!site) continue;
    out.push(site.mention);
    i = site.head;
  }
  return out;
}

/**
 * "condemned the attack in a speech to parliament", "addressing the European Parliament, he accused ...", "told the
 * Senate": a body's site spoken to, in tokens [from, to), is where the statement was made
 * (data/lexicon/address-words.tsv: a noun's "to", a verb's object).
 */
export function addressedSites(doc: AnalyzedText, from: number, to: number, nouns: ReadonlyMap<string, boolean>, addressWords: ReadonlySet<string>, country: string | null): PlaceMention[] {
  const out: PlaceMention[] = [];
  const tokens = doc.tokens;
  for (let i = from; i + 1 < to; i++) {
    const t = tokens[i];
    const verb = t.pos === 'VERB' && addressWords.has(`${t.lower}\tverb`);
    // (the noun after a determiner, whatever the tagger read: "an address to", "his remarks to")
    const noun = tokens[i - 1];
    const toOfNoun = t.lower === 'to' && noun !== undefined && addressWords.has(`${noun.lower}\tnoun`) && (noun.pos === 'NOUN' || DETERMINERS.has(tokens[i - 2]?.pos ?? ''));
    const site = verb || toOfNoun ? siteAfter(doc, i, nouns, country, 'at') : null;
    if (site) out.push(site.mention);
  }
  return out;
}

/** The site noun phrase right after token i: up to three modifiers, then a site noun as its last noun ("the main police station"). */
function siteAfter(doc: AnalyzedText, i: number, nouns: ReadonlyMap<string, boolean>, country: string | null, prep: string): { mention: PlaceMention; head: number } | null {
  const tokens = doc.tokens;
  const sentence = tokens[i].sentence;
  let j = i + 1;
  const definite = tokens[j]?.lower === 'the';
  if (definite) j++;
  let k = j;
  while (k < tokens.length && k - j <= MAX_MODIFIERS && tokens[k].sentence === sentence && MODIFIER_POS.has(tokens[k].pos)) k++;
  const head = k - 1;
  if (head < j || !nouns.has(tokens[head].lower)) return null;
  if (!definite && !(head === j && nouns.get(tokens[head].lower))) return null;
  const start = tokens[definite ? j - 1 : j].start;
  const end = tokens[head].end;
  const text = doc.text.slice(start, end);
  return { mention: { start, end, text, place: { id: `site-phrase:${normalizeName(text)}`, name: text, precision: 'site', country, lat: null, lon: null }, locative: true, prep, rule: 'place:site-phrase' }, head };
}

// "in a northern border town", "near a remote eastern village": a town no name says, set by its compass side
const SIDE_WORD = /^(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)$|^(?:north|south)(?:east|west)ern$/;
const SETTLEMENTS = new Set(['town', 'village', 'city', 'district', 'province', 'region', 'hamlet', 'settlement']);

/** "in a northern border town": after an indefinite article, up to three modifiers with a compass side, then a settlement noun. */
function sidedSettlementAfter(doc: AnalyzedText, i: number, country: string | null): { mention: PlaceMention; head: number } | null {
  const tokens = doc.tokens;
  const j = i + 1;
  if (tokens[j]?.lower !== 'a' && tokens[j]?.lower !== 'an') return null;
  let k = j + 1;
  while (k < tokens.length && k - j <= MAX_MODIFIERS && tokens[k].sentence === tokens[i].sentence && !SETTLEMENTS.has(tokens[k].lower) && (MODIFIER_POS.has(tokens[k].pos) || SIDE_WORD.test(tokens[k].lower))) k++;
  if (!SETTLEMENTS.has(tokens[k]?.lower ?? '') || !tokens.slice(j + 1, k).some((t) => SIDE_WORD.test(t.lower))) return null;
  // ("in a northern town of Mali": the name or country after it is the gazetteer's)
  if (tokens[k + 1]?.lower === 'of' || tokens[k + 1]?.lower === 'called') return null;
  const start = tokens[j].start;
  const text = doc.text.slice(start, tokens[k].end);
  return { mention: { start, end: tokens[k].end, text, place: { id: `site-phrase:${normalizeName(text)}`, name: text, precision: 'city', country, lat: null, lon: null }, locative: true, prep: tokens[i].lower, rule: 'place:sided-settlement' }, head: k };
}
