import type { ActorPhrase } from '../resolve/types.ts';
import type { SentenceContext } from './context.ts';
import type { Trigger } from './triggers.ts';
import { lastTokenOf } from './roles.ts';
import { isInstrumentVerb } from './tree-roles/object-words.ts';
import { isCountHedgeWord } from './quantifier.ts';
import { POSSESSIVE_DETERMINERS } from './noun-modifier-actor.ts';
import { stateWordRole } from './tree-roles/demonym-owner.ts';

// What the words after a pattern say about its object, for candidate.ts: the country an act lands on, and
// whether the object is military equipment.

/** The country of the first place or country named in the object, before the clause ends. */
export function objectCountry(ctx: SentenceContext, tr: Trigger): ActorPhrase | null {
  const t = ctx.doc.tokens;
  const end = Math.min(ctx.sentence.tokenEnd, tr.end + 12);
  for (let i = tr.head + 1; i < end; i++) {
    if (t[i].text === ',' || t[i].pos === 'SCONJ' || t[i].pos === 'VERB' && i > tr.end) return null;
    const p = ctx.phraseAt.get(i);
    const code = p?.kind === 'country' ? p.entry?.country ?? p.code?.slice(0, 3) : undefined;
    const place = ctx.places?.overlapping(t[i].start, t[i].end).find((x) => x.place.country && x.place.precision !== 'site');
    const country = code ?? place?.place.country;
    if (!country) continue;
    // only a possessor ("Ukraine's grid", "in Russia's Oryol region") or an "of" complement ("areas of Kherson")
    // names what was hit; "in Baghdad" says where
    const first = p ?? place!;
    const possessor = /^\s*['’]s\b/.test(ctx.doc.text.slice(first.end, first.end + 3));
    // ... not the "of" of a side ("a town 100 km east of Bamako", "just north of Rafah"): a reference point, no part hit
    const ofComplement = t[i - 1]?.lower === 'of' && !inSettingPhrase(ctx, i - 1) && !SIDES.has(t[i - 2]?.lower ?? '');
    if (!possessor && !ofComplement) {
      i = Math.max(i, (p ? lastTokenOf(ctx, p) : i));
      continue;
    }
    const span = p ?? place!;
    const name = ctx.kb.countries.get(country)?.name ?? country;
    return { start: span.start, end: span.end, text: ctx.doc.text.slice(span.start, span.end), name, code: country, kind: 'country', plural: false, entry: null, locative: false, prep: null, rule: 'actor:object-place-country' };
  }
  return null;
}

const SIDES = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'north-east', 'north-west', 'south-east', 'south-west']);

// "in the state of Guerrero", "near the town of Kidal", "off the coast of Yemen": an "of" phrase inside these says where, as "in Guerrero" does
const SETTING_PREPS = new Set(['in', 'inside', 'across', 'throughout', 'near', 'at', 'around', 'outside', 'within', 'from', 'off', 'along']);

/** The noun phrase that the "of" at `of` completes ("the southwestern state of") is marked by a setting preposition. */
function inSettingPhrase(ctx: SentenceContext, of: number): boolean {
  const t = ctx.doc.tokens;
  let i = of - 1;
  while (i > ctx.sentence.tokenStart && ['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM'].includes(t[i].pos) && !SETTING_PREPS.has(t[i].lower)) i--;
  // ... or "northwest of the town of Djibo": a side's reference point
  return SETTING_PREPS.has(t[i].lower) || t[i].lower === 'of' && SIDES.has(t[i - 1]?.lower ?? '');
}

/** "destroyed three tanks", "shot down two drones": military equipment (or a site an armed body holds) is an object enough for an attack. */
export function equipmentObject(ctx: SentenceContext, tr: Trigger): boolean {
  let weapon = false;
  for (let i = tr.end; i < Math.min(ctx.sentence.tokenEnd, tr.end + 5); i++) {
    const t = ctx.doc.tokens[i];
    // any noun of the phrase's run of nouns: "three enemy | tanks", "four enemy artillery pieces"
    if (t.pos === 'NOUN') weapon ||= ctx.kb.lexicon.weaponNouns.has(t.lemma);
    // "ambushed a military facility", "raided an army camp": what a state's armed body holds is as much an object
    weapon ||= (t.pos === 'ADJ' || t.pos === 'NOUN') && stateWordRole(ctx.kb, t.lower)?.kind === 'military';
    if (t.pos === 'NOUN' && ['NOUN', 'ADJ'].includes(ctx.doc.tokens[i + 1]?.pos ?? '') && i + 1 < ctx.sentence.tokenEnd) continue;
    if (t.pos === 'NOUN') return weapon;
    if (!['DET', 'ADJ', 'NUM', 'PRON'].includes(t.pos)) return false;
  }
  return false;
}

/** "used artillery outside the town", "fired mortars": a weapon an instrument verb wields is its means, not its target. */
export function isWieldedWeapon(ctx: SentenceContext, tr: Trigger, p: ActorPhrase): boolean {
  return isInstrumentVerb(ctx.kb, ctx.doc.tokens[tr.head].lemma) && ctx.kb.lexicon.weaponNouns.has(ctx.doc.tokens[lastTokenOf(ctx, p)].lemma);
}

/**
 * The phrase starts right after the pattern, with at most determiners, numbers and adjectives between, or nouns
 * that modify its first word: "called on the election authorities" (an act noun is never the phrase's own word).
 */
export function isDirectObject(ctx: SentenceContext, tr: Trigger, p: ActorPhrase): boolean {
  if (p.start < ctx.doc.tokens[tr.end - 1].end) return true; // inside the pattern's gap: "threatened Iran with"
  const modifiers = nounModifiersBefore(ctx, p);
  for (let i = tr.end; i < ctx.sentence.tokenEnd && ctx.doc.tokens[i].start < p.start; i++) {
    const t = ctx.doc.tokens[i];
    if (i >= modifiers) continue;
    // "pardoned more than 3,000 prisoners": the hedge of a count is part of the object
    // "met his Israeli counterpart": a possessive determiner belongs to the object
    if (t.pos === 'PRON' && POSSESSIVE_DETERMINERS.has(t.lower)) continue;
    // "met visiting Spanish Prime Minister X": a participle the tree reads as describing a later noun is the object's
    if (t.pos === 'VERB' && ctx.tree().label(i) === 'amod' && ctx.tree().head(i) > i) continue;
    // "met German Chancellor Olaf Scholz", "met Jordanian King Abdullah": a nationality the tagger took for a name, or a
    // rank, which the tree hangs in the object's own noun phrase, belongs to the object (a known person's phrase starts
    // at its honorific or name); a place's name inside another noun phrase is no person ("the South China Sea dispute")
    if (p.kind === 'person' && sameNounPhrase(ctx, i, p)) continue;
    // "expelled the head of the EU delegation": an office of the body it names speaks and acts for it
    // (data/lexicon/title-nouns.tsv), so the body is the object
    // "met a delegation of U.S. senators": the envoys a party sends are that party (data/lexicon/envoy-nouns.tsv)
    if (t.pos === 'NOUN' && (ctx.kb.lexicon.titleNouns.has(t.lemma) || ctx.kb.lexicon.envoyNouns.has(t.lower)) && ctx.doc.tokens[i + 1]?.lower === 'of') { i++; continue; }
    // "released nine of them", "freed some of the hostages", "killed most of the captives": a count or a share of a
    // whole, whose "of" names the ones the act befalls (data/lexicon/partitive-words.tsv)
    if (t.lower === 'of' && i > tr.end && isShareOf(ctx, i - 1)) continue;
    if (!['DET', 'NUM', 'ADJ', 'ADV', 'PART'].includes(t.pos) && t.lower !== 'that' && !isCountHedgeWord(ctx.doc.tokens, i, ctx.sentence.tokenEnd)) return false;
  }
  return true;
}

/** The first token of the run of nouns and adjectives right before the phrase, with a noun in it ("the | election | authorities"). */
// the words of one noun phrase on the tree: a modifier, a compound, a name's parts, a rank before a name
const PHRASE_LINKS = new Set(['amod', 'compound', 'flat', 'nmod:desc']);
const phraseHead = (ctx: SentenceContext, k: number) => {
  const view = ctx.tree();
  for (let n = 0; n < 8 && PHRASE_LINKS.has(view.label(k)) && view.head(k) >= 0; n++) k = view.head(k);
  return k;
};
/** "met Saudi Crown Prince Mohammed bin Salman": a word before the phrase whose tree phrase is the phrase's own. */
function sameNounPhrase(ctx: SentenceContext, i: number, p: ActorPhrase): boolean {
  const first = ctx.doc.tokens.findIndex((x) => x.start >= p.start);
  return first > i && PHRASE_LINKS.has(ctx.tree().label(i)) && phraseHead(ctx, i) === phraseHead(ctx, first);
}

function nounModifiersBefore(ctx: SentenceContext, p: ActorPhrase): number {
  const t = ctx.doc.tokens;
  let first = ctx.sentence.tokenStart;
  while (first < ctx.sentence.tokenEnd && t[first].start < p.start) first++;
  let i = first;
  while (i > ctx.sentence.tokenStart && (t[i - 1].pos === 'NOUN' || t[i - 1].pos === 'ADJ')) i--;
  return t.slice(i, first).some((x) => x.pos === 'NOUN') ? i : first;
}

/**
 * "stormed into southern Israel", "infiltrated into Lebanon": an attack verb whose object is a move into a country or
 * a region of one lands on that country (a town is where, not whom). Only right after the verb, with
 * determiners, adjectives and compass words between ("into the north of Israel" is a setting, no object).
 */
export function enteredCountry(ctx: SentenceContext, tr: Trigger, rules: string[]): ActorPhrase | null {
  const t = ctx.doc.tokens;
  if (tr.end !== tr.head + 1 || t[tr.end]?.lower !== 'into') return null;
  let i = tr.end + 1;
  while (i < ctx.sentence.tokenEnd && (t[i].pos === 'DET' || t[i].pos === 'ADJ')) i++;
  if (i >= ctx.sentence.tokenEnd) return null;
  const p = ctx.phraseAt.get(i);
  const place = p ? null : ctx.places?.overlapping(t[i].start, t[i].end).find((x) => x.place.country && (x.place.precision === 'region' || x.place.precision === 'country') && x.start === t[i].start);
  const named = p?.kind === 'country' && p.start === t[i].start && p.rule !== 'actor:city-stands-for-country'; // (a town stands for no country here)
  const country = named ? p.entry?.country ?? p.code?.slice(0, 3) : place?.place.country;
  if (!country) return null;
  const span = p ?? place!;
  const name = ctx.kb.countries.get(country)?.name ?? country;
  rules.push('roles:entered-place-country');
  return { start: span.start, end: span.end, text: ctx.doc.text.slice(span.start, span.end), name, code: country, kind: 'country', plural: false, entry: null, locative: false, prep: null, rule: 'actor:entered-place-country' };
}

// the quantifiers a share of people is counted by before "of": "some of them", "several of the hostages"
const SHARE_DETERMINERS = new Set(['some', 'many', 'several', 'few', 'each', 'both', 'none', 'one']);

/** The token before "of" counts a share of the whole: a number, a quantifier, or a partitive word ("nine", "some", "most"). */
function isShareOf(ctx: SentenceContext, k: number): boolean {
  const t = ctx.doc.tokens[k];
  return t.pos === 'NUM' || SHARE_DETERMINERS.has(t.lower) || (ctx.kb.lexicon.partitiveWords?.has(t.lower) ?? false);
}
