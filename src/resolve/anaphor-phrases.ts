import type { Knowledge } from '../knowledge/types.ts';
import type { AnalyzedText, Token } from '../nlp/types.ts';
import { phraseOpeners } from '../nlp/phrase-openers.ts';
import { withArmedModifier } from './sector-antecedent.ts';
import { appositiveBody, namedBody, titledBody } from './body-names.ts';
import type { ActorPhrase } from './types.ts';
import { normalizeName } from '../nlp/normalize.ts';
import { SpanIndex } from './span-index.ts';
import { isUnownedFollowing } from './unowned-following.ts';
import { acronymAliases, SPOKESPERSON_RULE, statesBureau, unknownName, withTitle } from './unknown-names.ts';
import { roleHolderNames } from './role-holder-name.ts';
import { laterMentions } from './later-mentions.ts'; import { withBareSurnames } from './bare-surnames.ts';
import { PLACE_TITLE_RULE, placeTitled } from './place-titles.ts';
import { inHyphenedGivenName, opensHyphenedName } from './hyphened-names.ts';
import { partyOwningTitle, titleOwnedByUnknownBody } from './title-owner.ts'; import { speakerKin } from './speaker-kin.ts';
import { endsGroupDescription } from './body-nouns.ts'; import { phraseWith } from './phrase-shape.ts';
import { indefiniteBody } from './indefinite-body.ts'; import { POSSESSIVE_ROLE_RULE } from './owned-body.ts';

/** In a phrase's rule: a definite description around a known group's name ("the Wagner group") is that group. */
export const NAMED_GROUP_DESCRIPTION = 'actor:named-group-description';
const NOT_NAMES = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'twitter', 'facebook', 'telegram', 'x', 'god', 'reuters', 'i']);

// Quantity nouns that stand alone for a crowd of people.
const CROWD = new Set(['thousands', 'hundreds', 'dozens', 'scores', 'millions']);
const COUNT_OF_COUNT = new Set(['tens', 'hundreds']);
const POSSESSIVES = new Set(['its', 'their', 'his', 'her', 'our']);
// "Some threw stones at police", "Many were detained": a quantifier the tagger reads as a determiner, adjective or name
// stands for the group told before when it opens a clause right before its verb (anaphors.tsv rows marked so)
const CLAUSE_OPENERS = new Set([',', ';', 'and', 'but', 'while']);
const standsAsSubject = (tokens: AnalyzedText['tokens'], i: number, start: number) =>
  (i === start || CLAUSE_OPENERS.has(tokens[i - 1].lower)) && (tokens[i + 1]?.pos === 'VERB' || tokens[i + 1]?.pos === 'AUX') && tokens[i + 1].sentence === tokens[i].sentence;
const NAME_PARTICLES = new Set(['ul', 'ud', 'ur', 'al', 'el', 'ad', 'as', 'an', 'ibn', 'bin']);

// what may stand between "the" and a group noun: "the anti-terror resistance group"
const DESCRIPTION_POS = new Set(['ADJ', 'NOUN', 'PROPN', 'PUNCT', 'NUM']);

/** In a phrase's rule: a relational person of another state ("his counterpart"), of no country the story gives. */
export const RELATIONAL_FOREIGN_RULE = 'actor:relational-counterpart';
const RELATIONAL_WORD_RULE = 'actor:relational-word';
const lastWord = (text: string) => text.slice(text.search(/\S+$/)).toLowerCase();

/**
 * The relational people noun right after the possessive at token `i`: a known role phrase whose last word is one
 * ("their captors", "his counterpart"), else the noun itself when the lexicon gives it a role ("his rival", which the
 * tagger reads as an adjective and no role row may hold: "rival militias" are no one's opponents).
 */
function relationalAfter(doc: AnalyzedText, kb: Knowledge, knownIndex: SpanIndex<ActorPhrase>, i: number): ActorPhrase | null {
  const t = doc.tokens[i];
  const people = kb.lexicon.relationalPeople;
  const known = knownIndex.overlapping(t.end, t.end + 3).find((k) => k.kind === 'role' && k.start > t.end && k.start - t.end <= 2 && !/\S/.test(doc.text.slice(t.end, k.start)) && people?.has(lastWord(k.text)));
  if (known) return known;
  const next = doc.tokens[i + 1];
  const entry = next && next.sentence === t.sentence ? people?.get(next.lower) : undefined;
  if (!entry?.role || knownIndex.overlaps(next.start, next.end)) return null;
  const plural = next.lower.endsWith('s');
  return { start: next.start, end: next.end, text: next.text, name: next.text, code: null, kind: 'role', plural, entry: null, locative: false, roleKind: 'person', roleCode: entry.role, rule: RELATIONAL_WORD_RULE };
}

/**
 * Pronouns and definite descriptions that point back to an actor ("it", "the group",
 * "the anti-terror resistance group"), and capitalised names the gazetteers do not know.
 */
export function findOtherPhrases(doc: AnalyzedText, kb: Knowledge, known: readonly ActorPhrase[], blocked: ReadonlyArray<{ start: number; end: number }>): ActorPhrase[] {
  const out: ActorPhrase[] = [];
  const tokens = doc.tokens;
  const knownIndex = new SpanIndex(known);
  const blockedIndex = new SpanIndex(blocked);
  const particles = kb.lexicon.nameParticles ?? new Map<string, 'hyphen' | 'space'>();
  let lastOut = -1; // the phrases made here come in text order: only the last can overlap the next token
  const add = (p: ActorPhrase) => {
    out.push(p);
    lastOut = Math.max(lastOut, p.end);
  };
  for (const s of doc.sentences) {
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const t = tokens[i];
      if (t.start < lastOut) continue;
      // "both countries", "the two sides": the actors named just before, together (a role inside gives way: the
      // parties in "the warring parties" are the sides named before, no political party)
      const collective = collectiveEnd(doc, kb, i, s.tokenEnd);
      if (collective < i && knownIndex.overlaps(t.start, t.end)) continue;
      if (collective > i) {
        add(namedCollective(kb, anaphor(doc, t.start, tokens[collective].end, 'collective', true)));
        i = collective;
        continue;
      }
      if (i + 1 < s.tokenEnd && isMediatorAnaphor(kb, t, tokens[i + 1], knownIndex)) { add(anaphor(doc, t.start, tokens[i + 1].end, 'mediator', /s$/.test(tokens[i + 1].lower))); i++; continue; } // "The mediators accused": the third party to talks named before (resolve/mediator-antecedent.ts)
      const body = indefiniteBody(doc, knownIndex, i, s.tokenEnd); if (body) { add(body.phrase); i = body.last; continue; } // "a parliamentary commission": a new body (indefinite-body.ts)
      // "the group", "the anti-terror resistance group", "the militant group" (a role of its kind): the + up to 3 modifiers + group noun
      if (t.lower === 'the') {
        for (let j = i + 1; j < Math.min(s.tokenEnd, i + 6); j++) {
          const w = tokens[j];
          if (endsGroupDescription(tokens, i, j) && knownIndex.overlapping(w.start, w.end).every((k) => k.kind === 'role' && k.roleKind === 'group' && k.start > t.start && k.start < w.start && k.end === w.end)) {
            const next = tokens[j + 1];
            if (next && next.pos === 'PROPN') break; // "the group Asbat ..." is a name, not an anaphor
            // "the Wagner group", "the Houthi rebels": a known group's name before the noun names it, no reference back
            // (the phrase runs over the description's words and keeps the name's reading; its rule says so)
            const named = knownIndex.overlapping(t.end, w.start).find((k) => k.kind === 'group' || k.kind === 'organization');
            if (named) {
              add({ ...named, start: t.start, end: w.end, text: doc.text.slice(t.start, w.end), plural: /s$/.test(w.lower), rule: `${named.rule}+${NAMED_GROUP_DESCRIPTION}` });
              i = j;
              break;
            }
            add(withArmedModifier(kb, tokens.slice(i + 1, j), anaphor(doc, t.start, w.end, 'group', /s$/.test(w.lower) && w.lower !== 'alliance')));
            i = j;
            break;
          }
          // ("the London-based group", "the UN-backed body": a hyphened participle describes the noun too)
          if (!(DESCRIPTION_POS.has(w.pos) || w.pos === 'VERB' && tokens[j - 1].text === '-') || w.text === ',') break;
        }
        continue;
      }
      // "Thousands marched", "Hundreds rallied": a crowd counted but not named is a group of civilians
      if (CROWD.has(t.lower) && !/^\s+of\b/i.test(doc.text.slice(t.end, t.end + 4)) && tokens[i - 1]?.pos !== 'NUM') {
        // "Tens of thousands rallied", "hundreds of thousands marched": the count of a count is the crowd, whole
        const from = tokens[i - 1]?.lower === 'of' && COUNT_OF_COUNT.has(tokens[i - 2]?.lower ?? '') && tokens[i - 2].sentence === t.sentence ? tokens[i - 2] : tokens[i - 1]?.lower === 'of' ? null : t;
        if (from !== null) {
          const text = doc.text.slice(from.start, t.end);
          add({ start: from.start, end: t.end, text, name: text, code: null, kind: 'role', plural: true, entry: null, locative: false, roleKind: 'civilian', roleCode: 'CVL', rule: 'actor:crowd' });
          continue;
        }
      }
      // "Thousands of supporters rallied", "supporters of the coup marched": a following whose side no word names
      if (isUnownedFollowing(doc, kb, knownIndex, i)) {
        add({ start: t.start, end: t.end, text: t.text, name: t.text, code: null, kind: 'role', plural: true, entry: null, locative: false, roleKind: 'civilian', roleCode: 'CVL', rule: 'actor:unowned-following' });
        continue;
      }
      // ("'They beat my husband,' one woman said": resolve/speaker-kin.ts)
      const kin = speakerKin(doc, kb, i);
      if (kin) { add(kin); continue; }
      const refersTo = kb.lexicon.anaphors.get(t.lower);
      if (refersTo && (t.pos === 'PRON' || standsAsSubject(tokens, i, s.tokenStart))) {
        // "its forces", "their fighters": the antecedent's own role, one phrase
        const role = POSSESSIVES.has(t.lower) ? knownIndex.overlapping(t.end, t.end + 3).find((k) => k.rule === 'actor:role' && k.start > t.end && k.start - t.end <= 2 && !/\S/.test(doc.text.slice(t.end, k.start))) : undefined;
        // "their captors", "his killers", "his rival": the possessor is who was held or attacked, or whom they stand
        // against, not whose side they are on (data/lexicon/relational-people.tsv)
        const relational = POSSESSIVES.has(t.lower) ? relationalAfter(doc, kb, knownIndex, i) : null;
        if (relational) {
          const text = doc.text.slice(t.start, relational.end);
          // "met his counterpart in Beijing": the town after "in" is where they met, no country of the counterpart
          const venue = relational.rule === 'actor:role-in-country' && /^\s+in\s/.test(doc.text.slice(relational.end, relational.end + 4));
          const foreign = kb.lexicon.relationalPeople?.get(lastWord(text))?.foreign === true;
          add({ ...relational, start: t.start, text, name: text, ...(venue ? { code: null } : {}), rule: foreign ? RELATIONAL_FOREIGN_RULE : 'actor:relational-agent' });
          if (relational.rule === RELATIONAL_WORD_RULE) i++;
          continue;
        }
        if (role) {
          add(phraseWith(anaphor(doc, t.start, role.end, refersTo, role.plural), { roleCode: role.roleCode, roleKind: role.roleKind, rule: POSSESSIVE_ROLE_RULE }));
          continue;
        }
        // "its drones", "their warplanes": the antecedent's military
        const weapon = tokens[i + 1];
        const headNoun = tokens[i + 2]?.pos !== 'NOUN'; // "its drone footage" is footage
        if (POSSESSIVES.has(t.lower) && weapon && weapon.sentence === t.sentence && kb.lexicon.weaponNouns.has(weapon.lemma) && headNoun) {
          add({ ...anaphor(doc, t.start, weapon.end, refersTo, true), roleCode: 'MIL', rule: 'anaphor:possessive-weapon' });
          i++;
          continue;
        }
        add(anaphor(doc, t.start, t.end, refersTo, refersTo === 'any_plural'));
        continue;
      }
      if ((t.pos === 'PROPN' || opensHyphenedName(tokens, i)) && /^[A-Z]/.test(t.text) && !NOT_NAMES.has(t.lower)) {
        let j = i;
        while (j + 1 < s.tokenEnd && (tokens[j + 1].pos === 'PROPN' || (tokens[j].text === '-' && capitalJoined(tokens, j)) || (tokens[j + 1].text === '-' && (tokens[j + 2]?.pos === 'PROPN' || nameParticle(tokens, j + 2, particles) || capitalJoined(tokens, j + 1))) || nameParticle(tokens, j + 1, particles) || inHyphenedGivenName(tokens, j + 1, i)) && inName(tokens, knownIndex, j + 1)) j++;
        // "Secretary of State for South and Central Asian Affairs Donald Lu": the portfolio ends the title, the name follows
        // "Health Minister John Otieno": a person's title inside the run ends it, its portfolio words before it
        const title = titleEnd(tokens, knownIndex, i, j);
        const portfolio = title >= i ? title : portfolioEnd(tokens, i, j);
        const start = tokens[portfolio + 1].start;
        const end = tokens[j].end;
        const text = doc.text.slice(start, end);
        // Unknown names need two capitalised words ("Sons of Freedom" style names come as runs);
        // a lone capitalised word is too often a product, a weapon or a sentence opener.
        // "Typhoon Yagi", "Storm Ciaran" are weather, not actors
        const hazard = kb.lexicon.offTopic.get(t.lower) === 'weather';
        // ("carmaker Volkswagen", "the charity Sea-Watch": a name after a sector's body noun is that body)
        const titled = titledBody(doc, known, start, end) ?? appositiveBody(doc, known, start, end);
        if ((j > i || titled) && !hazard && !kb.cities(normalizeName(text)).length && !blockedIndex.overlaps(start, end)) {
          const body = titled ?? namedBody(doc, known, start, end);
          // ("Warsaw Mayor Rafal Trzaskowski": a town before the title says whose official, resolve/place-titles.ts)
          add(body ?? placeTitled(doc, kb, known, title >= i ? tokens[i].start : start, end) ?? withTitle(doc, unknownName(start, end, text, (words) => statesBureau(kb, words)), known, title >= i ? tokens[i].start : undefined, (t) => titleOwnedByUnknownBody(doc, kb, knownIndex, t), (t) => partyOwningTitle(doc, kb, knownIndex, t)));
          if (body) j = tokenAtEnd(tokens, j, body.end);
        }
        i = j;
      }
    }
  }
  // "Brahimi will arrive" after "envoy Lakhdar Brahimi": later mentions of a person introduced earlier
  // "Assistant Secretary" before "of State ... Donald Lu": a run of capitals inside a title that took it is no name of its own
  const titled = new SpanIndex(out.filter((p) => p.rule === 'actor:title+unresolved-name' || p.rule === SPOKESPERSON_RULE || p.rule === PLACE_TITLE_RULE));
  const names = out.filter((p) => p.rule !== 'actor:unknown-name' || !titled.overlaps(p.start, p.end));
  return withBareSurnames(doc, kb, laterMentions(doc, roleHolderNames(doc, acronymAliases(doc, names, known), known), known, kb.lexicon.familyNameFirst), known, blocked); // ("Mwangi accused": bare-surnames.ts)
}

/** "the Northern Patriotic Army": a token no known phrase covers, or a capitalised role word, continues a name. */
function inName(tokens: AnalyzedText['tokens'], knownIndex: SpanIndex<ActorPhrase>, k: number): boolean {
  const t = tokens[k];
  return !knownIndex.overlaps(t.start, t.end) || (/^[A-Z]/.test(t.text) && knownIndex.overlapping(t.start, t.end).every((r) => r.rule === 'actor:role'));
}

/**
 * The index of a person's title (a role of kind person, roles.tsv) inside the capitalised run i..j with a name after
 * it and no role among the name's words ("Health Minister John Otieno", "Energy Minister Okafor"); else -1.
 */
function titleEnd(tokens: AnalyzedText['tokens'], knownIndex: SpanIndex<ActorPhrase>, i: number, j: number): number {
  const roleAt = (k: number) => knownIndex.overlapping(tokens[k].start, tokens[k].end).find((r) => r.rule === 'actor:role');
  for (let k = j - 1; k > i; k--) {
    const role = roleAt(k);
    if (role) return role.roleKind === 'person' && role.end <= tokens[k].end && !roleAt(j) ? k : -1;
  }
  return -1;
}

/** "Sea-Watch", "Open-Arms": a capitalised word joined by a hyphen with no space continues the name, whatever its tag. */
function capitalJoined(tokens: AnalyzedText['tokens'], hyphen: number): boolean {
  const before = tokens[hyphen - 1];
  const after = tokens[hyphen + 1];
  return after !== undefined && after.sentence === before.sentence && before.end === tokens[hyphen].start && tokens[hyphen].end === after.start && /^[A-Z]/.test(after.text);
}

/**
 * A lowercase name particle inside a name (data/lexicon/name-particles.tsv): after a hyphen ("Tahir-ul Qadri", "Abd
 * al-Rahman"), hyphened to the next name word ("Abdel Fattah el-Sissi"), or, for one that is no English word, between
 * two name words ("Khalifa bin Belqasim Haftar", "Ursula von der Leyen").
 */
function nameParticle(tokens: AnalyzedText['tokens'], k: number, particles: ReadonlyMap<string, 'hyphen' | 'space'>): boolean {
  const joins = particles.get(tokens[k]?.lower ?? '');
  if (!joins) return false;
  const prev = tokens[k - 1], next = tokens[k + 1];
  if (prev?.text === '-' && next?.pos === 'PROPN') return true;
  if (!prev || !next || next.sentence !== prev.sentence || !/^[A-Z]/.test(prev.text) && particles.get(prev.lower) !== 'space' || prev.end === tokens[k].start) return false;
  // "el-Sissi": hyphened to a capitalised name word
  if (next.text === '-' && next.start === tokens[k].end && capitalJoined(tokens, k + 1)) return true;
  // "bin Belqasim", "von der Leyen": apart, before a name word or another particle
  if (joins !== 'space' || next.start === tokens[k].end) return false;
  return next.pos === 'PROPN' && /^[A-Z]/.test(next.text) || particles.get(next.lower) === 'space' && /^[A-Z]/.test(tokens[k + 2]?.text ?? '') && tokens[k + 2]?.sentence === next.sentence;
}

const isMediatorAnaphor = (kb: Knowledge, t: Token, next: Token, known: SpanIndex<ActorPhrase>) => phraseOpeners(kb.lexicon.anaphors).has(t.lower) && kb.lexicon.anaphors.get(`${t.lower} ${next.lower}`) === 'mediator' && !known.overlaps(next.start, next.end);
function anaphor(doc: AnalyzedText, start: number, end: number, refersTo: string, plural: boolean): ActorPhrase {
  const text = doc.text.slice(start, end);
  return { start, end, text, name: text, code: null, kind: 'anaphor', plural, entry: null, refersTo, locative: false, rule: `anaphor:${refersTo}` };
}

/**
 * "the two Koreas", "both Sudans": a collective that names its states (data/lexicon/collective-names.tsv) is each of
 * them, whoever the text named before: its members are set here, and anaphora.ts takes them as its antecedent.
 */
function namedCollective(kb: Knowledge, p: ActorPhrase): ActorPhrase {
  const codes = kb.lexicon.collectiveNames.get(p.text.toLowerCase().replace(/\s+/g, ' '));
  if (!codes) return p;
  const members = codes.flatMap((code) => {
    const country = kb.countries.get(code);
    return country ? [{ ...p, text: country.name, name: country.name, code, kind: 'country' as const, plural: false, refersTo: undefined, rule: 'actor:collective-name' }] : [];
  });
  return members.length > 1 ? { ...p, members } : p;
}

/** The last token of "both countries", "the two sides", "the three European powers" at token `i` (refers_to collective), else -1. */
function collectiveEnd(doc: AnalyzedText, kb: Knowledge, i: number, sentenceEnd: number): number {
  const t = doc.tokens;
  if (t[i].lower !== 'both' && t[i].lower !== 'the' && t[i].lower !== 'all') return -1;
  // the words so far, joined as the lexicon writes them (asked at every "the": no arrays made)
  let words = t[i].lower;
  for (let j = i + 1; j < Math.min(sentenceEnd, i + 4); j++) {
    words += ` ${t[j].lower}`;
    if (kb.lexicon.anaphors.get(words) === 'collective') return j;
  }
  return -1;
}

// The last word of a portfolio after a title's "for" ("for Foreign Affairs", "for Humanitarian Affairs").
const PORTFOLIO_HEADS = new Set(['affairs']);

/** The index of the portfolio's last word inside the capitalised run i..j, when a name of two words or more follows it; else i - 1. */
function portfolioEnd(tokens: AnalyzedText['tokens'], i: number, j: number): number {
  for (let k = j - 2; k >= i; k--) if (PORTFOLIO_HEADS.has(tokens[k].lower)) return k;
  return i - 1;
}


/** The last token index that ends at or before `end`, from token `j` on. */
function tokenAtEnd(tokens: AnalyzedText['tokens'], j: number, end: number): number {
  while (tokens[j + 1] && tokens[j + 1].end <= end) j++;
  return j;
}


