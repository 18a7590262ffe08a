import type { Candidate } from '../extract/candidate.ts';
import type { SentenceContext } from '../extract/context.ts';
import type { Trigger } from '../extract/triggers.ts';
import type { CameoInfo } from '../knowledge/types.ts';
import type { ReportingFrame } from '../provenance/frames.ts';
import type { ActorPhrase } from '../resolve/types.ts';
import type { Token } from '../nlp/types.ts';
import { lookupCameo } from '../knowledge/ontology.ts';
import { findSubject } from '../extract/roles.ts';
import type { TreeView } from '../extract/tree-roles/index.ts';
import { pathUp, treeSpeechCue } from '../extract/tree-clauses/index.ts';
import { antecedentOf, sameActor } from './actor-ref.ts';
import { sameSide } from './sides.ts';
import { parseReadsVerb } from '../extract/verb-reading.ts';
import { FACING_RULE } from '../extract/mobilize-facing.ts';
import { allegation, characterisation, chargedConduct, type CueHit } from './spoken-accusations.ts';
import { namingAccusation } from './naming-accusation.ts';
import { contentTargets, withThreatNounTargets } from './threat-noun-content.ts';
import { threatOf } from './conditional-threat.ts';
import { hallmarkAccusation } from './hallmark-accusation.ts';
import { phraseHead } from '../extract/tree-roles/own-clause-targets.ts';
import { conjunctSpeaker } from './conjunct-speaker.ts';

/**
 * Speech acts typed by the speech verb, not by the act they talk about (PLOVER manual, THREATEN,
 * AGREE, CONCEDE, REQUEST, REJECT). The cue words live in data/lexicon/speech-acts.tsv.
 *   "Iran warned that it would strike Israeli cities"      → THREATEN Iran → Israel (no ASSAULT)
 *   "The government pledged to free the detainees"         → CONCEDE (a future retreat, manual: CONCEDE)
 *   "Ukraine offered to swap prisoners with Russia"        → AGREE (manual AGREE: "agree to, offer, promise")
 *   "Hamas refused to attend the talks in Cairo"           → REJECT
 *   "Ukraine will not negotiate with Russia"               → REJECT Ukraine → Russia
 *   “Israel must withdraw from Gaza,” the minister said    → REQUEST minister → Israel
 *   "Analysts fear the army could storm the city"          → no event (a third party's forecast)
 * The act talked about is the content of the speech act: it is not coded as an event.
 */

// CAMEO codes of the speech act by PLOVER type (the ontology gives goldstein and quad class)
const CODE: Record<string, string> = { THREATEN: '130', AGREE: '030', CONCEDE: '080', REQUEST: '020', REJECT: '120' };
const HOSTILE = (info: CameoInfo) => info.quadClass === 3 || info.quadClass === 4;
// "vowed to investigate the killings", "offered to help with the inquiry": an investigation (CAMEO 09x) promised is no
// threat, none of the manual's THREATEN modes (restrict, arrest, relations, expel, territory, violence), but a
// commitment (AGREE); a vow to prosecute or to charge threatens arrest and stays a threat
const THREATENING = (info: CameoInfo) => HOSTILE(info) && !info.code.startsWith('09');
// manual, CONCEDE: "announcements of future retreats should be coded as CONCEDE"; future CONCEDE stays CONCEDE
const YIELDING = new Set(['RETREAT', 'CONCEDE']);
const SPEECH_TYPES = new Set(Object.keys(CODE));
// "vowed to block the reforms", "pledged to veto the bill": a vow to reject is the rejection, with its own code (mode)
const vowedRejection = (act: string | undefined, info: CameoInfo) => (act === 'vow' || act === 'promise') && info.type === 'REJECT';
// "opposes holding early elections", "ruled out holding a referendum", "said it would not accept the outcome": a
// concession or commitment refused is the refusal (PLOVER REJECT, "all rejections and refusals"), not the concession
// it would have been
const refusedYield = (act: string | undefined, info: CameoInfo) => (act === 'refusal' || act === 'future-refusal') && (info.type === 'CONCEDE' || info.type === 'AGREE');
// acts put on a schedule, which "is expected to" plans rather than forecasts: meetings, and the signing of an agreement
// (CAMEO 057; "is expected to sign a security pact with Haiti next week" is a promise to sign, PLOVER AGREE)
const SCHEDULED = new Set(['CONSULT']);
const isScheduled = (info: CameoInfo) => SCHEDULED.has(info.type) || info.code === '057';
// a promise word inside a rejection's own trigger ("went back on a promise", "broke its pledge") is broken, not made;
// an offer word there is turned down ("rejected an offer to support the cabinet", "spurned an offer to mediate"), the
// rejection stays a REJECT
const brokenPromise = (cue: CueHit, coded: Candidate) =>
  (cue.act === 'promise' || cue.act === 'offer') && coded.info.type === 'REJECT' && coded.trigger.pattern.kind === 'verb' && coded.trigger.tokens.includes(cue.start);

export interface SpeechActContext {
  readonly antecedents: ReadonlyMap<ActorPhrase, ActorPhrase>;
  /** The reporting frame around a token: who says the sentence (for "must" and "should"). */
  readonly frameOf: (head: number) => ReportingFrame | null;
  /** Whether a token sits inside a quotation. */
  readonly inQuote?: (head: number) => boolean;
  /** The sentence's dependency tree (parsed on first use). */
  readonly view: () => TreeView;
}

/** Candidates with their speech acts: each act under a speech cue becomes (or enriches) the speech act. */
export function speechActs(ctx: SentenceContext, found: readonly Candidate[], sc: SpeechActContext): Candidate[] {
  const candidates = withThreatNounTargets(ctx, found, sc.view);
  const out = [...candidates];
  for (const c of candidates) {
    const laid = hallmarkAccusation(ctx, c, sc);
    if (laid) {
      out.splice(out.indexOf(c), 1, laid.act, laid.accusation);
      // ("the rebels were to blame for the massacre": the rebels blame no one, the speaker blames them)
      const { start, end } = laid.accusation.trigger;
      for (const o of [...out]) if (o !== laid.accusation && o.info.type === 'ACCUSE' && o.trigger.head >= start && o.trigger.head < end) out.splice(out.indexOf(o), 1);
      continue;
    }
    // ("called the shelling of the market in the town a war crime": the naming's ACCUSE, and no act of the predicate's)
    const named = out.includes(c) ? namingAccusation(ctx, c, sc) : null;
    if (named && !out.some((o) => o.trigger.pattern.id === 'speech-act:naming' && o.trigger.head === named.accusation.trigger.head)) {
      const coded = out.some((o) => o !== c && o.info.type === 'ACCUSE' && o.trigger.tokens.includes(named.accusation.trigger.head));
      out.splice(out.indexOf(c), 1, ...(coded ? [] : [named.accusation]));
      for (const o of [...out]) if (o.trigger.head === named.predicate) out.splice(out.indexOf(o), 1);
      continue;
    }
    const condemned = characterisation(ctx, c, sc) ?? chargedConduct(ctx, c, sc);
    if (condemned) {
      out[out.indexOf(c)] = condemned;
      continue;
    }
    const cue = cueOf(ctx, c.trigger, sc, (k) => candidates.some((g) => g !== c && g.trigger.pattern.kind === 'verb' && g.trigger.head !== k && g.trigger.tokens.includes(k)));
    // "alleged that Pakistani troops targeted the posts": the allegation is an ACCUSE and the act stays, alleged
    if (cue?.act === 'allegation') {
      const accusation = allegation(ctx, cue, c, sc);
      const coded = out.findIndex((o) => o.trigger.start === cue.start && o.info.type === 'ACCUSE');
      if (accusation && coded < 0) out.push(accusation);
      // "alleged that ...": the pattern for the allegation verb takes the accused from the act alleged
      else if (accusation && out[coded].targets.length === 0) out[coded] = { ...out[coded], targets: accusation.targets, rules: [...out[coded].rules, `speech-act:alleged:${c.info.type}`] };
      continue;
    }
    // already a speech act, unless what someone says another must do: “They must keep calling on the regime”
    // ("vowed to take all necessary measures to defend its sovereignty": a vow of a warning's words is that warning)
    if (SPEECH_TYPES.has(c.info.type) && c.trigger.pattern.kind === 'verb' && cue?.act !== 'obligation' && !vowedRejection(cue?.act, c.info) && !refusedYield(cue?.act, c.info) && !vowedThreat(cue?.act, c.info)) continue;
    if (!cue) continue;
    // "denied the report and vowed to retake the base": the conjoined vow's subject, as the pattern on the vow read it
    const cueActors = candidates.find((g) => g !== c && g.trigger.tokens.includes(cue.start))?.actors ?? [];
    const act = typeFor(cue, c, ctx, sc, cueActors);
    if (act === 'forecast') {
      out.splice(out.indexOf(c), 1);
      continue;
    }
    if (!act) continue;
    // a threat of a hostile act is coded by what it threatens ("warned it would strike": military force, mode violence)
    const info = act.type === 'THREATEN' && HOSTILE(c.info) ? threatOf(ctx.kb, c.info.code) : lookupCameo(ctx.kb.ontology, vowedRejection(cue.act, c.info) ? c.info.code : CODE[act.type]);
    if (!info) continue;
    const at = out.indexOf(c);
    // "warned Iran ... that it would strike": a pattern already codes the speech verb; the content gives its target
    const coded = out.find((g) => g !== c && g.trigger.tokens.some((k) => k >= cue.start && k < cue.end));
    if (coded) {
      out.splice(at, 1);
      const k = out.indexOf(coded);
      // the speech verb's own addressee ("warned Iran that …") stays; what its window found inside the content is the
      // content's to give ("vowed to deploy troops": the troops are moved, no target)
      const contentFrom = ctx.doc.tokens[c.trigger.start].start;
      // ("warned it would ban the party", "warned they would attack": the content's own subject is the speaker again, no addressee)
      const addressed = coded.targets.filter((x) => x.end <= contentFrom && !contentSubject(ctx, sc.view(), c, x) && !c.actors.includes(x));
      const targets = addressed.length ? addressed : act.targets;
      // "reneged on its pledge to release the prisoners": the promise is the rejected thing; what it promised is no act
      if (brokenPromise(cue, coded)) continue;
      // "vowed to strike": a pattern for the bare speech verb ("vow to", AGREE) is typed by what follows it
      if (coded.info.type !== act.type && coded.trigger.end <= c.trigger.start) {
        out[k] = { ...coded, info, targets, rules: [...coded.rules, `speech-act:typed-by-content:${c.info.type}`] };
      } else if (coded.info.type === act.type && targets !== coded.targets && (targets.length || coded.targets.length)) {
        out[k] = { ...coded, targets, rules: [...coded.rules, 'speech-act:content-target'] };
      }
      continue;
    }
    const trigger: Trigger = {
      pattern: { id: `speech-act:${cue.act} ${cue.words}`, kind: 'verb', steps: [], cameo: info.code, requiresObject: false },
      start: cue.start, end: c.trigger.end, head: cue.start, tokens: [...range(cue.start, cue.end), ...c.trigger.tokens],
    };
    out[at] = { trigger, info, actors: act.actors, targets: act.targets.filter((t) => !act.actors.includes(t)), rules: [`pattern:speech-act:${cue.act}`, `speech-act:content:${c.info.type}`] };
  }
  return out;
}

// a phrase the tree makes the subject of the content's verb ("it" in "warned it would arrest them")
function contentSubject(ctx: SentenceContext, view: TreeView, content: Candidate, phrase: ActorPhrase): boolean {
  const head = phraseHead(view, ctx, phrase);
  return head !== null && view.head(head) === content.trigger.head && view.label(head).startsWith('nsubj');
}

const BARE_PRONOUN = /^(it|they|he|she|we)$/i;
const vowedThreat = (act: string | undefined, info: CameoInfo) => (act === 'vow' || act === 'promise') && info.type === 'THREATEN';

// verbs that move forces somewhere: "send troops to", "deploy police in"
const MOVING = new Set(['send', 'deploy', 'dispatch', 'redeploy', 'station', 'move', 'position', 'post']);
const movesForces = (ctx: SentenceContext, c: Candidate) => MOVING.has(ctx.doc.tokens[c.trigger.head].lemma);

type SpeechAct = { type: string; actors: ActorPhrase[]; targets: readonly ActorPhrase[] };

/** Two phrases (an anaphor by its antecedent) coded as one state's arms: "Netanyahu" (ISRGOV) and "Israel" (ISR). */
function oneState(a: ActorPhrase, b: ActorPhrase, antecedents: ReadonlyMap<ActorPhrase, ActorPhrase>): boolean {
  const [x, y] = [a.kind === 'anaphor' ? antecedentOf(a, antecedents) : a, b.kind === 'anaphor' ? antecedentOf(b, antecedents) : b];
  return x !== undefined && y !== undefined && x.code !== null && sameSide(x.code, y.code);
}

function typeFor(cue: CueHit, c: Candidate, ctx: SentenceContext, sc: SpeechActContext, cueActors: readonly ActorPhrase[]): SpeechAct | 'forecast' | null {
  // (a speech verb joined to an earlier verb speaks with that verb's subject: core/conjunct-speaker.ts)
  let shared: ActorPhrase[] = [];
  const speaker = () => { shared = conjunctSpeaker(ctx, sc.view(), cue.start); if (shared.length) return shared; const found = findSubject(ctx, cue.start); return found.length ? found : [...cueActors]; };
  // the speaker acts itself, or speaks for the state whose arm acts ("Netanyahu warned that Israel would strike"); a
  // pronoun refers to the speaker even when the speaker's own description has nothing to refer back to ("The rebels
  // warned that they would attack the city")
  // (the content's bare pronoun is that shared speaker's, not the first verb's object it stands nearest to: "accused
  // Washington of hypocrisy and warned that it would retaliate")
  const own = (who: readonly ActorPhrase[]) => c.actors.length === 0 || c.actors.some((a) => who.some((w) => a === w || antecedentOf(a, sc.antecedents) === w || sameActor(a, w, sc.antecedents) || oneState(a, w, sc.antecedents)))
    || who === shared && c.actors.every((a) => a.kind === 'anaphor' && BARE_PRONOUN.test(a.text));
  switch (cue.act) {
    case 'threat': {
      // "the UN warned that Israel could attack Rafah" is a forecast, not a threat: the speaker must be the one to act
      const who = speaker();
      // "warned that civilians were trapped", "warned that it had shelled the base": a warning of what is or was is no
      // threat (manual, THREATEN: warnings "with serious potential repercussions", acts still to come)
      if (toldState(ctx, cue, c)) return null;
      if (HOSTILE(c.info) && who.length && own(who)) return { type: 'THREATEN', actors: who, targets: c.targets.length ? c.targets : contentTargets(ctx, sc.view, c, (p) => who.includes(p)) };
      return futureContent(ctx, cue, c) ? 'forecast' : null;
    }
    case 'forecast': {
      // "is expected to attack": the expecter is unnamed; "Iran expects to sign the deal": Iran's own plan
      if (!futureContent(ctx, cue, c)) return null;
      const passive = ctx.doc.tokens[cue.start - 1]?.lemma === 'be';
      // "is expected to visit Beirut on Friday", "are expected to meet in Doha": a meeting is on a schedule, a plan as
      // "is due to" is ("is expected to attack" stays a forecast)
      if (passive && isScheduled(c.info) && c.actors.length > 0) return null;
      // "Diplomats expect Russia to launch": a named actor between cue and act is the one expected to act
      const who = speaker();
      const other = range(cue.end, c.trigger.start).some((i) => { const p = ctx.phraseAt.get(i); return p !== undefined && !who.some((w) => w === p || sameActor(w, p, sc.antecedents)); });
      return passive || other || !own(who) || c.actors.length === 0 ? 'forecast' : null;
    }
    case 'vow':
    case 'promise': {
      const who = speaker();
      // "swore that American soldiers were mutilating the bodies": sworn to as done, a vow of nothing to come
      if (!who.length || !own(who) || !futureContent(ctx, cue, c)) return null;
      // "promised to send more troops to the region", "pledged to deploy police to Haiti": forces moved against no one
      // threaten no one (PLOVER MOBILIZE vs THREATEN): a promise (AGREE), and the forces moved are no target
      // (building arms up is posture, a threat: "vowed to expand his nuclear arsenal")
      if (c.info.type === 'MOBILIZE' && movesForces(ctx, c) && !c.rules.includes(FACING_RULE)) return { type: 'AGREE', actors: who, targets: [] };
      const type = vowedRejection(cue.act, c.info) ? 'REJECT' : THREATENING(c.info) ? 'THREATEN' : YIELDING.has(c.info.type) ? 'CONCEDE' : 'AGREE';
      return { type, actors: who, targets: c.targets.length || type !== 'THREATEN' ? c.targets : contentTargets(ctx, sc.view, c, (p) => who.includes(p)) };
    }
    case 'offer': {
      const who = speaker();
      if (!who.length || !own(who)) return null;
      // "offered to deploy troops as part of a peace mission", "offered to send police to Haiti": as a promise to (above)
      if (c.info.type === 'MOBILIZE' && movesForces(ctx, c) && !c.rules.includes(FACING_RULE)) return { type: 'AGREE', actors: who, targets: [] };
      return { type: THREATENING(c.info) ? 'THREATEN' : 'AGREE', actors: who, targets: c.targets };
    }
    case 'refusal': {
      const who = speaker();
      return who.length ? { type: 'REJECT', actors: who, targets: c.targets } : null;
    }
    case 'future-refusal':
      // "will not attack" is a negated attack, not a rejection; "will not negotiate" refuses cooperation
      return !HOSTILE(c.info) && c.actors.length ? { type: 'REJECT', actors: [...c.actors], targets: c.targets } : null;
    case 'obligation': {
      // "Those who argue that Ukraine should negotiate": the obligation is someone else's opinion
      if (embeddedClause(ctx, sc.view(), cue.start)) return null;
      const frame = sc.frameOf(cue.start);
      const addressee = findSubject(ctx, cue.start);
      if (!frame?.speaker || addressee.some((a) => a.refersTo === 'speaker' || sameActor(a, frame.speaker!, sc.antecedents) && !otherInQuote(a, cue, sc))) return null;
      return { type: 'REQUEST', actors: [frame.speaker], targets: addressee.length ? addressee : c.actors };
    }
    default:
      return null;
  }
}

/**
 * The speech cue that governs the act, read off the tree (src/extract/tree-clauses/speech-cue.ts): a modal on
 * its verb ("must withdraw", "will not negotiate") or a speech verb whose complement holds it ("vowed to strike",
 * "warned that its forces would strike"). Speech verbs act as verbs ("the vow to fight" is no cue), modals as
 * auxiliaries; a fear is a forecast as noun or verb ("fears that the army could attack"). A noun of disposition is a
 * cue where a verb pattern codes it as what its verb declares ("voiced readiness to counter any attack": `coded`).
 */
function cueOf(ctx: SentenceContext, tr: Trigger, sc: SpeechActContext, coded: (token: number) => boolean): CueHit | null {
  const cue = treeSpeechCue(sc.view(), tr.head, ctx.kb.lexicon.speechActs, ctx.kb.lexicon.reporting, ctx.sentence.tokenEnd);
  if (!cue || cue.start >= tr.start) return null;
  const first = ctx.doc.tokens[cue.start];
  if (first.pos !== 'VERB' && first.pos !== 'AUX' && cue.act !== 'forecast' && !parseReadsVerb(sc.view(), cue.start) && !coded(cue.start)) return null;
  return cue;
}

/** The content is a verb told as present or past: no modal or infinitive before it ("were trapped", "had shelled"). */
const toldState = (ctx: SentenceContext, cue: CueHit, c: Candidate) =>
  ctx.doc.tokens[c.trigger.head].pos === 'VERB' && !futureContent(ctx, cue, c);

const FUTURE = new Set(['will', 'would', 'could', 'might', 'may', 'shall', 'can', 'to', 'go']);
/**
 * Between cue and act a modal or an infinitive: "fear the army could attack", "expected to launch". A perfect
 * infinitive tells a past act: "are believed to have attacked", "is thought to have been killed" (not a forecast).
 */
function futureContent(ctx: SentenceContext, cue: CueHit, c: Candidate): boolean {
  const t = ctx.doc.tokens;
  for (let i = cue.end; i < c.trigger.start; i++) {
    if (!FUTURE.has(t[i].lemma) || !(t[i].pos === 'AUX' || t[i].pos === 'PART' || t[i].lower === 'to')) continue;
    if (t[i].lower === 'to' && t[i + 1]?.lower === 'have' && i + 2 <= c.trigger.start) continue;
    return true;
  }
  return false;
}

/**
 * The obligation sits inside a relative clause, or a that-clause of a verb that does not report:
 * "those who argue that Ukraine should negotiate" (ccomp of argue under a relative clause).
 */
function embeddedClause(ctx: SentenceContext, view: TreeView, cue: number): boolean {
  const verb = view.head(cue);
  if (verb < 0) return false;
  return pathUp(view, verb).some((s) => s.label === 'acl:relcl' || s.label === 'acl'
    || s.label === 'ccomp' && !ctx.kb.lexicon.reporting.has(ctx.doc.tokens[s.parent].lemma));
}

// “She must stop supporting the massacre,” the senator said: inside a quote the speaker is "I" or "we", never "she"
const THIRD_PERSON = new Set(['he', 'she', 'they', 'him', 'her', 'them']);
const otherInQuote = (a: ActorPhrase, cue: CueHit, sc: SpeechActContext) =>
  a.kind === 'anaphor' && THIRD_PERSON.has(a.text.toLowerCase()) && (sc.inQuote?.(cue.start) ?? false);

const range = (a: number, b: number) => Array.from({ length: b - a }, (_, k) => a + k);
