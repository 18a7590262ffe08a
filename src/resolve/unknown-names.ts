import type { AnalyzedText } from '../nlp/types.ts';
import type { ActorPhrase } from './types.ts';
import { SpanIndex } from './span-index.ts';
import { tokenAt } from './token-map.ts';
import type { Knowledge } from '../knowledge/types.ts';

// The last word of a name that makes it an organised group: "the Tigray Defense Front", "the Patriotic Union of Kivu".
const GROUP_HEADS = /\b(Front|Forces|Force|Army|Movement|Party|Council|Union|Brigades?|Battalions?|Group|Alliance|Coalition|Committee|Organi[sz]ation|League|Militia|Association|Federation|Congress|Authority|Guards?|Command|Mission|Agency|Ministry|Service|Commission|Network|Jihad|Resistance|Forum|Observatory|Foundation|Institute)\b/;
// A ministry named by its portfolio: "Commerce Ministry", "Ministry of Mines and Energy"
// ... and so is a state's directorate ("the Directorate of Criminal Investigations")
const MINISTRY = /^(?:[A-Z][\w'’-]*\s+){1,4}(?:Ministry|Directorate)$|^(?:Ministry|Directorate)\s+(?:of|for)\s/;
// ... and a bureau, only where a word of its name makes it a state's ("the Anti-Corruption Bureau", "the National Bureau of
// Statistics"; data/lexicon/state-bureau-words.tsv) or it bears a state's name: "the Better Business Bureau" is a trade's
const BUREAU = /^(?:[A-Z][\w'’-]*\s+){1,4}Bureau$|^Bureau\s+(?:of|for)\s/;
// Words that open a run of capitals without being part of the name.
const OPENERS = /^(The|A|An)\s+/;

/** A code for a group no gazetteer knows: its name as a slug, like the gazetteer's own group ids. */
export const slugOf = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/**
 * An unknown capitalised name as an actor. "the Tigray Defense Front" names a group by its head word and gets a
 * slug code, marked `actor:unresolved-name` so analysts see that no gazetteer vouches for it; other unknown names
 * (people, products, places) stay `named`, which alone makes no event.
 */
export function unknownName(start: number, end: number, text: string, stateBureau: (words: readonly string[]) => boolean = () => true): ActorPhrase {
  const name = text.replace(OPENERS, '');
  // "the Commerce Ministry", "the Ministry of Mines": a ministry is the government's, whichever portfolio it holds
  if (MINISTRY.test(name) || BUREAU.test(name) && stateBureau(name.split(/\s+/))) return { start, end, text, name, code: null, kind: 'role', roleKind: 'government', roleCode: 'GOV', plural: false, entry: null, locative: false, rule: 'actor:role' };
  if (GROUP_HEADS.test(name.split(/\s+/).slice(1).join(' ')) || /\s(of|for)\s/.test(name) && GROUP_HEADS.test(name)) {
    return { start, end, text, name, code: slugOf(name), kind: 'group', plural: false, entry: null, locative: false, rule: 'actor:unresolved-name' };
  }
  return { start, end, text, name: text, code: null, kind: 'named', plural: false, entry: null, locative: false, rule: 'actor:unknown-name' };
}

/** A bureau's name words make it a state's: a word of data/lexicon/state-bureau-words.tsv, or a country's name or adjective ("Kenya", "Nigerian"). */
export const statesBureau = (kb: Knowledge, words: readonly string[]) =>
  words.some((w) => kb.lexicon.stateBureauWords?.has(w.toLowerCase()) || kb.actors.lookup(w).some((e) => e.kind === 'country'));

const ACRONYM = /^\s*\(([A-Z][A-Z0-9-]{1,9})\)/;

/**
 * "the Rapid Support Forces (RSF) ... the RSF said": an acronym in brackets after a name the gazetteers lack is its
 * alias for the rest of the article. Returns the phrases with each later bare use of the acronym as the group.
 */
export function acronymAliases(doc: AnalyzedText, phrases: readonly ActorPhrase[], known: readonly ActorPhrase[]): ActorPhrase[] {
  const aliases = new Map<string, { phrase: ActorPhrase; after: number }>();
  for (const p of phrases) {
    if (p.rule !== 'actor:unresolved-name') continue;
    const m = ACRONYM.exec(doc.text.slice(p.end, p.end + 14));
    if (m) aliases.set(m[1], { phrase: p, after: p.end + m[0].length });
  }
  if (aliases.size === 0) return [...phrases];
  const taken = new SpanIndex([...phrases, ...known]);
  const out = [...phrases];
  for (const t of doc.tokens) {
    const alias = aliases.get(t.text);
    if (!alias || t.start < alias.after || taken.overlaps(t.start, t.end)) continue;
    const g = alias.phrase;
    out.push({ ...g, start: t.start, end: t.end, text: t.text, rule: 'actor:unresolved-name-acronym' });
  }
  return out.sort((a, b) => a.start - b.start);
}

// "UN envoy", "NATO spokesman": an organisation's alias that ends in a person's title is a title too
const ORGANIZATION_TITLE = /\b(envoy|commissioner|spokesman|spokeswoman|spokesperson|chief|head|official|representative|commander|secretary|director)$/i;
// ("Former French President Nicolas Sarkozy", "French President X": a country's title, former or read as the holder on
// the publication date, is the title of the name that follows it)
const isTitle = (k: ActorPhrase) => ['actor:role', 'actor:country+role', 'actor:role-in-country', 'actor:country+side-role', 'actor:office-holder'].includes(k.rule) && (k.roleKind === 'person' || k.kind === 'person')
  || k.rule === 'actor:named' && k.kind === 'organization' && ORGANIZATION_TITLE.test(k.text)
  // ("VVD leader Dilan Yesilgoz", "M23 spokesman X": a party's or an armed group's officer speaks for the group)
  || k.rule === 'actor:named' && k.kind === 'group' && GROUP_TITLE.test(k.text);
const GROUP_TITLE = /\b(leader|chairman|chairwoman|chair|head|president|spokesman|spokeswoman|spokesperson)$/i;
const TITLE_GAP = /^(?:\.?\s+|\s+for\s+(?:(?:[A-Z][\w'’-]*|and|the|of)\s+)*Affairs\s+)$/;
const countryCode = (k: ActorPhrase | undefined) => (k?.code && /^[A-Z]{3}/.test(k.code) ? k.code.slice(0, 3) : null);

/**
 * A name the gazetteers lack, with the title or apposition that says who the person is:
 * "Foreign Minister Ahmed Ali of Somalia" → SOMGOV, "Iraqi Defence Minister Ali Hassan" → IRQGOV,
 * "Amina Yusuf, Kenya's foreign minister," → KENGOV. Without a country the person keeps the title's role
 * ("General Musa Bala" → MIL), which the event's country may complete later.
 */
export function withTitle(doc: AnalyzedText, p: ActorPhrase, known: readonly ActorPhrase[], portfolioStart?: number, ownedElsewhere: (title: ActorPhrase) => boolean = () => false, partyOf: (title: ActorPhrase) => number | null = () => null): ActorPhrase {
  if (p.kind !== 'named') return p;
  // "Gen. Musa", "Minister for Foreign Affairs Ahmed Ali": the title, with its portfolio, right before the name
  // (never across a sentence's end: "killed four police officers. Abdul Karim Noori said")
  const sentence = doc.tokens[tokenAt(doc, p.start)]?.sentence;
  const before = known.find((k) => k.end <= p.start && TITLE_GAP.test(doc.text.slice(k.end, p.start)) && isTitle(k) && doc.tokens[tokenAt(doc, k.start)]?.sentence === sentence);
  const after = known.find((k) => k.start >= p.end && k.kind === 'country' && /^\s+of\s+(the\s+)?$/.test(doc.text.slice(p.end, k.start)));
  const pastOffice = (k: ActorPhrase) => PAST_OFFICE.test(doc.text.slice(p.end, k.start)) && (isTitle(k) || k.rule === 'anaphor:definite-person' && k.roleCode !== undefined);
  const appositive = known.find((k) => k.start >= p.end && (/^\s*,\s*(?:the\s+|an?\s+)?$/i.test(doc.text.slice(p.end, k.start)) && isTitle(k) || pastOffice(k)) && (/^\s*[,.]/.test(doc.text.slice(k.end, k.end + 2)) || SERVED_UNDER.test(doc.text.slice(k.end, k.end + 80))));
  // ("Peter Banda, who served as energy minister until 2023,": an office held once makes an elite, CAMEO ELI)
  const past = appositive !== undefined && pastOffice(appositive);
  const title = before ?? appositive;
  // ("Social Democrat leader Magdalena Andersson": a party no gazetteer knows leads its leader to the story's state's
  // parties, its name opening the phrase, resolve/title-owner.ts)
  const party = before ? partyOf(before) : null;
  if (party !== null) return { ...p, start: party, text: doc.text.slice(party, p.end), name: p.text, code: null, kind: 'role', roleKind: 'person', roleCode: 'PTY', plural: false, rule: 'actor:title+unresolved-name' };
  // ("Real Madrid president Florentino Perez": a club's or firm's officer, resolve/title-owner.ts)
  if (!title || title === before && ownedElsewhere(title)) return p;
  // ("Health Minister John Otieno": the portfolio's capitalised words before the title open it)
  const start = before ? Math.min(titleStart(doc, before.start), portfolioStart ?? Infinity) : p.start;
  const end = before && after ? after.end : p.end;
  const rule = before ? 'actor:title+unresolved-name' : 'actor:apposition+unresolved-name';
  const text = doc.text.slice(start, end);
  // "UN envoy Lakhdar Brahimi" speaks for the organisation: its code
  if (title.kind === 'organization' || title.kind === 'group') return { ...p, start, end, text, name: p.text, code: title.code, kind: 'person', entry: title.entry, rule };
  const role = past ? 'ELI' : title.roleCode ?? title.code?.slice(3) ?? '';
  const country = countryCode(title) ?? countryCode(after);
  if (country) return { ...p, start, end, text, name: p.text, code: `${country}${role}`, kind: 'person', rule };
  // "China's foreign ministry rejected ... Spokeswoman Mao Ning said": a spokesperson no office places speaks for
  // the body named last before, in the sentence or the two before it
  const body = before && SPOKESPERSON.test(title.text) ? bodyBefore(doc, known, title.start, sentence) : undefined;
  if (body) return { ...p, start, end, text, name: p.text, code: body.code, kind: 'person', entry: body.entry, rule: SPOKESPERSON_RULE };
  return { ...p, start, end, text, name: p.text, code: null, kind: 'role', roleKind: 'person', roleCode: role, plural: false, rule };
}

// "Jean Ping, a former foreign minister under President Omar Bongo, said": the leader an office was held under ends
// the apposition, and the apposed title is still the name's (that leader is no name of the person's)
const SERVED_UNDER = /^\s+(?:under|during|until|till|from|between)\s+[^,.;]{1,60},/;
// "Peter Banda, who served as energy minister until 2023": a relative clause telling an office once held
const PAST_OFFICE = /^\s*,\s*who\s+(?:had\s+)?(?:served|worked)\s+as\s+(?:the\s+|an?\s+)?(?:\p{Ll}+\s+){0,2}$|^\s*,\s*who\s+was\s+(?:once\s+)?(?:the\s+|an?\s+)?(?:\p{Ll}+\s+){0,2}$/iu;

// "Assistant Secretary of State", "Deputy Foreign Minister": a capitalised word that grades an office is part of the title
const TITLE_GRADES = /^(Assistant|Deputy|Acting|Vice|Special|Senior|Principal|Under|Chief|First)$/;

/** Where a title starts once the grading words before it ("Assistant", "Deputy") join it. */
function titleStart(doc: AnalyzedText, start: number): number {
  let at = start;
  for (let m = /(\S+)\s+$/.exec(doc.text.slice(Math.max(0, at - 20), at)); m && TITLE_GRADES.test(m[1]); m = /(\S+)\s+$/.exec(doc.text.slice(Math.max(0, at - 20), at))) at -= m[0].length;
  return at;
}

const SPOKESPERSON = /^(?:[Aa]\s+|[Tt]he\s+)?spokes(?:wo)?(?:man|person)$/i;
export const SPOKESPERSON_RULE = 'actor:spokesperson-body+unresolved-name';
// the bodies a spokesperson speaks for: a government or armed body of a state, an organisation, a named group
const SPOKEN_BODY = /^[A-Z]{3}(GOV|MIL|COP|SPY|JUD|LEG)$/;

/**
 * The body a spokesperson speaks for: in the latest of its sentence and the two before that names one before `at`
 * (a state's office, an organisation, a group), the first named there, its subject most often ("Russia's defence
 * ministry said it shot down 40 Ukrainian drones": the ministry, not the drones).
 */
function bodyBefore(doc: AnalyzedText, known: readonly ActorPhrase[], at: number, sentence: number | undefined): ActorPhrase | undefined {
  if (sentence === undefined) return undefined;
  let found: ActorPhrase | undefined, foundSentence = -1;
  for (const k of known) {
    if (k.end > at || k.locative || k.code === null) continue;
    const s = doc.tokens[tokenAt(doc, k.start)]?.sentence;
    if (s === undefined || s < sentence - 2 || s < foundSentence) continue;
    const body = k.kind === 'organization' || k.kind === 'group' && k.rule !== 'actor:unresolved-name' || (k.kind === 'role' || k.kind === 'country') && SPOKEN_BODY.test(k.code) && k.roleKind !== 'person';
    if (body && (s > foundSentence || k.start < found!.start)) [found, foundSentence] = [k, s];
  }
  return found;
}
