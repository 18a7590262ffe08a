import type { ActorPhrase } from '../../resolve/types.ts';
import type { SentenceContext } from '../context.ts';
import type { TreeView } from './tree-view.ts';
import { isActNoun } from './object-words.ts';
import { militaryOwner, MILITARY_OWNER_RULE } from './military-owner.ts';
import { GATHERED_BODY_RULE, gatheredBody, ownerPhrase, usable } from './owner-phrase.ts';
import { stateFollowing } from './state-following.ts'; import { believedAs } from './believed-as.ts';
import { TOWN_OFFICIAL_RULE } from '../../resolve/town-officials.ts'; import { nameAfterTitlesNoun, nameRun } from './title-name.ts';
export { ownerPhrase };
export const ACT_OWNER_RULE = 'roles:tree-act-owner'; // in an event's rules: the participant owns an act noun ("Israel's strikes" → Israel)

/** The actor phrases one tree node names, and the relations that read them (rule ids). */
export interface Participants {
  readonly phrases: ActorPhrase[];
  readonly rules: string[];
}

const NAMED_KINDS = new Set(['country', 'group', 'organization', 'person']);
// "dozens of protesters", "members of the rebel group", "hundreds of soldiers": who acts is the "of" noun;
// so for a following ("supporters of the jailed opposition leader"): they act for the side they are named by. A family
// is not ("relatives of soldiers protested" are no army): "relatives", "families" are civilians (data/actors/roles.tsv)
const PARTITIVES = new Set(['dozen', 'dozens', 'hundred', 'hundreds', 'thousand', 'thousands', 'tens', 'millions', 'scores', 'some', 'many', 'several', 'most', 'all', 'none', 'one', 'two', 'three', 'four', 'five', 'six', 'number', 'group', 'delegation', 'team', 'convoy', 'members', 'member', 'unit', 'units', 'contingent', 'detachment', 'band', 'crowd', 'rest', 'majority',
  'supporters', 'followers', 'loyalists', 'coalition', 'alliance', 'umbrella', 'network', 'consortium']);
const MEMBERSHIP = new Set(['members', 'member', 'supporters', 'followers', 'loyalists', 'delegation', 'delegates', 'team', 'contingent']);
// a subject's own words: "Suspected Boko Haram militants", "the group's armed fighters" (no clause, setting or apposition)
const OWN_WORDS = new Set(['det', 'amod', 'compound', 'nmod:poss', 'nummod', 'flat', 'case', 'advmod']);
const named = (p: ActorPhrase | undefined): p is ActorPhrase => usable(p) && NAMED_KINDS.has(p.kind);
/**
 * Who the node at `node` names:
 *  - its own actor phrase ("Iraqi forces", "the group", "they");
 *  - an apposition's name when the node is only a description: "the militia, Kata'ib Hezbollah" → Kata'ib
 *    Hezbollah; a name keeps itself ("Kata'ib Hezbollah, an Iran-backed militia" → Kata'ib Hezbollah);
 *  - the "of" noun of a quantity: "dozens of opposition supporters";
 *  - else the owner among its modifiers, the phrase extended over the node's own words: "Suspected Boko
 *    Haram militants" → Boko Haram, "Turkish airstrikes" → Turkey (the resolver's code, the tree's span);
 *  - and each conjunct in turn: "Russia and Belarus" → both (an apposition is one actor, never split).
 */
export function participantsAt(view: TreeView, ctx: SentenceContext, node: number): Participants {
  const first = nodeActor(view, ctx, node);
  if (!first) return { phrases: [], rules: [] };
  const phrases = [first.phrase];
  const rules = [...first.rules];
  // conjuncts hang from the first, or (a greedy parse) each from the one before: "Egypt, Qatar and the United States"
  const conjuncts = [...view.childrenWith(node, 'conj'), ...siblingConjuncts(view, node)];
  for (let k = 0; k < conjuncts.length; k++) {
    const c = conjuncts[k];
    if (!['NOUN', 'PROPN', 'PRON'].includes(view.upos(c))) continue;
    const next = nodeActor(view, ctx, c);
    if (next && !phrases.includes(next.phrase)) phrases.push(next.phrase);
    for (const d of view.childrenWith(c, 'conj')) if (!conjuncts.includes(d)) conjuncts.push(d);
  }
  // "Somali and Kenyan troops": coordinated owners of one noun are each an actor (also two modifiers, the second with its "and")
  const modifiers = view.childrenWith(node, 'amod', 'compound');
  for (const m of modifiers) {
    const joined = [...view.childrenWith(m, 'conj'), ...modifiers.filter((s) => s > m && view.childrenWith(s, 'cc').some((cc) => cc > m))];
    if (joined.length === 0) continue;
    // ("Russian and Syrian jets": a weapon's owners are each a state's military; the whole read as one owner gives way)
    const weapon = ctx.kb.lexicon.weaponNouns.has(view.tokens[node].lemma);
    const owners = [m, ...joined].map((c) => ctx.phraseAt.get(c)).filter(usable)
      .map((p) => (weapon && p.kind === 'country' && p.code?.length === 3 ? { ...p, code: `${p.code}MIL` } : p));
    if (weapon && owners.length > 1 && phrases[0].start <= owners[0].start && phrases[0].end >= ctx.doc.tokens[node].end) phrases.shift(), rules.push('roles:tree-weapon-owners');
    for (const p of owners) if (!phrases.some((q) => q.start === p.start)) phrases.push(p);
  }
  // "the navies of Egypt and Greece", "the foreign ministers of Iran and Saudi Arabia": a plural role of coordinated
  // countries is each country's (the resolver coded the role with the first country only)
  // "as U.S. and South Korean forces": the resolver's shared role before "and" is a conjunct however the parse hung it
  // ... and each sharer of a list, back along its commas ("Russian, Iranian and Syrian forces")
  for (let sharer = sharedRoleBefore(ctx, first.phrase); sharer; sharer = sharedRoleBefore(ctx, sharer, [','])) if (!phrases.some((q) => q.start === sharer!.start)) phrases.unshift(sharer);
  const shared = rolesOfJoinedCountries(view, ctx, node, first).filter((p) => !phrases.some((q) => q.start === p.start));
  if (shared.length) rules.push('roles:tree-role-of-joined-countries');
  phrases.push(...shared);
  if (phrases.length > 1) rules.push('roles:tree-conj');
  return { phrases, rules };
}

function sharedRoleBefore(ctx: SentenceContext, phrase: ActorPhrase, joiners: readonly string[] = ['and', 'or']): ActorPhrase | null {
  const t = ctx.doc.tokens;
  let i = ctx.sentence.tokenStart;
  while (i < ctx.sentence.tokenEnd && t[i].start < phrase.start) i++;
  if (t[i]?.start !== phrase.start || !joiners.includes(t[i - 1]?.lower ?? '')) return null;
  const before = ctx.phraseAt.get(i - 2);
  return before?.rule === 'actor:shared-role' && before.end === t[i - 2].end ? before : null;
}
// "the foreign ministers of Egypt and Jordan", "envoys from Russia and Ukraine": the countries a plural title belongs to
const BELONGING = new Set(['of', 'from']);

function rolesOfJoinedCountries(view: TreeView, ctx: SentenceContext, node: number, first: { phrase: ActorPhrase; rules: readonly string[] }): ActorPhrase[] {
  const role = first.phrase;
  // the resolver's role in a country, or a title the tree gave its "of" country ("the leaders of France and Germany")
  const titled = first.rules.includes('roles:tree-title-of') || first.rules.includes('roles:tree-title-noun-of');
  const plural = role.plural || titled && view.tokens[node].lower !== view.tokens[node].lemma;
  if (!plural || !(titled || role.rule === 'actor:role-in-country' && ctx.phraseAt.get(node) === role)) return [];
  // (the resolver may have read "The defence ministers of India" as one phrase: the "of" country is inside it)
  const of = view.childrenWith(node, 'nmod').find((c) => BELONGING.has(view.marker(c) ?? '') && (ctx.phraseAt.get(c)?.kind === 'country' || titled));
  if (of === undefined) return [];
  const out: ActorPhrase[] = [];
  for (const c of view.childrenWith(of, 'conj')) {
    const country = ctx.phraseAt.get(c);
      // (the resolver may have given the second country the title's role already: "India and China" after "ministers of")
    if (!(country?.kind === 'country' || titled && country?.kind === 'role') || !country.entry?.country) continue;
    out.push({ ...role, start: country.start, end: country.end, text: country.text, code: `${country.entry.country}${role.roleCode ?? ''}` });
  }
  return out;
}

/**
 * "the Sudanese Armed Forces (SAF) and the Rapid Support Forces (RSF) have agreed": after a parenthesis the
 * parser may hang the second conjunct as a second subject of the verb. A later sibling with the same relation
 * that opens with "and"/"or" (its own `cc`, or one the parser hung on the verb right before it) is a conjunct
 * of the first.
 */
function siblingConjuncts(view: TreeView, node: number): number[] {
  const up = view.head(node);
  if (up < 0 || !['nsubj', 'nsubj:pass', 'obj'].includes(view.label(node))) return [];
  const joined = (s: number) => {
    const first = view.span(s)[0];
    const before = view.tokens[first].lower === 'and' || view.tokens[first].lower === 'or' ? first : first - 1;
    return before > node && ['and', 'or'].includes(view.tokens[before].lower) && view.label(before) === 'cc';
  };
  return view.childrenWith(up, view.label(node)).filter((s) => s > node && joined(s));
}

// (a state side's following is that country's people: "supporters of the president"; "men believed to be militants": believed-as.ts)
const nodeActor = (view: TreeView, ctx: SentenceContext, node: number): ReturnType<typeof sideActor> => believedAs(view, ctx, node, (n) => nodeActor(view, ctx, n)) ?? stateFollowing(view, ctx, node, sideActor(view, ctx, node));

function sideActor(view: TreeView, ctx: SentenceContext, node: number): { phrase: ActorPhrase; rules: string[] } | null {
  const own = ctx.phraseAt.get(node);
  if (own?.locative) return null;
  const apposed = own ? apposedName(view, ctx, node, own) : null;
  if (apposed) return { phrase: apposed, rules: [APPOSED_NAME_RULE] };
  const appos = view.childrenWith(node, 'appos').map((c) => ctx.phraseAt.get(c)).find(named);
  if (appos && (!own || !NAMED_KINDS.has(own.kind))) return { phrase: appos, rules: ['roles:tree-appos'] };
  // "Abu Mohammed al-Julani, the leader of Hayat Tahrir al-Sham,": a name no code vouches for speaks for its title's group
  const titled = own && own.code === null && (own.kind === 'person' || own.kind === 'named') ? view.childrenWith(node, 'appos').filter((c) => c > node)
    .map((c) => ({ c, t: ctx.phraseAt.get(c) })).map(({ c, t }) => ({ c, g: t && t.roleKind === 'person' ? titleOfGroup(view, ctx, c, t) : null })).find(({ g }) => g) : undefined;
  const repaired = titled ? view.repairOf(titled.c) : null;
  if (titled?.g && own) return { phrase: { ...titled.g, start: own.start, end: own.end, text: own.text, name: own.name }, rules: ['roles:tree-appos-title-of', ...(repaired ? [repaired] : [])] };
  // "his side", "the group's fighters": a phrase no code vouches for speaks for its possessor
  const owner = ownerPhrase(view, ctx, node);
  // "TPLF spokesperson Getachew Reda denied": a name no code vouches for speaks for the group of the title before it
  // (the name's `nmod:desc`, as the parser reads "President Jovenel Moise")
  if (own && own.code === null && (own.kind === 'person' || own.kind === 'named')) {
    const group = view.childrenWith(node, 'nmod:desc').filter((t) => t < node).map((t) => titleGroup(view, ctx, t)).find((p) => p !== null);
    if (group) return { phrase: spanned(view, ctx, node, group), rules: ['roles:tree-title-owner'] };
  }
  // "The leader of the Wagner group, Yevgeny Prigozhin", "the spokesman of the Taliban": a person's title with an "of"
  // group speaks for that group (as "Hamas's spokesman" does); the resolver read the title alone
  // ("The spokesman for the Taliban government": a definite title the resolver kept as an anaphor is such a title too)
  const isTitle = (own?.kind === 'role' || own?.kind === 'anaphor' && own.code === null) && own.roleKind === 'person' && own.rule !== TOWN_OFFICIAL_RULE; // (a town's official holds its place)
  const titledOf = isTitle ? titleOfGroup(view, ctx, node, own) : null;
  // ("the defense ministers of NATO met": a plural title is many people, whatever the body they belong to)
  if (titledOf) return { phrase: { ...spanned(view, ctx, node, titledOf), plural: titledOf.plural || own!.plural }, rules: ['roles:tree-title-of'] };
  // "The head of the IAEA met", "the chief of the Ugandan army": an office noun that alone names no side
  // (data/lexicon/title-nouns.tsv) acts for the group, army or state of its "of" phrase
  const office = own === undefined ? officeOf(view, ctx, node) : null;
  if (office) return { phrase: { ...spanned(view, ctx, node, office), plural: office.plural || view.tokens[node].lower !== view.tokens[node].lemma }, rules: ['roles:tree-title-noun-of'] };
  // ("the teachers' union": an owner that is itself only a role names no side; the union is the participant)
  const speaksForOwner = owner !== null && (owner.code !== null || owner.kind === 'anaphor');
  // "Fighters from the Islamic State West Africa Province", "militants from al-Shabab": a bare armed role from a named group or organisation is that body's (a country lends its code elsewhere: "soldiers from Chad")
  const body = own?.kind === 'role' && own.code === null && ARMED_ROLE.test(own.roleCode ?? '') ? memberOf(view, ctx, node) : null;
  if (body) return { phrase: spanned(view, ctx, node, body), rules: ['roles:tree-member-from'] };
  if (own && !(own.code === null && own.kind !== 'anaphor' && speaksForOwner && view.childrenWith(node, 'nmod:poss').length)) return { phrase: own, rules: [] };
  const lower = view.tokens[node].lower;
  if (PARTITIVES.has(lower) || view.upos(node) === 'NUM') {
    // "supporters from two opposition parties", "a delegation from Hamas": members come from what they belong to
    const of = view.childrenWith(node, 'nmod').find((c) => view.marker(c) === 'of' || view.marker(c) === 'from' && MEMBERSHIP.has(lower));
    const inner = of === undefined ? null : nodeActor(view, ctx, of);
    if (inner) return { phrase: inner.phrase, rules: [...inner.rules, 'roles:tree-partitive'] };
  }
  if (!owner || !['NOUN', 'PROPN'].includes(view.upos(node))) return null;
  const military = militaryOwner(view, ctx, node, owner); // "Myanmar's military airstrikes", "Russia's drones"
  const gathered = military ? null : gatheredBody(own, owner); // "Kenya's teachers' union"
  return nodeOwned(view, ctx, node, military ?? gathered ?? owner, military ? [MILITARY_OWNER_RULE] : gathered ? [GATHERED_BODY_RULE] : []);
}

function nodeOwned(view: TreeView, ctx: SentenceContext, node: number, owner: ActorPhrase, extra: string[]): { phrase: ActorPhrase; rules: string[] } | null {
  // "Israel's strikes killed 20", "a Turkish drone strike": an act's owner is who acted, not the act's words
  if (isActNoun(ctx.kb, view.tokens[node].lemma)) return { phrase: owner, rules: ['roles:tree-owner', ACT_OWNER_RULE, ...extra] };
  // "His daughter, Vice President Sara Duterte, criticised": a relative is no participant for the owner; the name in
  // apposition is the person, else no one coded
  if (ctx.kb.lexicon.kinNouns.has(view.tokens[node].lemma)) {
    const relative: ActorPhrase = { ...owner, code: null, entry: null, kind: 'role', roleKind: 'person', roleCode: undefined };
    const kin = apposedName(view, ctx, node, relative);
    if (!kin) return { phrase: spanned(view, ctx, node, relative), rules: [KIN_RULE, ...extra] };
    // (a title in the apposition the name alone does not code: "Vice President Sara Duterte" is the vice president)
    const appos = view.childrenWith(node, 'appos').find((k) => k > node);
    let title: ActorPhrase | undefined;
    if (kin.code === null && appos !== undefined) {
      const [lo, hi] = view.span(appos);
      for (let k = lo; k < hi && !title; k++) if (ctx.phraseAt.get(k)?.kind === 'role' && ctx.phraseAt.get(k)?.roleKind === 'person') title = ctx.phraseAt.get(k);
    }
    return { phrase: title ? { ...title, start: kin.start, end: kin.end, text: kin.text, name: kin.name } : kin, rules: [APPOSED_NAME_RULE, ...extra] };
  }
  const owned = spanned(view, ctx, node, owner);
  // "The border security force director, General D. K. Pathak": an office word the resolver left out, with a name after it
  const apposedOwned = ctx.kb.lexicon.titleNouns.has(view.tokens[node].lemma) ? apposedName(view, ctx, node, { ...owned, roleKind: 'person' }) : null;
  if (apposedOwned) return { phrase: apposedOwned, rules: ['roles:tree-owner', APPOSED_NAME_RULE, ...extra] };
  return { phrase: owned, rules: ['roles:tree-owner', ...extra] };
}

export const APPOSED_NAME_RULE = 'roles:tree-apposed-name', KIN_RULE = 'roles:tree-relative';
const ARMED_ROLE = /^(MIL|REB|INS|SEP|UAF|CRM)$/;

/** The group or organisation a "from" or "of" phrase on the node names ("fighters from ISWAP", "fighters of al-Shabab"), or null. */
function memberOf(view: TreeView, ctx: SentenceContext, node: number): ActorPhrase | null {
  const from = view.childrenWith(node, 'nmod').find((c) => c > node && (view.marker(c) === 'from' || view.marker(c) === 'of'));
  // ("rebels from the M23 movement": the body's name may sit inside the noun that heads the phrase)
  const p = from === undefined ? undefined : nodeActor(view, ctx, from)?.phrase;
  return p && !p.locative && p.code !== null && (p.kind === 'group' || p.kind === 'organization') ? p : null;
}

/**
 * "The Israeli defense minister, Yoav Gallant, threatened", "the army spokesman, Colonel Ahmed Moussa, said": a person's
 * title with the person's name in apposition after it is that person. The words run over both; the name is the
 * person's, the code the name's (when known) else the title's. Null when the apposition is no person's name (a group
 * or place keeps its own reading).
 */
function apposedName(view: TreeView, ctx: SentenceContext, node: number, own: ActorPhrase): ActorPhrase | null {
  // a person's title: a person or person-role phrase, or a group's member ("a senior Hamas official": the head word is
  // outside the group's name)
  const member = ['group', 'organization'].includes(own.kind) && !own.name.toLowerCase().includes(view.tokens[node].lower);
  if (own.locative || own.kind !== 'person' && own.roleKind !== 'person' && !member) return null;
  const c = view.childrenWith(node, 'appos').find((k) => k > node && view.upos(k) === 'PROPN') ?? nameAfterTitlesNoun(view, node);
  if (c === undefined) return null;
  const [lo, hi] = nameRun(view, c, view.span(c, (k) => view.base(k) === 'punct' || ['acl', 'acl:relcl', 'appos'].includes(view.label(k))));
  // only a comma between title and name ("accused the RSF of ... and sanctioned its leader, Mohamed Dagalo": not RSF's)
  if (lo - view.span(node, (k) => k === c)[1] > 1) return null;
  const tokens = ctx.doc.tokens;
  const inside = Array.from({ length: hi - lo }, (_, k) => ctx.phraseAt.get(lo + k)).filter((p) => p !== undefined);
  // a known person only when the phrase runs to the name's end ("Petro" alone is another Petro than "Petro Danyliuk";
  // "Mr. John Boehner" is John Boehner)
  const person = inside.find((p) => p.kind === 'person' && p.code !== null && p !== own && p.end >= tokens[hi - 1].end);
  if (inside.some((p) => p !== own && !['person', 'role', 'named'].includes(p.kind)) || ctx.places?.overlapping(tokens[lo].start, tokens[hi - 1].end).length) return null;
  if (!person && !tokens.slice(lo, hi).every((t) => /^[A-Z]/.test(t.text) || t.text === '.' || t.text === '-')) return null;
  const end = tokens[hi - 1].end;
  const text = ctx.doc.text.slice(own.start, end);
  const name = person?.name ?? ctx.doc.text.slice(tokens[lo].start, end);
  // a definite title read as an anaphor ("The army spokesman, Colonel X") introduces the named person: a role, not a
  // reference back
  // ("The leader of the Wagner group, Yevgeny Prigozhin": a name no code vouches for takes its title's "of" group)
  const group = person || own.code !== null ? null : titleOfGroup(view, ctx, node, own);
  const base = person ?? group ?? (own.kind === 'anaphor' ? { ...own, kind: 'role' as const, refersTo: undefined } : own);
  return { ...base, start: own.start, end, text, name, rule: `${base.rule}+actor:tree-apposed-name` };
}

/** The named group, organisation or country of a title's "of" noun, when the title's own phrase leaves it out. */
function titleOfGroup(view: TreeView, ctx: SentenceContext, node: number, own: ActorPhrase): ActorPhrase | null {
  // "a spokesman for the Sudanese army": a bare title's "for" group too (not a country: "envoy for Yemen" is no Yemeni)
  const marked = view.childrenWith(node, 'nmod').find((c) => c > node && (view.marker(c) === 'of' || view.marker(c) === 'for' && own.code === null));
  // "the minister of defense of Niger", "the chief of staff of the Israeli army": past the portfolio to its "of" group
  const of = marked === undefined ? undefined : pastPortfolio(view, ctx, marked, own);
  if (of === undefined || view.tokens[of].pos === 'VERB') return null; // ("accused the governor of arming militias": an act)
  const group = ctx.phraseAt.get(of) ?? ownerPhrase(view, ctx, of) ?? undefined;
  // a coded role names its side too ("the commander of the Kenyan navy"); an office's title (not "opponents of the junta")
  // for a bare body speaks for the side the story gives it ("a spokesman for the army": the army's, not the government's)
  const coded = usable(group) && group.kind === 'role' && (group.code !== null || own.roleCode === 'GOV' && group.roleKind !== 'person' && group.roleKind !== undefined);
  if (!(named(group) || coded) || group.kind === 'person' || group.start < own.end) return null;
  if (group.kind === 'country' && (group.code ?? '').length === 3 && of === marked && view.marker(of) === 'for') return null;
  // "the president of Russia": a country's title is its government's (the role on the country), not the country
  if (group.kind !== 'country') return group;
  const country = group.entry?.country ?? group.code;
  return country && own.roleCode ? { ...group, kind: 'role', code: `${country}${own.roleCode}`, roleCode: own.roleCode, roleKind: own.roleKind, plural: own.plural } : null;
}

/** A title's portfolio ("of defense", "of staff": no phrase of its own, or inside the title's) leads to its own "of" noun. */
function pastPortfolio(view: TreeView, ctx: SentenceContext, of: number, own: ActorPhrase): number {
  const phrase = ctx.phraseAt.get(of);
  if (phrase && phrase !== own) return of;
  const next = view.childrenWith(of, 'nmod').find((c) => c > of && view.marker(c) === 'of');
  return next === undefined ? of : next;
}

/** The group, organisation, coded role or state (its government) an office noun's "of" phrase names. */
function officeOf(view: TreeView, ctx: SentenceContext, node: number): ActorPhrase | null {
  if (!ctx.kb.lexicon.titleNouns.has(view.tokens[node].lemma) || view.upos(node) !== 'NOUN') return null;
  const of = view.childrenWith(node, 'nmod').find((c) => c > node && view.marker(c) === 'of');
  if (of === undefined) return null;
  const group = ctx.phraseAt.get(of) ?? ownerPhrase(view, ctx, of) ?? undefined;
  if (!usable(group) || group.code === null || group.kind === 'person' || group.kind === 'anaphor' || group.kind === 'named') return null;
  const country = group.kind === 'country' ? group.entry?.country ?? group.code : null;
  return country ? { ...group, kind: 'role', code: `${country}GOV`, roleCode: 'GOV', roleKind: 'person' } : group;
}

/** Whose title it is: the title's own coded phrase ("TPLF spokesperson"), else its owner ("Hamas's spokesman"). */
function titleGroup(view: TreeView, ctx: SentenceContext, title: number): ActorPhrase | null {
  const own = ctx.phraseAt.get(title);
  return usable(own) && own.code !== null && own.kind !== 'anaphor' ? own : ownerPhrase(view, ctx, title);
}

/** The owner's code over the node's own words: "Suspected Boko Haram militants" → Boko Haram, that span. */
function spanned(view: TreeView, ctx: SentenceContext, node: number, owner: ActorPhrase): ActorPhrase {
  // the node's own preposition is not its words ("on a U.S. base" → "a U.S. base"); a possessor's "'s" is
  const [lo, hi] = view.span(node, (c) => !OWN_WORDS.has(view.label(c)) && view.label(c) !== 'nmod:desc' || view.head(c) === node && view.label(c) === 'case');
  const tokens = ctx.doc.tokens;
  const start = Math.min(tokens[lo].start, owner.start);
  const end = Math.max(tokens[hi - 1].end, owner.end);
  const text = ctx.doc.text.slice(start, end);
  return { ...owner, start, end, text, rule: `${owner.rule}+actor:tree-subject-phrase` };
}
