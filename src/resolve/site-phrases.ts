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
    const site = siteAfter(doc, i, nouns, country, doc.tokens[i].lower);
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
