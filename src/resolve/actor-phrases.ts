import { namesDocument } from './document-names.ts'; import { offNamesPlace } from './off-place.ts'; import { countryInPersonName } from './country-names.ts';
import type { ActorEntry, Knowledge, RoleEntry } from '../knowledge/types.ts';
import type { NormalizedText } from '../nlp/normalize.ts';
import type { AnalyzedText, Token } from '../nlp/types.ts';
import type { ActorPhrase } from './types.ts';
import { withBasedInCountry } from './based-in.ts';
import { locativePrep, tokenAt } from './token-map.ts';
import { outsideJoinedTitles } from '../nlp/hyphen-titles.ts';
import { isProposerAfterFrom, PUT_TO_ANOTHER } from './proposer.ts';
import { isVerbalActNoun } from '../knowledge/act-nouns.ts';
import { datelineSpan } from './dateline.ts';
import { baseForms } from '../extract/morphology.ts'; import { opensVerblessHeadline } from './headline-subject.ts';
import { balancedEnd } from './balanced-span.ts';
import { bodyOfMembers, definite, widenRole } from './role-phrase.ts';
import { splitAtAddressee } from './addressee-split.ts';
import { familyNameOfAnother, familyNameOfTitled, givenNameOfAnother } from './name-particle.ts';
import { isCalendarWordAnyCase } from '../nlp/calendar.ts';
import { labelsText } from '../nlp/story-sections.ts';
import { bodyOfActivists, bodyOfPresidingTitle, chamberRoleOf, bodyOfSpokesperson, FORMER_BEFORE, FORMER_OFFICE_BEFORE, heldBy, sectorOf, SIDE_ROLES, sideOf, SPEAKERS_FOR } from './side-roles.ts';
import { pickEntry, titledOverElite } from './entry-choice.ts';
import { sideSpan } from './pro-following.ts';
import { demonymBeforeNoun, namesDivision, regionBodyOf, regionSide, roleInCountry, sharedRole } from './role-country.ts';

// made once (a literal in a function made a new RegExp at every call)
const LED_START = /^led\b/i;
const HYPHEN_BEFORE = /-\s*$/;
const SPACE_OR_HYPHEN_ONLY = /^[\s-]*$/;
const LIST_JOIN = /^\s*,?\s*(and|or)\s+(the\s+)?$/i;
const COMMA_JOIN = /^\s*,\s*(the\s+)?$/;
const THIRD_PERSON_S = /[^s]s$/;
// After these an actor name is a place ("in Iraq"); after "at", "to", "into", "from" it is often a participant ("fired at Israeli troops").
const PLACE_ONLY_PREPS = new Set(['dateline', 'in', 'near', 'inside', 'outside', 'across', 'throughout', 'around', 'within', 'along', 'of']);

import { addAgentHits, type Hit } from './agent-hits.ts';
import { phraseWith } from './phrase-shape.ts'; import { possessedMetonyms } from './possessed-metonym.ts';

/**
 * "The military accused the RSF of ...": a role word after "the" before an -ed word that a noun phrase follows is the
 * subject of that verb, whatever tags the two words got (read as "the military accused", a noun, it named no one).
 */
function definiteBeforeVerb(doc: AnalyzedText, word: Token): boolean {
  const next = doc.tokens[word.index + 1], after = doc.tokens[word.index + 2];
  return DEFINITE.has(doc.tokens[word.index - 1]?.lower ?? '') && PAST_FORM.test(next?.lower ?? '') && after?.sentence === word.sentence && PHRASE_START.has(after.pos);
}
const PAST_FORM = /[a-z]ed$/;
const DEFINITE = new Set(['the', "'s", '’s']); // (or a possessor: "Sudan's military accused")
const PHRASE_START = new Set(['DET', 'PROPN', 'NUM', 'PRON']);

/** True when a span in `spans` overlaps [start, end) (a loop: asked for every gazetteer match). */
function overlapsAny(spans: readonly Hit[], start: number, end: number): boolean {
  for (let k = 0; k < spans.length; k++) if (spans[k].start < end && start < spans[k].end) return true;
  return false;
}

// also where it is based or what made it: "a Britain-based war monitor", "Iranian-made drones", "a US-born journalist"
const BACKER = /^\s*-\s*(backed|aligned|allied|sponsored|supported|funded|linked|affiliated|inspired|friendly|armed|trained|supplied|provided|donated|based|headquartered|registered|born|made|built|owned)\b/i;

/** "Real Madrid", "Washington Post": a capital inside a longer capitalised name is not the state. */
function partOfLongerName(doc: AnalyzedText, kb: Knowledge, start: number, end: number, values: readonly ActorEntry[]): boolean {
  if (countryInPersonName(doc, kb, start, end, values)) return true; // "Kenya Moore", "coach Chad Smith"
  if (values.every((v) => v.kind === 'person')) return givenNameOfAnother(doc, kb, start, end) || familyNameOfAnother(doc, kb, start, end, values.map((v) => v.name));
  if (values.every((v) => v.kind === 'group' || v.kind === 'organization')) return familyNameOfTitled(doc, kb, start, end); // "Senator Ann Wagner"
  if (!values.every((v) => v.kind === 'metonym')) return false;
  const i = tokenAt(doc, start);
  const before = doc.tokens[i - 1];
  const after = doc.tokens[tokenAt(doc, end)];
  const capitalised = (t: Token | undefined, sentence: number) => t !== undefined && t.sentence === sentence && t.pos === 'PROPN' && /^[A-Z]/.test(t.text) && !isCalendarWordAnyCase(t.text);
  const s = doc.tokens[i]?.sentence ?? -1;
  return capitalised(before, s) || capitalised(after, s);
}

/**
 * "officials said U.S. airstrikes killed", "the U.N. envoy": the alias matches the letters "U.S"; the hit takes the
 * abbreviation's final dot when the tokenizer kept it in the same token, so the phrase ends where its token ends
 * (otherwise the word after the phrase is read as the abbreviation itself).
 */
function withAbbreviationDot(doc: AnalyzedText, end: number): number {
  const t = doc.tokens[tokenAt(doc, end)];
  return t && t.start < end && t.end === end + 1 && doc.text[end] === '.' ? end + 1 : end;
}

/**
 * True when only modifier-like tokens (adjectives, nouns, hyphens, a possessive) lie between two hits. A word in the
 * verb form that agrees with the first hit as a subject is the verb of a headline-style sentence, not a modifier:
 * "Israel strikes Hezbollah targets", "Militants attack army post" (`actVerb`: -s after one, the base form after many).
 */
function adjacent(doc: AnalyzedText, a: Hit, b: Hit, actVerb: (t: Token, afterMany: boolean) => boolean): boolean {
  if (b.start < a.end) return false;
  // no phrase runs over a sentence's end (an abbreviation's dot ending one; a headline before its dateline, no full stop)
  if (doc.tokens[tokenAt(doc, a.start)]?.sentence !== doc.tokens[tokenAt(doc, b.start)]?.sentence) return false;
  const gap = doc.text.slice(a.end, b.start);
  if (/^(?:['’]s)?[\s-]*$/.test(gap)) return true;
  if (/[,;:()"“”.]/.test(gap)) return false;
  let words = 0;
  let possessed = false;
  for (let i = tokenAt(doc, a.end); i < doc.tokens.length && doc.tokens[i].start < b.start; i++) {
    const t = doc.tokens[i];
    if (t.text === '-' || t.lower === "'s" || t.lower === '’s') continue;
    // participles join only as hyphenated compounds: "Iran-backed", not "Pentagon accused Kataib Hezbollah"
    const hyphenated = doc.tokens[i - 1]?.text === '-';
    // after a possessive no verb begins a clause: its words are the possessed noun's modifiers, "Niger's ruling
    // junta", "Sudan's new military council" (the
    // tagger reads "new" as an adverb there) or modifiers: "Mali's newly appointed prime minister"
    possessed ||= /^['’]s$/.test(doc.tokens[i - 1]?.lower ?? '');
    // (a verb there modifies only right after the possessive or its adverb: "the ministry's report said police" is a clause)
    const modifierVerb = possessed && /(?:ing|ed|en)$/.test(t.lower) && (/^['’]s$/.test(doc.tokens[i - 1].lower) || doc.tokens[i - 1].pos === 'ADV');
    if (!['ADJ', 'NOUN', 'PROPN', 'VERB', ...(possessed ? ['ADV'] : [])].includes(t.pos) || (t.pos === 'VERB' && !modifierVerb && !(hyphenated && /ed$/.test(t.lower)))) return false;
    // "Israel | strikes | Hezbollah", "the army | raids | rebel bases": after a country's own name (not its demonym)
    // or a singular role, a plural word before the next name is a present-tense verb, not part of one phrase
    const singular = a.actor ? a.actor.kind === 'country' && !a.actor.demonym : a.role !== undefined && !a.role.plural;
    if (words === 0 && singular && t.pos === 'NOUN' && /[a-z][^s]s$/.test(t.lower) && t.lemma !== t.lower) return false;
    // (the event lexicon's verbs too: "Militants | attack | army post"; a demonym modifies: "Israeli strikes")
    if (!hyphenated && !possessed && words === 0 && !a.actor?.demonym && actVerb(t, a.role?.plural === true || a.actor?.plural === true)) return false;
    if (++words > 2) return false;
  }
  return true;
}

/** The country entry a title of one country's office names (roles.tsv's fifth column). */
const countryOfTitle = (kb: Knowledge, role: RoleEntry | null) => (role?.country ? kb.actors.lookup(kb.countries.get(role.country)?.name ?? role.country).find((e) => e.kind === 'country' && e.code === role.country) ?? null : null);

function phraseOf(doc: AnalyzedText, kb: Knowledge, group: Hit[], published: string | null): Omit<ActorPhrase, 'locative'> {
  const start = group[0].start;
  const end = group[group.length - 1].end;
  const text = doc.text.slice(start, end);
  const named = [...group].reverse().find((h) => h.actor && h.actor.kind !== 'country' && h.actor.kind !== 'metonym');
  if (named?.actor) {
    // (a title right before a person: "President X", not "former President X")
    // ... or inside the alias itself: the imported dictionaries list "Chancellor Angela Merkel", "President X"
    const title = FORMER_BEFORE.test(doc.text.slice(Math.max(0, start - 14), start)) ? undefined : group.length > 1 && group[group.length - 1] === named ? group[group.length - 2].role : aliasTitle(kb, text, named.actor);
    const e = titledOverElite(named.actor, title?.kind === 'person' ? sideOf(group.map((h) => h.role)) ?? title.role : undefined, published); // ("Opposition leader X": OPP)
    // "EU foreign ministers", "G7 leaders": an organisation's plural role after its name is many states' people
    const plural = e.plural || e.kind === 'organization' && group[group.length - 1] !== named && group[group.length - 1].role?.plural === true;
    // "the U.N. envoy": one person of the organisation, whom "he" and "she" can take up (anaphora.ts)
    const person = group[group.length - 1] !== named && group[group.length - 1].role?.kind === 'person' && !plural;
    return { start, end, text, name: e.name, code: e.code, kind: e.kind === 'metonym' ? 'country' : e.kind as ActorPhrase['kind'], plural, entry: e, ...(person ? { roleKind: 'person' } : {}), rule: 'actor:named' };
  }
  const role = [...group].reverse().find((h) => h.role)?.role ?? null;
  // ("Taoiseach Micheal Martin": a title of one country's office names that country as a demonym would)
  const modifier = group.find((h) => h.actor && regionSide(h.actor, role?.role))?.actor ?? countryOfTitle(kb, role);
  // "the former U.S. president", "the ousted Egyptian president": no longer in office, an elite (CAMEO ELI, as
  // PETRARCH's "former president"), never the office holder on the publication date
  const side = sideOf(group.map((h) => h.role)) ?? sectorOf(group.map((h) => h.role)) ?? bodyOfActivists(group.map((h) => h.role)) ?? bodyOfSpokesperson(group.map((h) => h.role)) ?? bodyOfPresidingTitle(kb.lexicon.presidingTitles, group.map(chamberRoleOf)) ?? (role?.kind === 'person' && !SIDE_ROLES.has(role.role) && FORMER_OFFICE_BEFORE.test(doc.text.slice(Math.max(0, start - 40), start)) ? 'ELI' : null);
  if (modifier && role) {
    const country = modifier.country ?? modifier.code.slice(0, 3);
    // "the US president" in 2020 is Donald Trump: the office holder on the publication date
    const holder = role.kind === 'person' && side === null ? officeHolder(kb, country, role.phrase, published) : null;
    if (holder) return { start, end, text, name: holder.name, code: holder.code, kind: 'person', plural: false, entry: holder, rule: 'actor:office-holder' };
    const office = role.kind === 'person' && !role.plural ? regionBodyOf(kb, modifier) : null;
    if (office) return { start, end, text, name: text.replace(/^the\s+/i, ''), code: office.code, kind: 'person', plural: false, entry: office, rule: 'actor:region-body-office' };
    return { start, end, text, name: text.replace(/^the\s+/i, ''), code: `${country}${side ?? role.role}`, kind: role.kind === 'person' ? 'person' : 'role', plural: role.plural, entry: modifier, rule: side ? 'actor:country+side-role' : 'actor:country+role' };
  }
  if (modifier) {
    // "US-occupied", "Iraqi-held", "Iraqi held territory": the occupier's forces, as a participant (a country's own name
    // before "held" with no hyphen is the subject of a verb: "the United States held talks")
    if (heldBy(doc, end) && (modifier.demonym || /^\s*-/.test(doc.text.slice(end, end + 3)))) {
      return { start, end, text, name: `${modifier.name} forces`, code: `${modifier.country ?? modifier.code}MIL`, kind: 'role', plural: true, entry: modifier, rule: 'actor:occupier' };
    }
    return { start, end, text, name: modifier.name, code: modifier.code, kind: 'country', plural: modifier.plural, entry: modifier, rule: 'actor:country' };
  }
  return { start, end, text, name: text.replace(/^the\s+/i, ''), code: null, kind: 'role', plural: role?.plural ?? false, entry: null, roleKind: bodyOfMembers(doc, group) ?? role?.kind, roleCode: side ?? role?.role, rule: 'actor:role' };
}

/**
 * Actor phrases from the gazetteers: runs of adjacent hits merge into one phrase
 * ("US President Donald Trump", "Iraqi forces", "The Iraqi resistance group Asbat al-Thaireen").
 */
export function findActorPhrases(doc: AnalyzedText, normalized: NormalizedText, kb: Knowledge, published: string | null, sites: ReadonlyArray<{ start: number; end: number }> = []): ActorPhrase[] {
  const hits: Hit[] = [];
  const blocked: Array<{ start: number; end: number }> = []; // "the Premier League": no role word inside a blocked name either
  for (const m of kb.actors.findAll(doc.text, normalized)) {
    if (m.values.some((v) => v.kind === 'blocker')) { blocked.push(m); continue; }
    if (partOfLongerName(doc, kb, m.start, m.end, m.values)) continue;
    // "Iran-backed militiamen" are not Iran: the country only describes who stands behind them (or where they are based)
    if (BACKER.test(doc.text.slice(m.end, m.end + 14))) continue;
    // "pro-Russian separatists", "anti-American protesters": the country is whom they are for or against, not who
    // ("pro-Maduro supporters": a following, the span grows over it; "pro-Russian supporters" are no Russians)
    const span = sideSpan(doc, kb, m.start, m.end);
    if (!span || span.start < m.start && m.values.some((v) => v.kind === 'country')) continue;
    // "Assad" inside "Al-Assad Airbase" is part of a place name.
    if (sites.some((s) => s.start <= m.start && m.end <= s.end && s.end - s.start > m.end - m.start)) continue;
    const actor = pickEntry(m.values, published, /\s/.test(doc.text.slice(m.start, m.end).trim()));
    if (actor) hits.push({ start: span.start, end: balancedEnd(doc.text, span.start, withAbbreviationDot(doc, span.end)), actor });
  }
  const roleMatches = outsideJoinedTitles(doc, kb.roles.findAll(doc.text, normalized));
  const roleStarts = new Set(roleMatches.map((m) => m.start));
  for (const m of roleMatches) {
    if (overlapsAny(hits, m.start, m.end) || blocked.some((b) => b.start <= m.start && m.end <= b.end)) continue;
    // "anti-government protests", "pro-government militias": the role is what they are for or against, not who
    const span = sideSpan(doc, kb, m.start, m.end);
    if (!span) continue;
    // "the official result", "military drills": a role word used as an adjective; "artillery shells": a munition's kind ("army drones" are the army's)
    const last = doc.tokens[tokenAt(doc, m.end - 1)];
    const next = doc.tokens[last ? last.index + 1 : -1];
    // ("rebel commanders": a side's word before another role still says whose they are)
    // ... and so does a body's before its spokesperson ("a military spokesman": the military's, not the government's)
    const sideBeforeRole = (SIDE_ROLES.has(m.values[0].role) || SPEAKERS_FOR.has(next?.lower ?? '')) && next !== undefined && roleStarts.has(next.start);
    if (last && next && next.sentence === last.sentence && (last.pos === 'ADJ' && next.pos === 'NOUN' && !sideBeforeRole && !definiteBeforeVerb(doc, last) && !opensVerblessHeadline(doc, last, (lemma) => kb.patterns.get(lemma)?.some((x) => x.kind === 'verb') === true, m.values[0].plural) || next.pos === 'NOUN' && kb.lexicon.munitionNouns.has(next.lemma) && kb.lexicon.weaponNouns.has(last.lemma))) continue;
    // "a Saudi-led coalition", "the U.S.-led mission": roles.tsv's "led ..." rows name a force only after its leader's hyphen
    if (LED_START.test(doc.text.slice(m.start, m.end)) && !HYPHEN_BEFORE.test(doc.text.slice(Math.max(0, m.start - 2), m.start))) continue;
    hits.push({ start: span.start, end: balancedEnd(doc.text, span.start, span.end), role: m.values[0] });
  }
  addAgentHits(doc, hits, outsideJoinedTitles(doc, kb.agents?.findAll(doc.text, normalized) ?? []));
  hits.sort((a, b) => a.start - b.start);
  const phrases: ActorPhrase[] = [];
  let group: Hit[] = [];
  const dateline = datelineSpan(doc.text);
  const flush = () => {
    if (group.length === 0) return;
    const parts = splitAtAddressee(doc, group);
    for (const part of parts) flushOne(part);
    group = [];
  };
  const flushOne = (group: Hit[]) => {
    const p = definite(doc, widenRole(doc, phraseOf(doc, kb, group, published)));
    // "WASHINGTON / KABUL -": where the story was filed from is a place, never a participant
    const prep = dateline && p.start >= dateline.start && p.end <= dateline.end || p.kind === 'country' && labelsText(doc.text, p.start, p.end) ? 'dateline' : locativePrep(doc, p.start, p.kind === 'country');
    // "fired rockets from Gaza", "flew in from Moscow": after "from" a city standing for a country says where from;
    // a country stays a possible participant ("withdrew from Niger"), a city too after an offer (proposer.ts) or a
    // statement or reaction ("drew condemnation from Damascus")
    const placeOnly = prep !== null && (PLACE_ONLY_PREPS.has(prep) || prep === 'from' && p.entry?.kind === 'metonym' && !isProposerAfterFrom(doc, p.start, proposalOrReaction)
      || prep === 'off' && offNamesPlace(doc, p.start));
    phrases.push(phraseWith(p, { locative: placeOnly, prep }));
  };
  const proposalOrReaction = (lemma: string) => PUT_TO_ANOTHER.has(lemma) || isVerbalActNoun(kb, lemma);
  const isActVerb = (lemma: string) => kb.patterns.get(lemma)?.some((x) => x.kind === 'verb') === true;
  // (or a past form the tagger took for a noun: "Kenyan police | shot | dead protesters")
  const actVerb = (t: Token, afterMany: boolean) => (afterMany ? t.lower === t.lemma : THIRD_PERSON_S.test(t.lower)) && isActVerb(t.lemma) || !t.lower.endsWith('s') && baseForms(t).some((b) => b !== t.lower && isActVerb(b));
  for (const hit of hits) {
    const last = group[group.length - 1];
    if (last && (!(adjacent(doc, last, hit, actVerb) && canFollow(last, hit)) || dateline !== null && last.end <= dateline.end && hit.start >= dateline.end)) flush(); // ("JUBA - Aid groups")
    group.push(hit);
  }
  flush();
  // "in Japan and the United States", "in Iraq, Syria and Lebanon": a phrase joined to a place is a place too; after a
  // comma alone only a country continues the list ("in Beijing, the Brazilian president signed" starts a clause)
  for (let i = 1; i < phrases.length; i++) {
    const prev = phrases[i - 1];
    const gap = doc.text.slice(prev.end, phrases[i].start);
    const joined = LIST_JOIN.test(gap) || COMMA_JOIN.test(gap) && phrases[i].kind === 'country';
    if (prev.locative && !phrases[i].locative && joined) phrases[i] = phraseWith(phrases[i], { locative: true, prep: prev.prep });
  }
  const withRoles = possessedMetonyms(doc.text, phrases).filter((p) => !namesDivision(doc.text, kb, p) && !(p.entry?.kind === 'metonym' && namesDocument(doc.text, p.end, kb.lexicon.documentNouns))).map((p, i, kept) => roleInCountry(doc, p, kept[i + 1], kb.lexicon)).map((p) => demonymBeforeNoun(doc, kb, p));
  // (from the last: "Russian, Iranian and Syrian forces" shares back along the list)
  const shared = [...withRoles];
  for (let i = shared.length - 1; i >= 0; i--) shared[i] = shared[i] && sharedRole(doc, shared[i]!, shared[i + 1] ?? undefined);
  return withBasedInCountry(doc, kb, shared.filter((p): p is ActorPhrase => p !== null));
}

/** A country or role may precede a role or a name; two names in a row are two actors. */
function canFollow(prev: Hit, next: Hit): boolean {
  const prevNamed = prev.actor && prev.actor.kind !== 'country' && prev.actor.kind !== 'metonym';
  const nextNamed = next.actor && next.actor.kind !== 'country' && next.actor.kind !== 'metonym';
  if (prevNamed && nextNamed) return false;
  if (prev.actor && next.actor && !nextNamed) return false; // "Iran Iraq": two countries
  if (prevNamed && next.role) return true; // "PMU group"
  return true;
}

/** The title an alias opens with before its person's name ("German Chancellor Angela Merkel" → chancellor), if any. */
function aliasTitle(kb: Knowledge, text: string, e: ActorEntry): RoleEntry | undefined {
  if (e.kind !== 'person' || e.role !== 'ELI') return undefined;
  const words = text.split(/\s+/);
  for (let n = 1; n <= Math.min(3, words.length - 1); n++) {
    for (let k = 0; k + n < words.length; k++) {
      const role = kb.roles.lookup(words.slice(k, k + n).join(' ')).find((r) => r.kind === 'person');
      if (role) return role;
    }
  }
  return undefined;
}

/** The person holding an office ("president") in a country on a date, when exactly one does. */
function officeHolder(kb: Knowledge, country: string, title: string, published: string | null): ActorEntry | null {
  if (!published) return null;
  const holders = (kb.officeHolders.get(`${country}:${title.toLowerCase()}`) ?? [])
    .filter((e) => (!e.from || e.from <= published) && (!e.to || published <= e.to));
  return holders.length === 1 ? holders[0] : null;
}
