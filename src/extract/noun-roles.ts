import type { ActorPhrase } from '../resolve/types.ts';
import type { SentenceContext } from './context.ts';
import type { Trigger } from './triggers.ts';
import { findAgent, findObject, findSubject, lastTokenOf } from './roles.ts';
import { FIGHT_SETTING, timingClauseSubject, TIMED_BY_OWN_ACT, TIMING } from './timing-clause.ts';
import { isCapitalsName } from './token-shape.ts';
import { hasStrayAgent, supportVerbLemma, treeNounActors, treeVerbRoles } from './tree-roles/tree-actors.ts';
import { heldRoles } from './tree-roles/held-state.ts';
import { describedSubject } from './tree-roles/described-subject.ts';
import { STAY_FOR_TALKS, stayForTalks } from './stay-purpose.ts';
import { JOINT_FRAME_RULE, jointFrameDoers } from './joint-act.ts';
import { ownOfPhrase, ownOfUndergoers, askedActPossessor } from './pattern-own-roles.ts';
import { requestAddressee } from './tree-roles/request-addressee.ts';
import { isAnsweredAct } from './tree-roles/avenged-act.ts';
import { modifierActor } from './noun-modifier-actor.ts';
import { ASKED_AT_REQUEST_RULE, askedAtRequest } from './asked-at-request.ts';
import { NAMED_AS_RULE, namedAsByNamer } from './named-as.ts';
import { proposesAct } from './proposed-act.ts';
import { isVerbalActNoun } from '../knowledge/act-nouns.ts';
import { AUTHORISED_DEPLOYMENT_RULE, deploymentAuthoriser } from './authorised-deployment.ts';

const QUOTE_MARKS = new Set(['"', '“', '”']);
// words after which a verb form opens a noun phrase as its modifier ("the proposed sanctions", "its planned tariffs")
const PREMODIFIER_OPENERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'these', 'those', 'this', 'that', 'any', "'s", '’s']);

const OWN_OF_UNDERGOER_RULE = 'roles:noun-own-of-undergoer';
const AGENTLESS_OWN_OF_UNDERGOER_RULE = 'roles:agentless-own-of-undergoer';
const NOUN_TARGET_PREPS = new Set(['on', 'against', 'at', 'targeting', 'toward', 'towards', 'with', 'of', 'upon', 'into', 'over', 'to', 'from']);
// "the withdrawal of US troops", "a meeting of Israeli negotiators with ...": for these types "of X" names who acts.
// "denied any involvement in the attack", "admitted responsibility for the bombing"
const INVOLVEMENT = new Set(['involvement', 'responsibility', 'role', 'part', 'hand']);
const FROM_IS_TARGET = new Set(['RETREAT', 'COERCE', 'SANCTION']);
const OF_IS_ACTOR = new Set(['RETREAT', 'MOBILIZE', 'PROTEST', 'CONSULT', 'COOPERATE']);

/**
 * Noun roles: "attacks by X", "X's attack", "US strikes", or the subject of a support verb
 * ("Hamas launched an attack", "the group claimed responsibility for the attacks") from the tree;
 * targets after on/against/at/with, or directly after ("rocket attacks US-occupied Camp Taji").
 */
export function nounRoles(ctx: SentenceContext, tr: Trigger, type: string, rules: string[]): [ActorPhrase[], ActorPhrase[]] {
  // "four gang members were in custody": the one held is whom the act landed on (tree-roles/held-state.ts)
  const held = heldRoles(ctx, tr, type, rules); if (held) return held;
  // "sent jets at the request of the government": the one who asked, and the clause's subject asked
  const asked = askedAtRequest(ctx, tr);
  if (asked) return rules.push(ASKED_AT_REQUEST_RULE), asked;
  if (namedAsByNamer(ctx, tr)) return rules.push(NAMED_AS_RULE), [[], []]; // "the attack, called an act of terrorism by the UN"

  const t = ctx.doc.tokens;
  // a trigger's own words never name its actor ("shipment of artillery shells": not the artillery)
  const [from, to] = [t[tr.start].start, t[tr.end - 1].end];
  // ("China's deployment of warships": a row whose head is its "of" noun reads the possessor on its first word)
  const ofHead = tr.start < tr.head && ctx.tree().head(tr.head) === tr.start && ctx.tree().childrenWith(tr.start, 'nmod:poss').length > 0;
  const found = treeNounActors(ctx.tree(), ctx, tr.head, tr.tokens) ?? (ofHead ? treeNounActors(ctx.tree(), ctx, tr.start, tr.tokens) : null);
  const read = found && found.actors.every((a) => a.end <= from || a.start >= to) ? found : null;
  // "the withdrawal of French troops from Niger (was confirmed by Kyiv)": the pattern's own "of" names who
  // withdraws (an act done by its "of" noun, OF_IS_ACTOR), before a "by" that may be another verb's
  const ownOf = read || !OF_IS_ACTOR.has(type) ? [] : ownOfPhrase(ctx, tr);
  // ("Parliament authorized the deployment of troops": the one who orders or authorises it deploys them)
  const authoriser = !read && type === 'MOBILIZE' ? deploymentAuthoriser(ctx, tr, ownOf) : null;
  let actors = read?.actors ?? authoriser ?? (ownOf.length ? ownOf : hasStrayAgent(ctx.tree(), tr.head) ? [] : findAgent(ctx, tr.end, 8));
  if (read) rules.push(...read.rules);
  else if (authoriser) rules.push(AUTHORISED_DEPLOYMENT_RULE);
  else if (ownOf.length) rules.push('roles:noun-own-of');
  else if (actors.length) rules.push('roles:noun-by-agent');
  if (!actors.length) {
    const modifier = modifierActor(ctx, tr, type);
    if (modifier) {
      actors = [modifier];
      rules.push('roles:noun-modifier');
    }
  }
  // "a strike by dockworkers", "a strike called by the union": a row that holds its own "by" names the doer after it
  // (a trigger's own words name no actor but this one)
  const ownBy = actors.length ? -1 : t.slice(tr.start + 1, tr.end).findIndex((x) => x.lower === 'by');
  if (ownBy >= 0) {
    actors = findAgent(ctx, tr.start + 1 + ownBy, 6);
    if (actors.length) rules.push('roles:noun-own-by-agent');
  }
  if (!actors.length) {
    // "claimed responsibility for the 11 and 14 March rocket attacks": the verb may sit a few words back.
    for (let i = tr.start - 1; i >= Math.max(ctx.sentence.tokenStart, tr.start - 10); i--) {
      // "sent troops to the border after the clash": an act that times the clause is not the verb's own act
      // ('chanting "Arrest Yoon"', 'banners reading "Stop the war"': a noun in quoted words is no act the verb supports)
      if (t[i].text === ',' || t[i].pos === 'SCONJ' || TIMING.has(t[i].lower) || QUOTE_MARKS.has(t[i].text)) break;
      // ("renewed his appeal for more artillery shells": a verb supports the statement noun nearer it, not what that asks for)
      if (t[i].pos === 'NOUN' && isVerbalActNoun(ctx.kb, t[i].lemma)) break;
      if (t[i].pos === 'VERB' && !isCapitalsName(t, i, ctx.sentence)) { // "the New START treaty": a name in capitals is no verb
        // "a U.S.-led raid": a participle joined by a hyphen to a name is the noun's modifier, no verb supporting it
        if (t[i - 1]?.text === '-' && t[i - 1].end === t[i].start) break;
        // "condemned the proposed sanctions": a participle after a determiner modifies the noun; the verb right before the
        // determiner may support it (not one further back: "take responsibility for the failed talks")
        if (PREMODIFIER_OPENERS.has(t[i - 1]?.lower ?? '') && t[i - 2]?.pos === 'VERB') continue;
        const viaInvolvement = t.slice(i + 1, tr.start).some((x) => INVOLVEMENT.has(x.lemma));
        // "responded with airstrikes": a verb that supports through its preposition, which must stand before the noun
        const via = ctx.kb.lexicon.supportVerbsVia.get(t[i].lemma);
        // ("marched with demands for the release of prisoners": what is asked "for" is no act of the marchers)
        const throughVia = via !== undefined && t.slice(i + 1, tr.start).some((x) => x.lower === via) && !t.slice(i + 1, tr.start).some((x) => x.lower === 'for' && via !== 'for');
        const support = supportVerbLemma(ctx.kb.lexicon.supportVerbs, t[i], t[i + 1]) ?? (proposesAct(ctx, i) ? t[i].lemma : null); // "proposed new sanctions"
        if (support !== null || viaInvolvement || throughVia) {
          // "men suspected of plotting an attack": the tree's described noun plots it, not the main clause's subject
          const window = findSubject(ctx, i);
          // ("blocked farmers who planned to march on the capital": the relative clause's own subject, its head noun)
          const describer = describedSubject(ctx.tree(), ctx, i, window) ?? relativeClauseDoers(ctx, i);
          actors = describer?.actors ?? window;
          rules.push(...describer?.rules ?? []);
          if (actors.length) rules.push(`roles:support-verb:${support ?? t[i].lemma}`);
        }
        break;
      }
    }
  }
  if (!actors.length && TIMED_BY_OWN_ACT.has(type)) {
    const timed = timingClauseSubject(ctx, tr);
    actors = timed.actors;
    if (actors.length) rules.push('roles:noun-timing-clause-subject', ...timed.rules);
  }
  // "killed three robbers after a gun battle with the gang": a fight with one side is the other's, the clause's subject
  // (the pattern may hold the "with" side: "clashes with police")
  // (then the row's head is the side, its first word the fight: "clashes with police")
  const fight = ctx.kb.lexicon.mutualFightNouns?.has(t[tr.head].lemma) ? tr.head : tr.start < tr.head && t[tr.start + 1]?.lower === 'with' && ctx.kb.lexicon.mutualFightNouns?.has(t[tr.start].lemma) ? tr.start : -1;
  const withSide = fight >= 0 && t.slice(fight + 1, tr.end + 1).some((x) => x.lower === 'with');
  if (!actors.length && (type === 'ASSAULT' || type === 'PROTEST') && withSide) {
    const side = timingClauseSubject(ctx, fight === tr.head ? tr : { ...tr, head: fight }, FIGHT_SETTING);
    actors = side.actors;
    if (actors.length) rules.push('roles:noun-fight-side-subject', ...side.rules);
  }
  // "a Houthi delegation was in Riyadh for talks": the talks are the stay's, held with its host
  const stay = !actors.length && type === 'CONSULT' ? stayForTalks(ctx, tr) : null;
  if (stay) {
    actors = stay.actors;
    rules.push(STAY_FOR_TALKS);
  }
  // "in a joint operation, Kenyan and Somali forces raided": the cooperation framing an act is its doers'
  const framed = !actors.length && type === 'COOPERATE' ? jointFrameDoers(ctx, tr.head) : [];
  if (framed.length) actors = framed, rules.push(JOINT_FRAME_RULE);
  // "clashes with police": the side the row names is whom the fight is with
  let targets: ActorPhrase[] = withSide && fight !== tr.head && actors.length ? findObject(ctx, fight + 2, 6) : [];
  if (targets.length) rules.push('roles:noun-fight-named-side');
  const fromToken = targets.length ? ctx.sentence.tokenEnd : type === 'ASSAULT' ? tr.end : afterByAgent(ctx, tr, actors);
  for (let i = fromToken; i < Math.min(ctx.sentence.tokenEnd, fromToken + 3); i++) {
    const w = t[i].lower;
    const towards = NOUN_TARGET_PREPS.has(w) || w === 'for' && type === 'AID'; // "an aid package for Ukraine": its recipient
    if (towards || ctx.phraseAt.has(i) || t[i].pos === 'DET' || t[i].pos === 'ADJ') {
      if (w === 'of' && OF_IS_ACTOR.has(type)) {
        const of = findObject(ctx, i + 1, 6);
        if (!actors.length) actors = of;
        // the target may follow: "withdrawal of US troops from Niger", "meeting of X with Y"
        const after = of.length ? lastTokenOf(ctx, of[of.length - 1]) + 1 : i + 1;
        if (['from', 'with', 'to'].includes(t[after]?.lower ?? '')) targets = findObject(ctx, after, 6);
        break;
      }
      // "loans from Germany", "a demand from Kyiv": the giver or asker; "withdrawal from Niger": the place left
      if (w === 'from' && !FROM_IS_TARGET.has(type)) {
        if (!actors.length) actors = findObject(ctx, i + 1, 6);
        break;
      }
      // "confirmed the fighting to VOA": an attack lands on/against/at its target, never "to" it (that is the verb's)
      if (w === 'to' && type === 'ASSAULT') break;
      if (ctx.phraseAt.has(i) || towards) {
        targets = findObject(ctx, i, 8, [], true);
        if (targets.length) rules.push('roles:noun-target');
        break;
      }
      continue;
    }
    break;
  }
  // "the release of 40 political prisoners by the junta": the pattern's own "of" words are whom it lands on
  // (with no doer named, an act a verb of answering takes is only referred to: "would avenge the killing of its leader")
  const undergoers = targets.length || stay || (!actors.length && tr.tokens.some((k) => isAnsweredAct(ctx, k))) ? [] : ownOfUndergoers(ctx, tr, actors, type);
  if (undergoers.length) rules.push(OWN_OF_UNDERGOER_RULE, ...(actors.length ? [] : [AGENTLESS_OWN_OF_UNDERGOER_RULE]));
  if (!targets.length && !stay && !undergoers.length && type === 'REQUEST') {
    const addressee = requestAddressee(ctx.tree(), ctx, tr.head);
    if (addressee) {
      rules.push(addressee.rule);
      return [actors, addressee.targets];
    }
  }
  return [actors, targets.length ? targets : stay ? stay.targets : undergoers.length ? undergoers : askedActPossessor(ctx, tr, type, rules)];
}

// "the threat by North Korea to strike Seoul", "the arrest by police of two activists": the agent read from the "by"
// right after the noun stands between the noun and its target, which is read after it (an attack's landing past its doer
// is the tree's: tree-roles/landing-node.ts)
function afterByAgent(ctx: SentenceContext, tr: Trigger, actors: readonly ActorPhrase[]): number {
  if (ctx.doc.tokens[tr.end]?.lower !== 'by' || actors.length === 0) return tr.end;
  const last = lastTokenOf(ctx, actors[actors.length - 1]);
  return last > tr.end && last < tr.end + 8 ? last + 1 : tr.end;
}

/** "farmers who planned to march": the doers of a relative clause's verb read off the tree (its head noun), or null. */
function relativeClauseDoers(ctx: SentenceContext, verb: number): { actors: ActorPhrase[]; rules: string[] } | null {
  const read = treeVerbRoles(ctx.tree(), ctx, verb);
  return read && read.actors.length && read.rules.includes('roles:tree-acl-relcl') ? { actors: [...read.actors], rules: [...read.rules] } : null;
}
