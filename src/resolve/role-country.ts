import type { ActorEntry, Knowledge } from '../knowledge/types.ts';
import type { AnalyzedText } from '../nlp/types.ts';
import type { ActorPhrase } from './types.ts';
import { tokenAt } from './token-map.ts';
import { baseForms } from '../extract/morphology.ts';
import { isVenue } from './meeting-venue.ts';

// A country or demonym around a role: whose the role is ("police in Kenya", "Somali and Kenyan troops"), and which
// nouns a demonym names its state before (moved from actor-phrases.ts, unchanged).

/**
 * "Somali and Kenyan troops", "Egyptian and Qatari mediators" (after demonymBeforeNoun): the first demonym shares the
 * role; in a longer list each one before a comma shares it with the next ("Russian, Iranian and Syrian forces": `next`
 * is read first, sharing already).
 */
export function sharedRole(doc: AnalyzedText, p: ActorPhrase, next: ActorPhrase | undefined): ActorPhrase {
  const shareable = ['actor:country+role', 'actor:country+weapon', 'actor:country+military-act', 'actor:demonym+national'];
  if (p.rule !== 'actor:country' || !p.entry?.modifier || !next || !next.code) return p;
  const listed = next.rule === 'actor:shared-role' && /^\s*,\s*$/.test(doc.text.slice(p.end, next.start));
  if (!shareable.includes(next.rule) && !listed) return p;
  if (!/^\s*(and|or|,)\s*$/.test(doc.text.slice(p.end, next.start))) return p;
  const noun = doc.text.slice(next.start, next.end).split(/\s+/).slice(1).join(' ');
  return { ...p, code: `${p.code}${next.code.slice(3)}`, name: noun ? `${p.text} ${noun}` : p.name, rule: 'actor:shared-role' };
}

/**
 * A demonym names the state before a role ("Iraqi forces", merged above), a weapon ("Russian missiles" → RUSMIL), an
 * event noun ("US strikes") or traded goods; before other nouns it only describes ("the Chinese market"): no actor.
 */
export function demonymBeforeNoun(doc: AnalyzedText, kb: Knowledge, p: ActorPhrase): ActorPhrase | null {
  const possessor = possessorOfArmedAct(doc, kb, p);
  if (possessor) return possessor;
  if (p.rule !== 'actor:country' || !p.entry?.modifier) return p;
  let i = tokenAt(doc, p.end);
  while (doc.tokens[i] && (doc.tokens[i].pos === 'ADJ' || doc.tokens[i].text === '-') && doc.tokens[i].start < p.end + 40) i++;
  const next = doc.tokens[i];
  const sameSentence = next !== undefined && next.sentence === doc.tokens[tokenAt(doc, p.start)]?.sentence;
  // "killed in Israeli strikes", "in Russian shelling": the preposition governs the act or weapon the demonym
  // modifies, so it makes no place of the demonym; the country does that act
  const doer = p.locative && p.prep !== 'dateline' ? { ...p, locative: false } : p;
  // "a Russian drone strike", "U.S. airstrikes", "Israeli shelling": an act of armed force is the country's military's
  // (a country used as a modifier, "U.S.", names the doer only here: its other nouns are left as they were; a name
  // that is no abbreviation is rather a headline's subject: "Israel strikes Hezbollah targets")
  const modifier = p.entry.demonym || ABBREVIATION.test(p.text);
  const act = modifier && sameSentence && /^\s*$/.test(doc.text.slice(p.end, doc.tokens[tokenAt(doc, p.end)]?.start ?? p.end)) ? militaryAct(doc, kb, i) : null;
  if (act) return { ...doer, code: `${p.entry.country ?? p.code}MIL`, name: `${p.name} forces`, rule: 'actor:country+military-act', ...playOf(act) };
  if (!p.entry.demonym) return p;
  if (!sameSentence) return p.entry.region ? null : p;
  // "Russian shelling", "Israeli bombing" (a gerund, tagged either way): an act verb's gerund is the country's act too
  if (next.lower.endsWith('ing') && baseForms(next).some((f) => kb.patterns.get(f)?.some((x) => x.kind === 'verb'))) return doer;
  if (next.pos !== 'NOUN' && next.pos !== 'PROPN') return p;
  if (kb.lexicon.weaponNouns.has(next.lemma)) return { ...doer, code: `${p.code}MIL`, name: `${p.name} forces`, rule: 'actor:country+weapon' };
  // ("the French position" is France's stance, "Russian positions" its troops': a row may name the definite form)
  // ("the Lebanese side of the border" is ground, "the Afghan side" the state: no definite row before "of")
  const definite = doc.tokens[tokenAt(doc, p.start) - 1]?.lower === 'the' && doc.tokens[i + 1]?.lower !== 'of' ? kb.lexicon.nationals.get(`the ${next.lower}`) : undefined;
  const national = definite ?? kb.lexicon.nationals.get(next.lemma);
  if (national !== undefined && !regionSide(p.entry, national)) return null;
  if (national !== undefined) {
    // the phrase grows to cover the noun: "a Jordanian delegation" is one participant
    const text = doc.text.slice(p.start, next.end);
    return { ...p, end: next.end, text, name: text, code: `${p.code}${national}`, rule: 'actor:demonym+national' };
  }
  if (kb.patterns.get(next.lemma)?.some((x) => x.kind === 'noun')) return doer;
  // "halted imports of Japanese seafood": goods named by their origin stand for its trade; "Malaysian palm oil": the
  // last noun of a compound names the goods
  let head = i;
  while (doc.tokens[head + 1]?.pos === 'NOUN' && doc.tokens[head + 1].sentence === next.sentence && head - i < 3) head++;
  const goods = doc.tokens[head];
  return kb.lexicon.tradedGoods.has(goods.lemma) || kb.lexicon.tradedGoods.has(goods.lower) ? doer : null;
}

const ABBREVIATION = /^(?:[A-Z]\.){2,}$|^[A-Z]{2,3}$/;

/**
 * "Russia's shelling of Kharkiv", "Israel's airstrikes on Gaza", "Turkey's bombardment": a country's possessive before
 * an act of armed force names its military, as the demonym does ("Russian shelling"; the lead's convention of session
 * 35). A city's possessive is no doer ("Kharkiv's shelling" is the city's ordeal), and a civil act ("Russia's sanctions")
 * leaves the country.
 */
function possessorOfArmedAct(doc: AnalyzedText, kb: Knowledge, p: ActorPhrase): ActorPhrase | null {
  if (p.rule !== 'actor:country' || p.entry?.kind !== 'country' || !POSSESSIVE_MARK.test(doc.text.slice(p.end, p.end + 2))) return null;
  let i = tokenAt(doc, p.end) + 1;
  while (doc.tokens[i]?.pos === 'ADJ' && doc.tokens[i].sentence === doc.tokens[i - 1].sentence) i++;
  const act = doc.tokens[i] !== undefined && doc.tokens[i].sentence === doc.tokens[tokenAt(doc, p.start)].sentence ? militaryAct(doc, kb, i) : null;
  if (!act) return null;
  const doer = p.locative && p.prep !== 'dateline' ? { ...p, locative: false } : p;
  return { ...doer, code: `${p.entry.country ?? p.code}MIL`, name: `${p.name} forces`, rule: 'actor:possessor+military-act', ...playOf(act) };
}
const POSSESSIVE_MARK = /^['’]s?/;

const playOf = (act: 'head' | 'play') => (act === 'play' ? { teamPlay: true } : {});

/**
 * From token `i` on: weapon nouns and compound parts up to a head of military-act-nouns.tsv, or a weapon noun itself;
 * `play` when that head is also said of a team's play ("attack") and no weapon word before it says it is armed.
 */
function militaryAct(doc: AnalyzedText, kb: Knowledge, i: number): 'head' | 'play' | null {
  const acts = kb.lexicon.militaryActNouns;
  const sentence = doc.tokens[i].sentence;
  let armed = false; // "air", "missile" before the head: "the Russian air assault" is no team's
  for (let k = i; k < i + 4 && doc.tokens[k]?.sentence === sentence; k++) {
    const t = doc.tokens[k];
    // (a gerund may be tagged a verb, "Israeli shelling"; a finite verb is the country's own act: "Russia shelled")
    const gerund = t.pos === 'VERB' && t.lower.endsWith('ing');
    if (t.pos !== 'NOUN' && !gerund && !(t.text === '-' && k > i)) return null;
    const head = acts.get(t.lower) ?? (gerund ? undefined : [t.lemma, ...baseForms(t)].map((f) => acts.get(f)).find((x) => x !== undefined));
    if (head === 'head') return 'head';
    if (head === 'play') return armed ? 'head' : 'play';
    const weapon = t.pos === 'NOUN' && kb.lexicon.weaponNouns.has(t.lemma);
    if (head !== 'part' && t.text !== '-' && !weapon) return null;
    if (k === i && weapon && doc.tokens[k + 1]?.pos !== 'NOUN') return 'head';
    armed ||= head === 'part' || weapon;
  }
  return null;
}

/**
 * "Caribbean leaders", "Western troops", "Gulf states": a region's adjective names its side only before a state's
 * role or the states themselves; before other nouns it describes people ("an Arab man", "African migrants") and
 * names no side.
 */
export const regionSide = (entry: ActorEntry | null | undefined, role: string | null | undefined) => !entry?.region || REGION_ROLES.test(role ?? '');
const REGION_ROLES = /^(GOV|MIL|LEG)?$/;

/** "the European trade commissioner": one office holder of a region is its body's (data/actors/country-aliases.json `_region_bodies`). */
export const regionBodyOf = (kb: Knowledge, entry: ActorEntry) => (entry.region && entry.body ? kb.actors.lookup(entry.body).find((e) => e.kind === 'organization') ?? null : null);

/**
 * "the envoy in Beijing", "diplomats in Kabul": a bare title of a state's people posted abroad (data/lexicon/posted-titles.tsv)
 * sits in its host's country, so a country after "in" is not its own, nor is the event's or the story's (marked
 * `postedAbroad` for core/actor-ref.ts withContextCountry); "envoys from Qatar", "the ambassador of Nigeria" name theirs.
 */
export function roleInCountry(doc: AnalyzedText, p: ActorPhrase, next: ActorPhrase | undefined, words: { readonly venueWords?: ReadonlySet<string>; readonly postedTitles?: ReadonlySet<string>; readonly regionNouns?: ReadonlyMap<string, string> }): ActorPhrase {
  const across = roleAcrossRegion(doc, p, words.regionNouns);
  if (across) return across;
  const posted = (p.rule === 'actor:role' || p.rule.startsWith('anaphor:definite')) && p.code === null && isPostedTitle(words.postedTitles, p.text);
  if (posted && next && /^\s+(?:in|at)\s+(the\s+)?$/i.test(doc.text.slice(p.end, next.start))) return { ...p, postedAbroad: true };
  const own = roleInNamedCountry(doc, p, next, words.venueWords);
  return posted && own.code === null ? { ...own, postedAbroad: true } : own;
}
/** The last one to three words of a phrase are a posted title ("the Western envoys", "consul general"). */
function isPostedTitle(titles: ReadonlySet<string> | undefined, text: string): boolean {
  const words = text.toLowerCase().split(/\s+/);
  return titles !== undefined && [1, 2, 3].some((n) => n <= words.length && titles.has(words.slice(-n).join(' ')));
}

/** "Opposition leaders in Bangladesh", "police in Kenya": a bare role takes the country that follows it. */
function roleInNamedCountry(doc: AnalyzedText, p: ActorPhrase, next: ActorPhrase | undefined, venueWords?: ReadonlySet<string>): ActorPhrase {
  if (p.rule !== 'actor:role' || p.code !== null || !next || next.kind !== 'country' || !next.entry?.country) return p;
  if (!/^\s+(in|from|of)\s+(the\s+)?$/i.test(doc.text.slice(p.end, next.start))) return p;
  // "signed by the government and the rebels in Doha": a city where coordinated parties meet is their venue, not their
  // country ("police met community leaders in Nairobi": one party met there is the city's)
  if (next.entry.kind === 'metonym' && COORDINATED_BEFORE.test(doc.text.slice(Math.max(0, p.start - 12), p.start)) && isVenue(doc.text, next.start, venueWords)) return p;
  // "activists in Russian-annexed Crimea", "fighters in Saudi-led strikes": a state joined to a participle describes
  // the noun after it, no place of the role
  if (/^-\p{Ll}/u.test(doc.text.slice(next.end, next.end + 2))) return p;
  return { ...p, code: `${next.entry.country}${roleCode(p)}`, rule: 'actor:role-in-country' };
}
const roleCode = (p: ActorPhrase) => p.roleCode ?? '';
const COORDINATED_BEFORE = /\b(?:and|or)\s+(?:the\s+)?$/i;

/**
 * "in Colombia's Cauca department", "Guatemala's Huehuetenango department": a country, a name and the word for that
 * country's divisions (data/places/division-designations.tsv) is a division of it, a place, never a government office
 * ("the Colombian defence department" names no division and stays one).
 */
export function namesDivision(text: string, kb: Knowledge, p: ActorPhrase): boolean {
  if (p.rule !== 'actor:country+role' || !p.entry?.country) return false;
  const words = DIVISION_AFTER_COUNTRY.exec(text.slice(p.start, p.end));
  if (!words || !kb.lexicon.divisionDesignations.get(words[2].toLowerCase())?.has(p.entry.country)) return false;
  return [words[1], `${words[1]} ${words[2]}`].some((name) => kb.places.lookup(name).some((e) => e.precision === 'region' && e.country === p.entry!.country));
}
const DIVISION_AFTER_COUNTRY = /['’]s?\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)\s+(\p{Ll}+)$/u;

// "across Europe", "throughout the region", "in Latin America": the preposition and a region's name right after a role
const ACROSS_REGION = /^\s+(?:across|throughout|around|in|from|of)\s+(?:the\s+)?(\p{L}+(?:\s+\p{L}+){0,2})/u;
/**
 * "Leaders across Europe condemned", "Governments in the region", "Officials throughout Africa": a bare role of many
 * states' region is that region's side where it has a code and a state's role stands for it (EURGOV; "Caribbean
 * leaders" reads so, regionSide), else of no country: neither one state the place or the story names (marked
 * `postedAbroad`, which core/actor-ref.ts withContextCountry leaves without one). Region names: data/lexicon/region-nouns.tsv.
 */
function roleAcrossRegion(doc: AnalyzedText, p: ActorPhrase, regions: ReadonlyMap<string, string> | undefined): ActorPhrase | null {
  if (!regions || p.rule !== 'actor:role' || p.code !== null || !p.roleCode) return null;
  const words = ACROSS_REGION.exec(doc.text.slice(p.end, p.end + 60))?.[1].split(/\s+/) ?? [];
  // the longest run of words that names a region ("Southeast Asia" before "Asia"), ending at a word's end
  for (let n = words.length; n > 0; n--) {
    const code = regions.get(words.slice(0, n).join(' ').toLowerCase());
    if (code === undefined) continue;
    if (code && REGION_ROLES.test(p.roleCode)) return { ...p, code: `${code}${p.roleCode}`, rule: 'actor:role-across-region' };
    return { ...p, postedAbroad: true, rule: 'actor:role-across-region' };
  }
  return null;
}
