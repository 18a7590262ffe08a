import type { Knowledge } from '../../knowledge/types.ts';
import type { Token } from '../../nlp/types.ts';
import type { TreeView } from './tree-view.ts';
import { isActNoun, isInstrumentVerb } from './object-words.ts';
import { adjacentSiblingLanding } from './adjacent-landing.ts';
import { objectGapNoun, OBJECT_GAP_RULE } from './object-gap.ts';
import { PARTICLES } from './node-phrase.ts';
import { baseForms } from '../morphology.ts';
import { recipientNode } from './given-recipient.ts';

/** A tree node that an act lands on, and the relation that found it (travels into the event's `rules`). */
export interface LandingNode {
  readonly node: number;
  readonly rule: string;
}

// "attack on", "raid against", "fired at", "rained shells upon", "fired into the crowd": the prepositions that name what is hit
const LANDING_PREPS = new Set(['on', 'against', 'at', 'upon', 'targeting', 'onto', 'into']);

// "fired into the air", "fired into different directions": a shot aimed nowhere lands on no one
const AIMLESS = new Set(['air', 'sky', 'direction', 'directions', 'ground']);

// the nouns of a time an "on" or "at" marks ("on Sunday", "at night"): when, never where an act lands
const TIME_WORDS = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|night|dawn|dusk|noon|midnight|weekend|morning|evening|afternoon|\d{1,2})$/;

// "control of", "an agreement with": a pattern's own preposition that leads to what the act lands on
const PATTERN_PREPS = new Set([...LANDING_PREPS, 'of', 'with']);
// a pattern's own words of closeness after a munition: "dropped a bomb near a checkpoint" (verbs.tsv drop * ... near)
const CLOSE_BY = new Set(['near', 'beside', 'outside']);

/** The first dependent of `i` with one of `labels` marked by a landing preposition. */
// ("the kidnapping of a teacher by bandits on Wednesday": a day is when, never what an act lands on)
function landingOblique(view: TreeView, i: number, labels: string[]): number | undefined {
  return view.childrenWithAny(i, labels).find((c) => view.label(c) !== 'obl:agent' && LANDING_PREPS.has(view.marker(c) ?? '') && !AIMLESS.has(view.tokens[c].lower) && !isDay(view.tokens[c].lower));
}
const MONTHS = /^(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?$/;
const isDay = (lower: string) => TIME_WORDS.test(lower) || MONTHS.test(lower);

/**
 * "took control of the town", "seized control of Maaret al-Numan": the pattern's own object names the act,
 * and the preposition the pattern ends with (or a landing one) marks what the act lands on.
 */
function patternObjectLanding(view: TreeView, head: number, obj: number, ownWords: readonly number[], actNoun: boolean, isMeans: (node: number) => boolean, munitionNouns: ReadonlySet<string>): LandingNode | null {
  // "launched an operation in the mountains": a pattern's "in" says where, never what is hit ("set fire to": its "to" does)
  // ("dropped a grenade near the peacekeepers": a munition the pattern names lands on what its own "near" names)
  const closeBy = (m: number) => CLOSE_BY.has(view.tokens[m].lower) && munitionNouns.has(view.tokens[obj].lemma);
  const consumed = (c: number) => view.childrenWith(c, 'case').some((m) => ownWords.includes(m) && (PATTERN_PREPS.has(view.tokens[m].lower) || view.tokens[m].lower === 'to' || closeBy(m)));
  // "seized weapons on military vehicles": a thing the pattern names is what is acted on; only its own preposition leads on
  // "launched a barrage of missiles at the grid": a weapon the pattern itself names ("barrage of missile") is the
  // means, not what the act lands on ("took control of the town" lands on the town it names)
  const n = view.childrenWith(obj, 'nmod').find((c) => !(ownWords.includes(c) && isMeans(c)) && (consumed(c) || actNoun && LANDING_PREPS.has(view.marker(c) ?? '')))
    ?? view.childrenWith(head, 'obl').find((c) => c > obj && consumed(c)); // "set fire | to homes", the own preposition hung on the verb
  return n === undefined ? null : { node: n, rule: `${PATTERN_OBJECT_RULE}-${view.marker(n)}` };
}

/** The landing is an undergone act's "of" noun: what the act lands on, over any name the window found past it. */
export const UNDERGOER_OF_RULE = 'roles:tree-noun-undergoer-of';

/** "the shelling of Donetsk", "the killing of two journalists": an undergone act lands on its "of" noun. */
function undergoerOf(view: TreeView, kb: Knowledge, tokens: readonly Token[], head: number): LandingNode | null {
  const acts = kb.lexicon.ofUndergoneActs;
  if (!acts.has(tokens[head].lemma) && !acts.has(tokens[head].lower)) return null;
  const of = view.childrenWith(head, 'nmod').find((c) => view.marker(c) === 'of');
  return of === undefined ? null : { node: of, rule: UNDERGOER_OF_RULE };
}

/** The landing is the owner of the pattern's own undergone act ("commuted the sentence of the rapper"). */
export const UNDERGONE_OWNER_RULE = 'roles:tree-undergone-act-owner';

/** The landing came through the pattern's own object ("control of X"): a place there is what is taken, not where. */
export const PATTERN_OBJECT_RULE = 'roles:tree-pattern-object';

/** The landing is whom the pattern's own noun of a thing given goes to ("support for Kyiv"): data/lexicon/given-nouns.tsv. */
export const GIVEN_TO_RULE = `${PATTERN_OBJECT_RULE}-given-to`;

/**
 * What a trigger's act lands on, read off the tree:
 *  - through the pattern's own object to its modifier ("took control of the town");
 *  - a verb's direct object ("stormed the district center", "shot down two helicopters");
 *  - through an act noun to its on/against oblique ("carried out attacks on a convoy", "launched an
 *    operation against rebel camps"): the act noun itself is never the target;
 *  - past the means to where it is aimed ("fired rockets at the airport", "fired tear gas at students");
 *  - for an event noun, its on/against/at modifier ("a raid against a checkpoint");
 *  - else the verb's on/against/at oblique ("opened fire on the crowd").
 * A passive verb's object is its subject: left to the window reading.
 */
export function landingNode(view: TreeView, kb: Knowledge, tokens: readonly Token[], head: number, kind: 'verb' | 'noun', ownWords: readonly number[] = []): LandingNode | null {
  const found = landingNodeOf(view, kb, tokens, head, kind, ownWords);
  return found && saidOn(view, kb, found.node) ? null : found;
}

function landingNodeOf(view: TreeView, kb: Knowledge, tokens: readonly Token[], head: number, kind: 'verb' | 'noun', ownWords: readonly number[]): LandingNode | null {
  if (kind === 'noun') {
    // a greedy parse may read the noun as a verb ("Taliban raids against two posts left ..."): obl counts too
    const n = landingOblique(view, head, ['nmod', 'obl']);
    if (n !== undefined) return { node: n, rule: `roles:tree-noun-${view.marker(n)}` };
    // "an attack by militants on a police station": the parser hangs the landing on the doer named just before it
    // ("by al-Shabab fighters": the parser may hang "by" on the name inside the phrase)
    // (or on the verb, right after the noun: "described an assault | by Houthi rebels on positions")
    const isBy = (c: number) => c > head && (view.marker(c) ?? view.tokens[view.span(c)[0]].lower) === 'by';
    const end = view.span(head)[1];
    const adjacent = view.has(view.head(head)) ? view.childrenWith(view.head(head), 'obl', 'nmod').filter((c) => c !== head && view.span(c)[0] === end) : [];
    const by = [...view.childrenWith(head, 'nmod', 'obl'), ...adjacent].filter(isBy);
    const past = by.map((b) => landingOblique(view, b, ['nmod'])).find((c) => c !== undefined);
    if (past !== undefined) return { node: past, rule: `roles:tree-noun-by-${view.marker(past)}` };
    // "a protest led by X against the government", "raids carried out by militants on army posts": the participle of
    // doing that names the act's doer carries its landing too (not a third party's: "talks mediated by Qatar on ...")
    const doing = view.childrenWith(head, 'acl').filter((c) => c > head && view.isPassive(c) && !kb.lexicon.thirdPartyParticiples.has(tokens[c].lemma));
    // (the parser may hang it on the doer's name: "led by Colonel X | against the junta")
    const led = doing.flatMap((c) => [landingOblique(view, c, ['obl']), ...view.childrenWith(c, 'obl:agent').map((a) => landingOblique(view, a, ['nmod']))]).find((c) => c !== undefined);
    if (led !== undefined) return { node: led, rule: `roles:tree-noun-done-by-${view.marker(led)}` };
    // ("the killing of aid workers" matched by a pattern whose head is its object: the act is among its own words)
    const of = [head, ...ownWords].map((i) => undergoerOf(view, kb, tokens, i)).find((l) => l !== null);
    if (of) return of;
    const next = adjacentSiblingLanding(view, head, LANDING_PREPS);
    return next === undefined || AIMLESS.has(view.tokens[next].lower) ? null : { node: next, rule: `roles:tree-noun-adjacent-${view.marker(next)}` };
  }
  if (view.isPassive(head)) return null;
  const verb = tokens[head].lemma;
  const gap = objectGapNoun(view, kb, head);
  // "the town, which rebels seized on Sunday": the row's own object word is the noun the clause describes
  if (gap !== null && ownWords.includes(gap)) return { node: gap, rule: OBJECT_GAP_RULE };
  for (const obj of view.childrenWith(head, 'obj')) {
    if (gap !== null && obj < head) continue; // "the bridge that insurgents blew up": the relative word stands for the noun
    const lemma = tokens[obj].lemma;
    // "pledged the bloc's support for Lithuania", "cut US aid to Sudan": what is given lands on whom it goes to, never on
    // itself nor on its giver (its possessor or modifier)
    const given = ownWords.includes(obj) ? kb.lexicon.givenNouns.get(lemma) : undefined;
    if (given) {
      const recipient = recipientNode(view, obj, given);
      return recipient === undefined ? null : { node: recipient, rule: GIVEN_TO_RULE };
    }
    const own = ownWords.includes(obj) ? patternObjectLanding(view, head, obj, ownWords, isActNoun(kb, lemma), (c) => kb.lexicon.weaponNouns.has(tokens[c].lemma), kb.lexicon.munitionNouns) : null;
    if (own) return own;
    // "commuted the death sentence of the jailed rapper", "upheld Navalny's conviction": the pattern's own noun of an
    // act undergone (data/lexicon/undergone-acts.tsv) lands on its "of" noun or its possessor
    const undergoer = ownWords.includes(obj) && kb.lexicon.undergoneActs.has(lemma) ? view.children(obj).find((c) => view.label(c) === 'nmod:poss' || view.label(c) === 'nmod' && view.marker(c) === 'of') : undefined;
    if (undergoer !== undefined) return { node: undergoer, rule: UNDERGONE_OWNER_RULE };
    if (isActNoun(kb, lemma)) {
      const n = landingOblique(view, obj, ['nmod']) ?? landingOblique(view, head, ['obl']);
      return n === undefined ? null : { node: n, rule: `roles:tree-act-object-${view.marker(n)}` };
    }
    // (by its other base forms too: a verb the word tagger read as a noun keeps the noun's lemma, "by | firing rockets")
    if (isInstrumentVerb(kb, verb) || baseForms(tokens[head]).some((f) => isInstrumentVerb(kb, f))) {
      const n = landingOblique(view, head, ['obl']) ?? landingOblique(view, obj, ['nmod']);
      return n === undefined ? null : { node: n, rule: `roles:tree-aimed-${view.marker(n)}` };
    }
    return { node: obj, rule: 'roles:tree-obj' };
  }
  const shared = sharedPartnerObject(view, kb, tokens, head);
  if (shared !== undefined) return { node: shared, rule: SHARED_PARTNER_OBJECT_RULE };
  // "the bridge that rebels blew up on Sunday", "the convoy that drones struck on Monday": the noun the clause lacks as
  // its object is where the act lands, before any oblique (a time's "on Sunday"); only a verb of means aims elsewhere
  // ("the rockets that militants fired at the base")
  const aimed = landingOblique(view, head, ['obl']);
  const timeOnly = aimed === undefined || TIME_WORDS.test(tokens[aimed].lower);
  if (gap !== null && timeOnly && !isInstrumentVerb(kb, verb) && !baseForms(tokens[head]).some((f) => isInstrumentVerb(kb, f))) return { node: gap, rule: OBJECT_GAP_RULE };
  // "burned down a school", "took over the airport": the pattern's own particle read as the object's preposition
  const particled = view.childrenWith(head, 'obl').find((c) => c > head && view.childrenWith(c, 'case').some((m) => ownWords.includes(m) && PARTICLES.has(tokens[m].lower)));
  if (particled !== undefined) return { node: particled, rule: 'roles:tree-particle-object' };
  // "resumed bombing targets", "kept shelling rebel positions": the act is the pattern's own -ing word under a verb of
  // phase (tree-repair:phase-verb-gerund), and lands where that word does ("agreed to reopen embassies" is content)
  const gerund = view.childrenWith(head, 'xcomp').find((x) => ownWords.includes(x) && x !== head && /[a-z]ing$/.test(tokens[x].lower));
  const through = gerund === undefined ? null : landingNode(view, kb, tokens, gerund, 'verb', ownWords.filter((w) => w !== head));
  if (through) return { ...through, rule: through.rule.replace('roles:tree-', 'roles:tree-phase-') };
  const n = landingOblique(view, head, ['obl']);
  if (n !== undefined) return { node: n, rule: `roles:tree-obl-${view.marker(n)}` };
  // "freed the hostages the gang had kidnapped", "rebuilt the bridge that insurgents blew up": a relative clause's
  // missing object is the noun it describes
  return gap === null ? null : { node: gap, rule: OBJECT_GAP_RULE };
}

/**
 * "claimed the attack on Telegram", "threatened retaliation on social media": an online platform marked "on" is where
 * the act was told (data/lexicon/saying-vehicles.tsv, told on), no landing of it ("an attack on a military post" lands), no landing of it.
 */
export const saidOn = (view: TreeView, kb: Knowledge, node: number) => view.marker(node) === 'on' && kb.lexicon.platforms?.has(view.tokens[node].lower) === true;

export const SHARED_PARTNER_OBJECT_RULE = 'roles:tree-shared-object';
const COORDINATORS = new Set(['and', 'or']);

/**
 * "Police beat and arrested five men", "militants kidnapped and killed a local chief": a verb with no object of its own
 * right before "and"/"or" and a verb coordinated with it that has one (and no subject of its own) lands on that object
 * too; the parse hangs it on the second verb only (word-window.ts sharedObjectStart reads the window so). An act noun
 * as that object is the partner's own act ("surrounded and opened fire"), no shared landing.
 */
function sharedPartnerObject(view: TreeView, kb: Knowledge, tokens: readonly Token[], verb: number): number | undefined {
  const partner = verb + 2;
  if (!COORDINATORS.has(tokens[verb + 1]?.lower ?? '') || !view.has(partner)) return undefined;
  if (view.head(partner) !== verb || view.base(partner) !== 'conj' || view.upos(partner) !== 'VERB') return undefined;
  if (view.childrenWith(verb, 'obj', 'ccomp', 'xcomp').length > 0 || view.childrenWith(partner, 'nsubj', 'nsubj:pass').length > 0) return undefined;
  const obj = view.childrenWith(partner, 'obj')[0];
  return obj === undefined || isActNoun(kb, tokens[obj].lemma) ? undefined : obj;
}
