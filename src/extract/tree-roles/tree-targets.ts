import { NAMED_FREE_RELATIVE } from '../tree-repair/named-free-relative.ts';
import { landsAsNoun } from './gerund-noun.ts';
import type { ActorPhrase } from '../../resolve/types.ts';
import { SHELTER_PLACE_RULE } from '../recipients-place.ts';
import { AGREEMENT_TOPIC_RULE, withoutAgreementTopic } from './agreement-topic.ts';
import { withThreatCondition } from './threat-condition.ts';
import { withEnvoyPost } from './envoy-post.ts';
import { withThreatenedParty } from './threatened-party.ts';
import { withAllegedClauseSubject } from './alleged-clause.ts';
import type { Candidate } from '../candidate.ts';
import type { SentenceContext } from '../context.ts';
import type { TreeView } from './tree-view.ts';
import { landingNode, PATTERN_OBJECT_RULE, SHARED_PARTNER_OBJECT_RULE, UNDERGOER_OF_RULE, type LandingNode } from './landing-node.ts';
import { nodePhrase, THING_RULE } from './node-phrase.ts';
import { isActNoun, isGuardingVerb, isRequestVerb } from './object-words.ts';
import { addresseeNode } from './addressee-node.ts';
import { purposeVerb } from './purpose-clause.ts';
import { withOwnClauseTargets } from './own-clause-targets.ts';
import { withAvengedAct, AVENGED_DOER_RULE, AVENGED_NO_TARGET_RULE } from './avenged-act.ts';
import { countedHolderTarget, COUNTED_RULE, thingHolder, THING_HOLDER_RULE } from './thing-holder.ts';
import { partOfActTarget, PART_OF_ACT_RULE } from './part-of-act.ts';
import { takenFrom } from './taken-from.ts';
import { withAgreementPartner } from './agreement-partner.ts';
import { withProposalMaker, PROPOSAL_MAKER_RULE } from './proposal-maker.ts';
import { withSymmetricPartner } from './symmetric-partner.ts';
import { withCondemnedAct } from './condemned-act.ts';
import { withDrawnReaction } from './drawn-reaction.ts';
import { underAttackNode } from './under-attack.ts';
import { findTriggers } from '../triggers.ts';
import { assemblyObject, isAssemblyLanding } from './assembly-object.ts';
import { releasedPersons, RELEASED_RULE, withoutGivenInExchange } from './released-persons.ts';
import { askedActDoer, undergoerOnly } from './undergone-act.ts';
import { FACING_RULE } from '../mobilize-facing.ts';
import { withNamedObject } from './named-object.ts';
import { demonymOwner, possessiveOwner } from './demonym-owner.ts';
import { LIFTED_PENALTY_TYPES, PENALTY_TYPES, penaltyNouns, withPenaltyLanding } from './penalty-landing.ts';
import { movedToward, MOVED_TOWARD_RULE } from './moved-toward.ts';
import { asThing, retakenWithoutTaker, withoutRetakenPlace } from './retaken-place.ts';
import { withProtestTargets, withoutSiteOrIssueOwner } from './doer-landing.ts';
import { actLanding, tollAct, THING_TARGET, withAgentlessActLanding } from './named-act.ts';
import { settledPlaceCountry } from './settled-place.ts';
import { COORDINATED_OWNERS_RULE, coordinatedOwners, insideNode, inSetting, onlyActorsOwn, ownedConjuncts } from './phrase-position.ts';
import { withAidedParty } from './aided-party.ts';
import { withoutHelpers } from './helper-phrase.ts';
import { withTitledTargets } from './titled-target.ts';
import { REQUEST_ASKED_FROM_RULE } from './request-addressee.ts';
import { withUndergoneOwner } from './undergone-owner.ts';
import { followedThing } from './state-following.ts';
import { withGivenRecipient } from './given-recipient.ts';

export { THING_TARGET };
const PLACE_COUNTRY_RULE = 'actor:object-place-country'; // the window's owner of a struck place: "shelled areas of Kherson" → Ukraine
// Acts that land on things as well as on people: "stormed the district center", "hit five villages" (ASSAULT),
// "shut down two newspapers" (COERCE), "accepted the peace plan" (AGREE); a document signed (CAMEO 057) lands on no one.
const THING_TARGET_TYPES = new Set(['ASSAULT', 'COERCE', 'AGREE']);
const SUM_WORDS = new Set(['million', 'billion', 'trillion', 'dollars', 'euros', 'pounds', 'yuan', 'rubles', 'roubles', '$', '€', '£']);

/**
 * A candidate's target read off the dependency tree, for acts that land on things:
 *  - where the window reading found none: "Taliban fighters stormed the district center" → the district
 *    center; "a raid against a security checkpoint" → the checkpoint;
 *  - where the window only found a name inside the thing: "attacked a police station" (police), "an army
 *    outpost" (army), "a clinic that treats refugees" (refugees) → the station, the outpost, the clinic.
 * Runs after the event is decided, so a target never makes an event nor changes its type; the rule that
 * found it joins the event's `rules`.
 */
export function withTreeTargets(ctx: SentenceContext, view: () => TreeView, found: Candidate): Candidate {
  let c = withProposalMaker(ctx, view(), withSymmetricPartner(ctx, view(), withAgreementPartner(ctx, view(), withAvengedAct(ctx, view(), withOwnClauseTargets(ctx, view(), withTitledTargets(ctx, view(), withoutAgreementTopic(ctx, view(), withoutHelpers(ctx, view(), withGivenRecipient(ctx, view(), withoutSiteOrIssueOwner(ctx, view(), found))))))))));
  // ("accepted a ceasefire proposal from the African Union": the party that proposed it, not the proposal)
  if (c.reciprocal || c.rules.includes(PROPOSAL_MAKER_RULE) || c.rules.includes(AGREEMENT_TOPIC_RULE)) return c; // ("a deal on farm workers": no landing in the topic)
  // an act with no agent is coded for whom it befell, unless the sentence names the act and what it hit (a thing alone
  // never makes one an event; "Kherson was liberated", "Mosul was liberated from IS": ground taken back is no target)
  if (c.actors.length === 0) return withAgentlessActLanding(ctx, view(), (c.info.type !== 'AGREE' && c.trigger.pattern.kind === 'verb' ? retakenWithoutTaker(ctx, c, takenFrom(view(), ctx, c.trigger.head)) : null) ?? c);
  // "Russia must withdraw," the chancellor said: a REQUEST typed by its content (core/speech-acts.ts) keeps the content's roles
  if (c.info.type === 'REQUEST') return c.rules.some((r) => r.startsWith('speech-act:')) ? c : withAddressee(ctx, view(), c);
  if (c.info.type === 'PROTEST') return withPurposeAddressee(ctx, view(), withProtestTargets(ctx, view(), c));
  if (c.info.type === 'MOBILIZE') return withMobilizedAgainst(ctx, view(), c);
  // "Ukraine would strike back if Russia continued ...": force with no target aims at the condition's party
  if (c.info.quadClass === 4 && c.targets.length === 0 && c.info.type !== 'THREATEN') c = withThreatCondition(ctx, view(), c);
  if (PENALTY_TYPES.has(c.info.type)) return withEnvoyPost(ctx, view(), withThreatCondition(ctx, view(), withThreatenedParty(ctx, view(), withNamedObject(ctx, view(), withPenaltyLanding(ctx, view(), c)))));
  // ("lifted U.S. sanctions on settlers", "renewed EU sanctions on Russia": a penalty eased or kept lands where it did)
  if (LIFTED_PENALTY_TYPES.has(c.info.type) && penaltyNouns(view(), ctx, c).length > 0) c = withPenaltyLanding(ctx, view(), c);
  if (c.info.type === 'ACCUSE') return withAllegedClauseSubject(ctx, view(), withNamedObject(ctx, view(), withDrawnReaction(ctx, view(), withCondemnedAct(ctx, view(), c))));
  if (c.info.type === 'REJECT') return withNamedObject(ctx, view(), c);
  if (c.info.type === 'AID') c = withAidedParty(ctx, view(), c); // "sent troops to support M23": M23, not the troops
  c = withoutGivenInExchange(ctx, c);
  const released = releasedPersons(view(), ctx, c);
  if (released) return { ...c, targets: [released], rules: [...c.rules, RELEASED_RULE, THING_TARGET] };
  // "freed 20 prisoners as part of a general amnesty": the larger act lands where its step does
  const whole = partOfActTarget(ctx, view(), c);
  if (whole) return { ...c, targets: [whole], rules: [...c.rules, PART_OF_ACT_RULE, ...(whole.rule === THING_RULE ? [THING_TARGET] : [])] };
  if (!THING_TARGET_TYPES.has(c.info.type) || c.info.code === '057') return withUndergoneOwner(ctx, view(), c); // "commuted the sentence of the rapper"
  // "would avenge the deaths of its fighters": what an answer answers lands nowhere for it (tree-roles/avenged-act.ts)
  if (c.rules.includes(AVENGED_NO_TARGET_RULE) || c.rules.includes(AVENGED_DOER_RULE)) return c;
  const tree = view();
  const giver = c.info.type !== 'AGREE' && c.trigger.pattern.kind === 'verb' ? takenFrom(tree, ctx, c.trigger.head) : null;
  if (giver && !c.actors.some((a) => a.start === giver.start)) return { ...c, targets: [giver], rules: [...c.rules, 'roles:tree-taken-from'] };
  // "liberated the town of Dikwa": ground taken back is no country's target, only a thing (its holder's when named)
  const retaken = c.info.type === 'AGREE' ? null : withoutRetakenPlace(ctx, c);
  if (retaken) c = retaken;
  const act = c.trigger.pattern.kind === 'verb' ? tollAct(tree, ctx, c.trigger.head, c.trigger.tokens) : null;
  // "a raid against a checkpoint killed nine soldiers", "killed 13 soldiers in an attack on an army base":
  // the verb tells the toll of an act the sentence names; that act's target is the event's target
  // "the convoy came under attack from gunmen": an act noun under which its verb's subject falls lands on that subject
  // an act that names no landing of its own lands where its verb does: "an Israeli airstrike hit a school"
  // ("police set up roadblocks": a protest row read as the forces' act (argument-senses.tsv, `when` PROTEST) spells the
  // assembly it makes, no assembly it acts on)
  const assembly = assemblyObject(tree, ctx, c.trigger.head);
  const made = assembly !== null && c.trigger.pattern.cameo.startsWith('14') && c.trigger.tokens.includes(assembly.node);
  const verbLanding = () => (made ? null : assembly) ?? landingNode(tree, ctx.kb, ctx.doc.tokens, c.trigger.head, 'verb', c.trigger.tokens);
  // a verb row that ends in the act's own noun lands where that noun does: "claimed responsibility for the attack on
  // the concert hall", "carried out the bombing of a hotel"
  const last = c.trigger.tokens[c.trigger.tokens.length - 1];
  // (an assembly acted on is the target whole: "banned two rallies"; "agreed to hold talks on border security": a topic)
  const rowAct = !act && c.trigger.pattern.kind === 'verb' && c.info.type !== 'AGREE' && last !== c.trigger.head && isActNoun(ctx.kb, ctx.doc.tokens[last].lemma) && !assemblyObject(tree, ctx, c.trigger.head) ? actLanding(tree, ctx, last) : null;
  // the named act's own landing; where it names none the verb's is read as any verb's (its owner kept below)
  const actOwn = act ? actLanding(tree, ctx, act) : null;
  const viaAct = actOwn !== null ? act : null;
  // ("Ukraine's recapture of Kherson": a verb row on its noun form lands as a noun does, on its "of" noun)
  const own = actOwn ?? rowAct ?? (landsAsNoun(tree, c.trigger, c.rules)
    ? landingNode(tree, ctx.kb, ctx.doc.tokens, c.trigger.head, 'noun', c.trigger.tokens) ?? underAttackNode(tree, c.trigger.head)
    : verbLanding());
  const phraseOf = (l: LandingNode | null) => l && nodePhrase(tree, ctx, l.node, viaPattern(l) || l.rule === UNDERGOER_OF_RULE, isAssemblyLanding(l));
  // a promise's to-clause is what it promises, not what it is for: purposes only for material acts
  const purpose = act || phraseOf(own) || c.info.type === 'AGREE' ? null : purposeLanding(tree, ctx, c.trigger.head, c.trigger.pattern.kind);
  const landing = purpose && phraseOf(purpose) ? purpose : own;
  // (a shared object only fills a target the window left empty: "seized and burned the village of Bambari" keeps Bambari)
  if (!landing || landing.rule === SHARED_PARTNER_OBJECT_RULE && c.targets.length > 0) return c;
  const counted = countedHolderTarget(tree, ctx, landing.node); // "shot down 15 of 20 drones launched by Russia"
  if (counted) return { ...c, targets: [counted], rules: [...c.rules, landing.rule, COUNTED_RULE, THING_HOLDER_RULE, THING_TARGET] };
  // "signalled willingness to negotiate with the government": an intent named by the pattern's own noun, with its
  // to-clause, is no thing agreed on ("accepted his peace plan" is); the partner the window read stands
  // (wherever the parse hangs the to-clause: "reaffirmed its commitment to defend its ally", the pattern ending in "to")
  const intentTo = tree.childrenWith(landing.node, 'acl').some((k) => tree.marker(k) === 'to') || ctx.doc.tokens[c.trigger.end - 1]?.lower === 'to';
  if (c.info.type === 'AGREE' && c.trigger.tokens.includes(landing.node) && intentTo) return c;
  if (c.info.type === 'AGREE' && landing.rule === `${PATTERN_OBJECT_RULE}-to`) return c; // "reached an end to the standoff": what ends, no partner
  // "pledged 20 million euros", "offered $50 million": a sum is what is given, never whom it lands on
  if (SUM_WORDS.has(ctx.doc.tokens[landing.node].lower)) return c;
  const target = phraseOf(landing);
  if (!target || c.actors.some((a) => a.start === target.start && a.end === target.end)) return c;
  const isThing = target.rule === THING_RULE;
  // the toll's victims give way only to a thing ("an army post"), not to the place an act hit ("a strike on Khan Younis")
  if (viaAct !== null && !isThing) return c;
  // ... nor to the victims' own thing ("were killed in a strike on their car", "on his home"): they are whom it hit
  if (viaAct !== null && victimsOwn(tree, landing.node)) return c;
  // "attacked positions held by Haftar's forces": the thing's words, its holder's code (over any window name)
  const holder = isThing ? thingHolder(tree, ctx, landing.node) : null;
  if (holder && !c.actors.some((a) => a.code === holder.code)) {
    const held = { ...holder, start: target.start, end: target.end, text: target.text, locative: false, prep: null, rule: `${holder.rule}+${THING_HOLDER_RULE}` };
    return { ...c, targets: [held], rules: [...c.rules, landing.rule, THING_HOLDER_RULE, THING_TARGET] };
  }
  let owned = target;
  // (the names inside what the speaker named own it, as a window target inside the thing does)
  if (namedBySpeaker(tree, ctx, landing.node, c.targets)) c = { ...c, targets: phrasesInside(tree, ctx, landing.node), rules: [...c.rules, NAMED_FREE_RELATIVE] };
  if (c.targets.length > 0 && !viaAct) {
    const [first, last] = tree.span(landing.node);
    // a name inside the thing's words, or one the tree marks as its setting ("attacked a village in northeastern
    // Nigeria", whether "in Nigeria" hangs on the village or on the verb), codes the thing
    const inside = (p: ActorPhrase, start: number, end: number) => p.start >= start && p.end <= end;
    const around = (p: ActorPhrase) => inside(p, ctx.doc.tokens[first].start, ctx.doc.tokens[last - 1].end) || inSetting(tree, ctx, p) || p.rule === PLACE_COUNTRY_RULE;
    if (isThing && c.targets.every(around)) {
      // "strikes against PMU positions", "a police station", "a refinery in Russia's Krasnodar region": the
      // thing keeps its owner's name and code (a role still takes its country later); a name in a clause
      // that only describes the thing ("a clinic that treats refugees") owns nothing
      const owners = c.targets.filter((p) => inside(p, target.start, target.end) || p.rule === PLACE_COUNTRY_RULE || inSetting(tree, ctx, p));
      if (owners.some((p) => p.kind === 'anaphor')) return c; // "its base": the anaphor's resolution stands
      if (owners.length === 1) owned = followedThing(tree, ctx, landing.node, { ...owners[0], start: target.start, end: target.end, text: target.text, locative: false, prep: null, rule: `${owners[0].rule}+${THING_RULE}` });
      // "struck Hamas and Islamic Jihad targets": coordinated owners split the thing, as they split an actor
      const split = coordinatedOwners(tree, ctx, owners) ?? ownedConjuncts(tree, ctx, landing.node);
      if (split) return { ...c, targets: split, rules: [...c.rules, landing.rule, COORDINATED_OWNERS_RULE] };
    } else if (!viaPattern(landing) && !onlyActorsOwn(c, ctx.doc.text) && !(landing.rule === UNDERGOER_OF_RULE && c.targets.every((p) => !insideNode(tree, ctx, c.trigger.head, p)))) {
      // the window's answer stands, unless the pattern says where its act lands ("took control of the town"), it names only the actor's own side, or
      // an undergone act's "of" noun does where the window read past the act ("the shelling of Donetsk killed four")
      return c;
    }
  }
  // "attacked a Russian freight train": no name owns the thing, a demonym modifying it does ("stormed a kibbutz in southern Israel": the setting's country)
  const demonym = isThing && owned === target && !retaken ? possessiveOwner(tree, ctx, landing.node, target) ?? demonymOwner(tree, ctx, landing.node, target) ?? settledPlaceCountry(tree, ctx, landing.node, c.trigger.head, target) : null;
  owned = demonym ?? (retaken && owned.kind === 'country' && !isThing ? asThing(owned) : owned); // ("overran Kunduz": the town, not Afghanistan)
  const rules = [...c.rules, landing.rule, ...(isThing ? [THING_TARGET] : []), ...(owned === demonym ? [demonym.rule.split('+')[0]] : [])];
  return { ...c, targets: [owned], rules };
}

// "struck what the army called weapons depots": the window read the speaker of the naming clause, which the repair
// set aside the verb (tree-repair/named-free-relative.ts); the object it names is where the act lands
function namedBySpeaker(tree: TreeView, ctx: SentenceContext, node: number, targets: readonly ActorPhrase[]): boolean {
  if (tree.repairOf(node) !== NAMED_FREE_RELATIVE) return false;
  const naming = tree.childrenWith(tree.head(node), 'parataxis').find((k) => tree.repairOf(k) === NAMED_FREE_RELATIVE && k < node);
  if (naming === undefined) return false;
  const [first, last] = tree.span(naming);
  return targets.every((p) => p.start >= ctx.doc.tokens[first].start && p.end <= ctx.doc.tokens[Math.min(last, node) - 1].end);
}

function phrasesInside(tree: TreeView, ctx: SentenceContext, node: number): ActorPhrase[] {
  const [first, last] = tree.span(node);
  const found = new Set<ActorPhrase>();
  for (let k = first; k < last; k++) {
    const p = ctx.phraseAt.get(k);
    if (p && !p.locative) found.add(p);
  }
  return [...found];
}

// the possessive pronouns that give a thing to people ("their car", "his home"); "its base" is a body's
const PERSONAL_POSSESSIVES = new Set(['their', 'his', 'her']);
const victimsOwn = (tree: TreeView, node: number) => tree.childrenWith(node, 'nmod:poss').some((k) => PERSONAL_POSSESSIVES.has(tree.tokens[k].lower));

// "took control of the town": the pattern says where its act lands; the window, blind to it, gives way
const viaPattern = (l: LandingNode) => l.rule.includes(PATTERN_OBJECT_RULE.replace('roles:tree-', ''));

/** The event's target is a thing read off the tree: it fits any other target of the same act (the base and the soldiers in it). */
export function hasThingTarget(e: { readonly rules: readonly string[] }): boolean {
  return e.rules.includes(THING_TARGET);
}

/**
 * "He urged the government to act", "demands that the British side stop", "calls for a ceasefire": whom a
 * request asks is read off the tree alone; what it asks for is content, and the window's name in it no target.
 */
function withAddressee(ctx: SentenceContext, tree: TreeView, c: Candidate): Candidate {
  // "called for the freeing of two reporters": an undergone act's "of" noun is not its doer, so it asks no one
  const doneAct = (n: number) => isActNoun(ctx.kb, ctx.doc.tokens[n].lemma) && !ctx.kb.lexicon.undergoneActs.has(ctx.doc.tokens[n].lemma);
  const found = addresseeNode(tree, c.trigger.head, c.trigger.pattern.kind, c.trigger.tokens, doneAct);
  const target = found && nodePhrase(tree, ctx, found.node);
  const named = target && !(found.mustBeNamed && target.rule === THING_RULE) && !c.actors.some((a) => a.start === target.start) ? target : null;
  if (!named) return c.targets.length && !c.rules.includes(REQUEST_ASKED_FROM_RULE) && !c.rules.includes(SHELTER_PLACE_RULE) && contentOnly(tree, ctx, c) ? { ...c, targets: [], rules: [...c.rules, 'roles:tree-request-content-no-target'] } : c;
  // "called on Israel and Hamas to agree": the window's names inside the addressee (its conjuncts) stand
  const [first, last] = tree.span(found!.node);
  const [from, to] = [ctx.doc.tokens[first].start, ctx.doc.tokens[last - 1].end];
  if (c.targets.length && c.targets.every((p) => p.start >= from && p.end <= to) && c.targets.some((p) => p.start <= named.start && p.end >= named.end)) return { ...c, rules: [...c.rules, found!.rule] };
  return { ...c, targets: [named], rules: [...c.rules, found!.rule, ...(named.rule === THING_RULE ? [THING_TARGET] : [])] };
}

/**
 * Every window target lies inside what the request asks for: its "for" ("calling for sanctions against oil
 * companies"), or an "against" the parser hung on the verb ("called for measures | against the traffickers").
 */
function contentOnly(tree: TreeView, ctx: SentenceContext, c: Candidate): boolean {
  // on the verb, or on the pattern's own request noun ("repeated calls for a ceasefire he says ...")
  const holders = [c.trigger.head, ...tree.childrenWith(c.trigger.head, 'obj').filter((o) => c.trigger.tokens.includes(o))];
  const content = holders.flatMap((h) => tree.childrenWith(h, 'obl', 'nmod')).filter((n) => tree.marker(n) === 'for' || tree.marker(n) === 'against');
  const within = (p: ActorPhrase) => content.some((n) => {
    const [first, last] = tree.span(n);
    return p.start >= ctx.doc.tokens[first].start && p.end <= ctx.doc.tokens[last - 1].end;
  });
  // "demanded the release of jailed activists": whom the asked-for act lands on is not whom the request asks
  const asked = [...holders, ...content].flatMap((h) => [h, ...tree.childrenWith(h, 'obj')]);
  return c.targets.every((p) => within(p) && !askedActDoer(tree, ctx, content, c.trigger.tokens, p) || asked.some((a) => undergoerOnly(tree, ctx, a, [p])));
}

/** "took to the streets to demand the government pay them": a protest's target is whom its purpose asks. */
function withPurposeAddressee(ctx: SentenceContext, tree: TreeView, c: Candidate): Candidate {
  if (c.targets.length) return c;
  const verb = purposeVerb(tree, c.trigger.head);
  if (verb === null || !isRequestVerb(ctx.kb, ctx.doc.tokens[verb].lemma)) return c;
  const found = addresseeNode(tree, verb, 'verb');
  const target = found && nodePhrase(tree, ctx, found.node);
  if (!target || found.mustBeNamed && target.rule === THING_RULE) return c;
  return { ...c, targets: [target], rules: [...c.rules, `roles:tree-purpose+${found.rule.replace('roles:', '')}`, ...(target.rule === THING_RULE ? [THING_TARGET] : [])] };
}

/**
 * "deployed forces to combat Boko Haram", "sent troops to fight al-Shabab": the force moved is the actor's own,
 * never the target; whom the move is against is where its purpose clause lands. No purpose, no target
 * ("deployed more troops in the area").
 */
function withMobilizedAgainst(ctx: SentenceContext, tree: TreeView, c: Candidate): Candidate {
  const t = ctx.doc.tokens;
  const moved = tree.childrenWith(c.trigger.head, 'obj').map((o) => tree.span(o));
  const inMoved = (p: ActorPhrase) => moved.some(([first, last]) => p.start >= t[first].start && p.end <= t[last - 1].end);
  const purpose = c.trigger.pattern.kind === 'verb' ? purposeLanding(tree, ctx, c.trigger.head, 'verb') : null;
  const against = purpose && nodePhrase(tree, ctx, purpose.node);
  // "sent warships to carry out patrols", "to conduct exercises": the act a verb of doing does is no one it is against
  const aim = purpose ? ctx.doc.tokens[tree.head(purpose.node)]?.lemma ?? '' : '';
  const done = against?.rule === THING_RULE && ctx.kb.lexicon.supportVerbs.has(aim);
  // ("sent special forces to secure the capital", "to escort convoys": what a force guards is no one it is against)
  if (against && isGuardingVerb(ctx.kb, aim)) return { ...c, targets: [], rules: [...c.rules, 'roles:tree-mobilized-to-guard'] };
  if (against && !done && !c.actors.some((a) => a.start === against.start)) {
    return { ...c, targets: [against], rules: [...c.rules, purpose!.rule.replace('roles:tree-purpose+', 'roles:tree-mobilized-against+'), ...(against.rule === THING_RULE ? [THING_TARGET] : [])] };
  }
  // "deployed troops against Kurdish militants", "were moving closer to Houthi positions": whom the move heads for
  const toward = c.trigger.pattern.kind === 'verb' ? movedToward(tree, ctx, c.trigger.head) : null;
  if (toward && !c.actors.some((a) => a.start === toward.start)) return { ...c, targets: [toward], rules: [...c.rules, MOVED_TOWARD_RULE] };
  const kept = c.rules.includes(FACING_RULE) ? c.targets : c.targets.filter((p) => !inMoved(p)); // the country faced is no force
  return kept.length === c.targets.length ? c : { ...c, targets: kept, rules: [...c.rules, 'roles:tree-moved-force-no-target'] };
}

/**
 * "fired tear gas to break up a gathering", "started a campaign to seize control of the capital": an act that
 * names no landing of its own lands where its purpose clause does (with that verb's own pattern words).
 */
function purposeLanding(tree: TreeView, ctx: SentenceContext, head: number, kind: 'verb' | 'noun'): LandingNode | null {
  if (kind !== 'verb') return null;
  const verb = purposeVerb(tree, head, (n) => isActNoun(ctx.kb, ctx.doc.tokens[n].lemma));
  if (verb === null) return null;
  const own = findTriggers(ctx.doc.tokens, ctx.sentence, ctx.kb.patterns).find((t) => t.head === verb)?.tokens ?? [];
  const found = assemblyObject(tree, ctx, verb) ?? landingNode(tree, ctx.kb, ctx.doc.tokens, verb, 'verb', own);
  return found && { ...found, rule: found.rule.replace('roles:tree-', 'roles:tree-purpose+') };
}
