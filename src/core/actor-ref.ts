import { isPeacekeepers } from '../resolve/definite-role-side.ts';
import type { ActorRef } from '../schema/event.ts';
import type { ActorPhrase } from '../resolve/types.ts';
import { PERSON_SHAPE } from '../resolve/later-mentions.ts';
import { STATE_BODY_OF_LEAD_STATE } from '../resolve/state-body-side.ts';
import { RELATIONAL_FOREIGN_RULE } from '../resolve/anaphor-phrases.ts';
import { UNNAMED_GIVER_RULE } from '../extract/tree-roles/given-recipient.ts';
import { THING_RULE } from '../extract/tree-roles/node-phrase.ts';
import { POSSESSED_THING_RULE } from '../extract/tree-roles/demonym-owner.ts';

/**
 * The antecedent of an anaphor, or of a phrase the tree widened from one ("his side" read from "his", carrying its
 * words and kind): the resolver keyed the anaphor it saw, which starts where the widened phrase does.
 */
export function antecedentOf(phrase: ActorPhrase, antecedents: ReadonlyMap<ActorPhrase, ActorPhrase>): ActorPhrase | undefined {
  const own = antecedents.get(phrase);
  if (own || !widened(phrase)) return own;
  for (const [anaphor, antecedent] of antecedents) if (anaphor.start === phrase.start && anaphor.end <= phrase.end) return antecedent;
  return undefined;
}
// (... or to the thing it owns: "their homes", tree-roles/demonym-owner.ts possessiveOwner; or a giver's title marked so)
const widened = (p: ActorPhrase) => p.rule.endsWith('+actor:tree-subject-phrase') || p.rule.startsWith(POSSESSED_THING_RULE) || p.rule.endsWith(UNNAMED_GIVER_RULE);

/** The phrase as written, with the name and code of what it refers to (its antecedent for "the group"). */
export function actorRef(phrase: ActorPhrase, antecedents: ReadonlyMap<ActorPhrase, ActorPhrase>): ActorRef | null {
  const resolved = phrase.kind === 'anaphor' ? antecedentOf(phrase, antecedents) : phrase;
  // An anaphor with no antecedent keeps its own words ("the leaders", "both sides") and no code: never invented.
  if (!resolved) return phrase.refersTo === 'person' || phrase.refersTo === 'group' || phrase.refersTo === 'collective' || phrase.rule.startsWith(POSSESSED_THING_RULE) ? { text: phrase.text, name: phrase.text, code: null, span: [phrase.start, phrase.end], basis: 'stated' } : null;
  if (phrase.roleCode && phrase.kind === 'anaphor') {
    // "its forces" after "Israel" → ISRMIL; after a group, the group itself; after a body of states ("NATO leaders ...
    // The leaders"), that body (its code's first part is no country)
    const country = resolved.code && /^[A-Z]{3}/.test(resolved.code) && !TRANSNATIONAL.test(resolved.code) ? resolved.code.slice(0, 3) : null;
    return { text: phrase.text, name: resolved.name, code: country ? `${country}${phrase.roleCode}` : resolved.code, span: [phrase.start, phrase.end], basis: bareRole(resolved) ? 'stated' : 'inferred' };
  }
  return {
    text: phrase.text,
    name: resolved.name,
    code: resolved.code,
    span: [phrase.start, phrase.end],
    // (a bare state body's country read off the sentence before, resolve/state-body-side.ts, is inferred)
    basis: (phrase === resolved || bareRole(resolved)) && resolved.rule !== STATE_BODY_OF_LEAD_STATE ? 'stated' : 'inferred',
  };
}
// CAMEO's transnational prefixes: intergovernmental and non-governmental bodies, multinational firms
const TRANSNATIONAL = /^(IGO|NGO|MNC|NGM)/;
// "the gunmen" taking up "Gunmen": a description of a bare role (no code) states all its antecedent does
const bareRole = (p: ActorPhrase) => p.kind === 'role' && p.code === null;
// Roles that make a participant political on their own: armed, state, party and movement actors.
const POLITICAL_ROLES = /(MIL|GOV|COP|REB|OPP|LEG|JUD|SPY|PTY|IGO|NGO|CRM|UAF|SEP|INS)$/;
// Roles that are political only alongside another political participant.
const STATE_ROLES = /^(GOV|MIL|COP|LEG|JUD|SPY)$/;
const CIVIL_ROLES = /(BUS|CVL|MED|EDU|REF|HLH|AGR|LAB|REL|ELI)$/;
// a sector's spokespeople (resolve/side-roles.ts sectorOf codes them by the sector they head)
const STATE_FOLLOWING = '+actor:tree-state-following';
// ("student organizers rejected the claim": who organise a sector's movement speak for it as its leaders do)
const SECTOR_HEADS = /\b(union|student|business|religious|church|community|tribal|farmers?'?|workers'?) (leaders?|officials?|representatives?|organi[sz]ers?)$/i;

/**
 * True when the phrase names a political actor: a state, a group, an organisation, a known leader, or an
 * armed or state role ("foreign troops", "gunmen", "police"). Companies, reporters, athletes and unknown
 * names are not: "Sacramento Kings fired their coach" is no event.
 */
// CAMEO codes of acts about a protest other than protesting: calling one off (082 "ease political dissent"), saying
// one will be called off (0352) and threatening one (133 "threaten political dissent, protest")
const PROTEST_ACTS = /^(082|0352|133)/;
/** The type a participant is judged by: acts about a protest count as protesting ("striking doctors called off their strike"). */
export const participationType = (info: { readonly code: string; readonly type: string }) => (PROTEST_ACTS.test(info.code) ? 'PROTEST' : info.type);

// acts of a court or prosecutor, and the offices whose holders (present or former, ELI) they make news of
const JUDICIAL_TYPES = new Set(['ACCUSE', 'SANCTION']);
const OFFICE_ROLES = /(GOV|LEG|JUD|ELI)$/;
// whom a request presses as a political side, named by the office or the armed role alone
// the verbal acts by which a religious leader takes part in politics: appeals, condemnations and refusals ("the spiritual
// leader rejected the ceasefire deal")
const RELIGIOUS_VOICE_TYPES = new Set(['REQUEST', 'ACCUSE', 'REJECT']);
const isReligiousVoice = (code: string, type: string) => RELIGIOUS_VOICE_TYPES.has(type) && /REL$/.test(code);
const PRESSED_BY_REQUEST = /(GOV|LEG|JUD|MIL|COP|REB|INS|SEP|UAF)$/;

export function isPoliticalParticipant(phrase: ActorPhrase, antecedents: ReadonlyMap<ActorPhrase, ActorPhrase>, type = '', agent = true, sides: ReadonlySet<string> = new Set()): boolean {
  const resolved = phrase.kind === 'anaphor' ? antecedentOf(phrase, antecedents) : phrase;
  // "the rebels attacked the camp", "the officer accused the agency" with no earlier name: the description
  // alone says an organised group, or a holder of an armed or state role, acted; as what an act lands on it
  // proves nothing ("an attack on the king" in chess)
  // ... except a holder of a state office that a judicial act lands on ("the former president was indicted"): the
  // prosecution of an office holder is political news, whoever brings it
  // ... and so do "both sides", "the warring parties" with no one named before: the sides of a conflict or of talks
  // ("Both sides observed the ceasefire"; data/lexicon/side-nouns.tsv)
  // ... and a holder of a state office or an armed side whom a request presses ("calls for the president's ouster",
  // "the families appealed to the kidnappers to free them")
  if (!resolved) return agent ? isReligiousVoice(phrase.roleCode ?? '', type) || phrase.refersTo === 'group' || phrase.refersTo === 'collective' && sides.has(phrase.text.split(/\s+/).pop()!.toLowerCase()) || POLITICAL_ROLES.test(phrase.roleCode ?? '') : JUDICIAL_TYPES.has(type) && OFFICE_ROLES.test(phrase.roleCode ?? '') || type === 'REQUEST' && PRESSED_BY_REQUEST.test(phrase.roleCode ?? '');
  // "The rebels said they had shelled the airport": a pronoun whose antecedent is such a description acts as it does
  if (resolved.kind === 'anaphor') return agent && (resolved.refersTo === 'group' || POLITICAL_ROLES.test(resolved.roleCode ?? ''));
  if (resolved.kind === 'named') return false;
  // "junta supporters attacked journalists": a state side's following acts for that side (tree-roles/state-following.ts)
  if (agent && resolved.rule.endsWith(STATE_FOLLOWING)) return true;
  // students, unions, traders and farmers who protest are political actors by doing so
  // (also a country's people named by their role: "Kenyan union leaders threatened a general strike")
  if ((resolved.kind === 'role' || resolved.rule.startsWith('actor:country+')) && type === 'PROTEST') return true;
  // "the teachers' union suspended its strike": a union acts as an organised political body (a company, a paper or a
  // hospital does not)
  if (resolved.kind === 'role' && resolved.roleKind === 'organization' && /LAB$/.test(resolved.roleCode ?? '') && agent) return true;
  // "union leaders", "student leaders", "business leaders": those who speak for an organised sector act for it as a body
  if (agent && (resolved.kind === 'role' || resolved.rule.startsWith('actor:country+')) && SECTOR_HEADS.test(resolved.text)) return true;
  // "Former President X denounced the verdict", "Sarkozy ... was convicted": one who held a state office (ELI) acts, and is
  // tried, as political news, as its holder does
  if ((resolved.kind === 'person' || resolved.roleKind === 'person') && /ELI$/.test(resolved.code ?? resolved.roleCode ?? '') && (agent || JUDICIAL_TYPES.has(type))) return true;
  // "the Grand Ayatollah called for calm", "bishops condemned the killings": a religious leader's appeal or condemnation
  // speaks to the public as a moral authority, political news (PLOVER's REL actors); their other acts stay civil
  if (agent && isReligiousVoice(resolved.code ?? resolved.roleCode ?? '', type)) return true;
  // "two former ministers were convicted": an office holder a judicial act lands on, named by a role as by a definite phrase
  if (resolved.kind === 'role') return POLITICAL_ROLES.test(resolved.code ?? resolved.roleCode ?? '') || !agent && JUDICIAL_TYPES.has(type) && OFFICE_ROLES.test(resolved.roleCode ?? '');
  if (resolved.code === null) return false;
  // "thousands of Israelis took to the streets": a country's people who protest act politically by doing so, as roles do
  // "the Kenyans counterattacked", "Israelis attacked the village": so does a country's people using force
  if (resolved.kind === 'country' && (type === 'PROTEST' || type === 'ASSAULT') && agent) return true;
  // (the first role decides: "CMRGOVMED", a minister of information, is the government's, as a "...GOVHLH" health minister)
  if (resolved.kind === 'country' || resolved.kind === 'person' && /^[A-Z]{3}/.test(resolved.code)) return !CIVIL_ROLES.test(resolved.code.slice(0, 6)) || resolved.code.length === 3;
  return true;
}

/**
 * "rival clans fought over land", "tribesmen clashed over grazing rights": a crowd or kin group (a role of kind group,
 * data/actors/roles.tsv) in a fight with no one else named is a side of communal violence, a political event (its
 * force on others named, "a mob attacked villagers", is too: isCommunalForce).
 */
export function isGroupSideOfFight(phrase: ActorPhrase, antecedents: ReadonlyMap<ActorPhrase, ActorPhrase>): boolean {
  const resolved = phrase.kind === 'anaphor' ? antecedentOf(phrase, antecedents) : phrase;
  return resolved?.kind === 'role' && resolved.roleKind === 'group';
}

export const COMMUNAL_FORCE_RULE = 'actor:communal-force';

// the sectors of civilians who may act as one crowd: townspeople, settlers, youths (CVL) and herding communities (AGR)
const CROWD_SECTORS = /(CVL|AGR)$/;

/**
 * "Israeli settlers attacked a Palestinian village", "a mob burned the mayor's house", "villagers beat two suspects":
 * force (ASSAULT, COERCE) by a crowd of civilians (a group role such as "mob", or civilians in the plural) on someone
 * named, or on what its pattern's words name on one occasion (a date or a place in its sentence: "settlers set fire to a
 * mosque on Tuesday"; `objectNamed`: the trigger runs on past its verb), is communal
 * violence, political news though no armed or state side takes part. A lone civilian's ("a teenager stabbed ...") stays
 * crime news.
 */
export function isCommunalForce(type: string, actors: readonly ActorPhrase[], targets: readonly ActorPhrase[], antecedents: ReadonlyMap<ActorPhrase, ActorPhrase>, objectNamed: boolean, occasion: () => boolean): boolean {
  if (type !== 'ASSAULT' && type !== 'COERCE') return false;
  const crowd = actors.some((p) => {
    const resolved = p.kind === 'anaphor' ? antecedentOf(p, antecedents) : p;
    if (resolved?.kind !== 'role') return false;
    return (resolved.roleKind === 'group' || resolved.plural) && CROWD_SECTORS.test(resolved.code ?? resolved.roleCode ?? '');
  });
  // a victim the text gives a side (a code); a thing the pattern does not name ("bombarded the studio's accounts with
  // complaints") is none
  return crowd && (targets.some((t) => !t.locative && t.rule !== THING_RULE && Boolean(t.code)) || objectNamed && occasion());
}

export const LABOUR_DISPUTE_RULE = 'actor:labour-dispute';

/**
 * "Workers accused factory owners of withholding wages", "employers threatened to sack striking workers": an act
 * between labour (LAB) and business (BUS), one on each side, is a labour dispute, political news though neither
 * alone is a political actor ("the company hired a new chief" is none).
 */
export function isLabourDispute(actors: readonly ActorPhrase[], targets: readonly ActorPhrase[], antecedents: ReadonlyMap<ActorPhrase, ActorPhrase>): boolean {
  const sector = (p: ActorPhrase) => {
    const resolved = p.kind === 'anaphor' ? antecedentOf(p, antecedents) : p;
    const code = resolved?.code ?? resolved?.roleCode ?? '';
    return code.endsWith('LAB') ? 'LAB' : code.endsWith('BUS') ? 'BUS' : null;
  };
  const sides = (list: readonly ActorPhrase[]) => new Set(list.map(sector));
  const a = sides(actors), t = sides(targets);
  return a.has('LAB') && t.has('BUS') || a.has('BUS') && t.has('LAB');
}

/**
 * Armed or state actors: the ones whose "attack" is literal even among sport or weather words. Among sport or
 * market words a group counts when a gazetteer knows it: a name read as a group by its last word alone ("the
 * Premier League", "the Football Association", "the Players Union") is as likely a sports or business body there;
 * after a storm (`unknownGroups`) it is the authority or aid group the story is about ("the Housing Authority").
 * Among sport words (`sport`), "the French attack" is a team's: a country's forces read only from an act noun also
 * said of a team's play count for nothing.
 */
export function isArmedOrState(phrase: ActorPhrase, antecedents: ReadonlyMap<ActorPhrase, ActorPhrase>, unknownGroups = true, sport = false): boolean {
  const resolved = phrase.kind === 'anaphor' ? antecedentOf(phrase, antecedents) : phrase;
  if (sport && resolved?.teamPlay) return false;
  const code = resolved?.code ?? resolved?.roleCode ?? '';
  return /(MIL|COP|REB|SPY|GOV|CRM)$/.test(code) || resolved?.kind === 'group' && (unknownGroups || resolved.rule !== 'actor:unresolved-name');
}

/**
 * Who gives relief after a storm or in an epidemic: a state itself ("the United States sent rescue teams") or a named
 * body ("the World Food Programme airlifted rations"). Only for aid: "Congo's Ebola outbreak killed 55" has no attacker.
 */
export function isReliefParty(phrase: ActorPhrase, antecedents: ReadonlyMap<ActorPhrase, ActorPhrase>): boolean {
  const resolved = phrase.kind === 'anaphor' ? antecedentOf(phrase, antecedents) : phrase;
  return resolved !== undefined && !resolved.locative && (/^[A-Z]{3}$/.test(resolved.code ?? '') || resolved.kind === 'organization');
}

/** The country a phrase belongs to, if any: from its code ("IRQMIL") or its gazetteer entry (a group's country). */
export function countryOf(phrase: ActorPhrase | undefined, antecedents: ReadonlyMap<ActorPhrase, ActorPhrase>): string | null {
  const resolved = phrase?.kind === 'anaphor' ? antecedentOf(phrase, antecedents) : phrase;
  if (!resolved) return null;
  if (resolved.entry?.country) return resolved.entry.country;
  return resolved.code && /^[A-Z]{3}/.test(resolved.code) ? resolved.code.slice(0, 3) : null;
}

/** "police detained 20 protesters in Tbilisi" → protesters GEOOPP: a bare role takes the country of the event's place, else of the other participant. Marked inferred. */
export function withContextCountry(ref: ActorRef | null, phrase: ActorPhrase | undefined, country: string | null, articleCountry: string | null = null): ActorRef | null {
  if (!ref || !phrase || ref.code !== null || phrase.kind !== 'role' || !phrase.roleCode) return ref;
  // "met his counterpart in Beijing": another state's office holder, of no country the story or the place gives (nor
  // is a bare title backing a government, tree-roles/given-recipient.ts withUnnamedGiver)
  if (phrase.rule === RELATIONAL_FOREIGN_RULE || phrase.rule.endsWith(UNNAMED_GIVER_RULE)) return ref;
  // "trade commissioner Maros Sefcovic": a commissioner is most often a body's (the EU's, the UN's), and where the text
  // names no body no country stands in for it, neither the place's nor the story's
  if (phrase.roleCode === 'GOV' && BODY_OFFICER.test(phrase.text)) return ref;
  // "urged governments to tax sugary drinks", "Presidents of the Andean countries signed": an office each state has one
  // of, in the plural, is many states', none of them the place's or the story's
  if (phrase.plural && ONE_PER_STATE.test(phrase.text)) return ref;
  // "accused the peacekeepers of failing to protect civilians": a mission's troops are sent from abroad, never the
  // host country's or the story's own forces
  if (isPeacekeepers(phrase.text)) return ref;
  // "the envoy in Beijing met officials": a state's people posted abroad sit in their host's country (resolve/role-country.ts)
  if (phrase.postedAbroad) return ref;
  // "The government", "security forces" in a story about one country are that country's; so is "the foreign minister",
  // whose travels make where an act happens no sign of whose minister it is
  const envoy = /\bforeign (minister|ministry|secretary|office|affairs)\b/i.test(phrase.text);
  // "foreign troops", "Western intelligence agencies", "foreign journalists" are nobody's own: neither the place's nor
  // the story's country
  if (!envoy && NOBODYS_OWN.test(phrase.text)) return ref;
  if ((!country || envoy) && articleCountry && STATE_ROLES.test(phrase.roleCode)) return { ...ref, code: `${articleCountry}${phrase.roleCode}`, basis: 'inferred' };
  // "LA PAZ — Centrist senator Rodrigo Paz won ... Rubio congratulated Paz": a person the story names by a bare title is
  // of the story's country, not of whoever acts on them or where they travel
  if (articleCountry && phrase.roleKind === 'person' && TITLED_NAME_RULES.has(phrase.rule) && STATE_ROLES.test(phrase.roleCode)) return { ...ref, code: `${articleCountry}${phrase.roleCode}`, basis: 'inferred' };
  if (!country) return ref;
  return { ...ref, code: `${country}${phrase.roleCode}`, basis: 'inferred' };
}

const TITLED_NAME_RULES = new Set(['actor:title+unresolved-name', 'actor:later-mention']);
const NOBODYS_OWN = /\b(foreign|international|multinational|western|coalition|allied|overseas|unidentified|unknown|gunmen|gunman|armed men|assailants?|attackers?)\b/i;
// the title of an officer of a body (a commission), not of a state's office: data/actors/roles.tsv "commissioner"
const BODY_OFFICER = /\bcommissioners?\b/i;
// the offices and bodies a state has one of
const ONE_PER_STATE = /\b(governments|presidents|prime ministers|premiers|heads of (state|government)|parliaments|legislatures|foreign ministers|foreign ministries|monarchs)\b/i;

/** Two phrases name the same actor once anaphora are resolved ("Hamas" … "it"). */
export function sameActor(a: ActorPhrase, b: ActorPhrase, antecedents: ReadonlyMap<ActorPhrase, ActorPhrase>): boolean {
  const ra = a.kind === 'anaphor' ? antecedentOf(a, antecedents) : a;
  const rb = b.kind === 'anaphor' ? antecedentOf(b, antecedents) : b;
  return ra !== undefined && rb !== undefined && (ra === rb || (ra.code !== null && ra.code === rb.code));
}

// Physical acts that are events in themselves even when nobody is named as doing them.
const AGENTLESS_TYPES = new Set(['ASSAULT', 'COERCE']);
// A verb of happening asserts these too: "a mass protest took place on Sunday" is an event without an organiser.
const OCCURRENCE_TYPES = new Set(['ASSAULT', 'COERCE', 'PROTEST']);
// closing a place (CAMEO 191 rows of closing, not sieges): with no one named as closing it, a precaution, no act
const CLOSING = /^(close|shut|seal)$/;

/** Why an act with no named agent is still an event: it befalls someone or one occasion, or a verb of happening states it. */
export type AgentlessReason = 'actor:agentless-act' | 'actor:stated-occurrence';

/**
 * "Two activists were detained in Minsk", "a rocket hit the base on Monday", "a car bomb exploded in Kabul on
 * Sunday", "clashes broke out in the suburbs": a physical act stated with no agent is still an event (actor null,
 * never a guess) when it befalls people or a political actor, when a place and a date tie it to one occasion, or
 * when a verb of happening states it (`occurrence`, asked only for nouns). Whether it is stated as a fact (not
 * planned, feared or possible) is decided afterwards, from its certainty. Null when it is no event.
 */
export function agentlessReason(
  c: { readonly info: { readonly type: string; readonly code?: string }; readonly actors: readonly ActorPhrase[]; readonly targets: readonly ActorPhrase[]; readonly trigger: { readonly pattern: { readonly kind: string; readonly steps?: readonly { readonly lemmas: readonly string[] }[] } }; readonly rules?: readonly string[] },
  antecedents: ReadonlyMap<ActorPhrase, ActorPhrase>, placeAndDate: () => boolean, occurrence: () => boolean = () => false, mainAssertion: () => boolean = () => false,
): AgentlessReason | null {
  if (c.actors.length > 0) return null;
  if (c.info.code?.startsWith('191') && c.trigger.pattern.steps?.[0]?.lemmas.some((l) => CLOSING.test(l))) return null;
  // a clause states that it happened; a noun ("the massacre of the people") may only name or demand it, unless
  // a verb of happening asserts it ("clashes broke out") or a place and a date make it one occasion ("the air
  // raid on Kunduz on 3 October")
  if (c.trigger.pattern.kind !== 'verb') {
    if (OCCURRENCE_TYPES.has(c.info.type) && occurrence()) return 'actor:stated-occurrence';
    return AGENTLESS_TYPES.has(c.info.type) && placeAndDate() ? 'actor:agentless-act' : null;
  }
  if (!AGENTLESS_TYPES.has(c.info.type)) return null;
  // "Heavy fighting raged in the north": a gerund as the subject of a verb of happening states the act, as a noun does
  // (`occurrence` is asked of a verb row only on its -ing word); "an airstrike hit a market", "a convoy came under
  // fire": the act or its weapon as the subject, or one undergoing it, states that an attack happened
  const stated = occurrence() || (c.rules ?? []).some((r) => STATING_ROLES.has(r));
  const human = c.targets.some((t) => {
    const r = t.kind === 'anaphor' ? antecedentOf(t, antecedents) : t;
    // "Hla Aung was detained for 14 months": a person named only here, when the act is what the sentence asserts
    // ("since Gadhafi was toppled in 2011" only recalls a landmark)
    if (r?.kind === 'named') return PERSON_SHAPE.test(r.name) && mainAssertion();
    // ("A man was arrested for shoplifting": one nameless civilian is no side; a place and a date make it an occasion)
    return r !== undefined && (r.code !== null || r.roleCode !== undefined) && !(r.roleCode === 'CVL' && !r.plural && r.kind === 'role');
  });
  return human ? 'actor:agentless-act' : stated ? 'actor:stated-occurrence' : placeAndDate() ? 'actor:agentless-act' : null;
}

// role rules that read the act's own noun, its weapon or the one undergoing it as the verb's subject, and a headline's
// passive with its "was" dropped ("Aid convoy attacked in North Darfur"), which tells the day's news as a headline does
const STATING_ROLES = new Set(['roles:instrument-subject', 'roles:tree-recipient-subject', 'tree-repair:headline-passive']);
