import type { ActorPhrase } from '../../resolve/types.ts';
import type { Candidate } from '../candidate.ts';
import type { SentenceContext } from '../context.ts';
import type { TreeView } from './tree-view.ts';
import { nodePhrase } from './node-phrase.ts';
import { participantsAt } from './participants.ts';
import { objectGapClauseOf, objectGapNoun } from './object-gap.ts';
import { QUOTED_ORDER_RULE, toldListener } from '../quoted-order.ts';
import { closesItsSentence } from '../../provenance/closing-verb.ts';
import { trailingSpeaker } from '../../provenance/trailing-speaker.ts';

// "rallied despite army warnings", "marched in spite of a ban by the police": what an act went ahead against is
// no one it was done to
const TOLD_LISTENER_RULE = 'roles:told-listener';
const CONCESSIVE = new Set(['despite', 'in spite of', 'notwithstanding', 'regardless of']);

/** The token of a phrase that the tree hangs outside it: its head word. */
export function phraseHead(view: TreeView, ctx: SentenceContext, p: ActorPhrase): number | null {
  const tokens = ctx.doc.tokens;
  const inside: number[] = [];
  for (let i = ctx.sentence.tokenStart; i < ctx.sentence.tokenEnd; i++) if (tokens[i].start >= p.start && tokens[i].end <= p.end) inside.push(i);
  return inside.find((i) => !inside.includes(view.head(i))) ?? null;
}

/**
 * Window targets that belong to another clause than the act's, read off the tree:
 *  - the speaker of another reporting verb ("calls for a ceasefire he says could last", "an amnesty the government
 *    says is aimed at unity"): the subject of a reporting verb that is not the trigger speaks, it is not acted on;
 *    nor is whom it was told ("shelled the town, witnesses told Reuters");
 *  - a name under a concessive ("rallied despite army warnings"): what the act defied, not its target;
 *  - a name inside what the act was told in ("claimed the bombing in a statement on its Amaq agency");
 *  - a name inside a relative clause that describes a noun as its object, when the act is outside it ("freed the
 *    hostages the gang had kidnapped"): the clause's subject did the inner act, the outer one lands on the noun;
 *  - a name inside a joined clause with its own auxiliary or copula ("praised the deal and is due to travel to Kyiv",
 *    "condemned the attack and will visit Beirut"): that clause's act, at its own time, not this one's;
 *  - a passive act's target is its own subject ("told reporters that one officer was killed"): a window target
 *    outside that subject (the reporting verb's addressee) gives way to it.
 * An event with no actor keeps its window target: it is what the event was decided on.
 */
export function withOwnClauseTargets(ctx: SentenceContext, view: TreeView, c: Candidate): Candidate {
  const passive = passiveOwnSubject(ctx, view, c);
  if (passive) return passive;
  // ("'We will not surrender,' rebels tell government": whom a speaker tells its own speech act hears it: toldListener)
  const listener = c.info.quadClass === 1 || c.info.quadClass === 3 ? toldListener(ctx, c) : null;
  const heard = (targets: readonly ActorPhrase[], rules: readonly string[] = []): Candidate => ({ ...c, targets: [...targets, listener!], rules: [...c.rules, ...rules, TOLD_LISTENER_RULE] });
  if (c.targets.length === 0) return listener ? heard([]) : c;
  if (c.actors.length === 0) return c;
  // a quoted order's teller and listener are its own roles (quoted-order.ts)
  if (c.rules.includes(QUOTED_ORDER_RULE)) return c;
  const rules: string[] = [];
  // ("the RSF, which the army accused of shelling, denied it": the noun the act's own relative clause describes is
  // its object, whatever that noun does in the main clause)
  const gap = c.trigger.pattern.kind === 'verb' ? objectGapNoun(view, ctx.kb, c.trigger.head) : null;
  const kept = c.targets.filter((p) => {
    const head = phraseHead(view, ctx, p);
    if (head === null || head === gap || listener !== null && p.start === listener.start) return true;
    if (isOtherSpeaker(ctx, view, head, c.trigger.head) || inClosingSpeakers(ctx, p, c.trigger.head)) rules.push('roles:tree-speaker-no-target');
    else if (underConcessive(view, head, c.trigger.head)) rules.push('roles:tree-concessive-no-target');
    else if (inSayingVehicle(view, head, c.trigger.head, ctx.kb.lexicon.sayingVehicles)) rules.push('roles:tree-saying-vehicle-no-target');
    else if (inOtherObjectGapClause(ctx, view, head, c.trigger.head)) rules.push('roles:tree-relative-clause-no-target');
    else if (inTensedConjunct(view, head, c.trigger.head)) rules.push('roles:tree-conjunct-clause-no-target');
    else return true;
    return false;
  });
  if (listener && !kept.some((p) => p.start === listener.start)) return heard(kept, [...new Set(rules)]);
  return rules.length === 0 ? c : { ...c, targets: kept, rules: [...c.rules, ...new Set(rules)] };
}

function isOtherSpeaker(ctx: SentenceContext, view: TreeView, name: number, trigger: number): boolean {
  // "the U.N. mission said", "Ukraine's military said": a name inside the speaker's noun is the speaker's
  let node = name;
  for (let step = 0; step < 3 && NAME_INSIDE.has(view.label(node)) && view.head(node) >= 0; step++) node = view.head(node);
  // "..., residents and aid workers told Reuters": a speaker's conjunct speaks with it
  for (let step = 0; step < 3 && view.base(node) === 'conj' && view.head(node) > node - 12 && view.head(node) >= 0; step++) node = view.head(node);
  const verb = view.head(node);
  // its speaker, or whom it was told: "..., witnesses told Reuters"
  return (view.base(node) === 'nsubj' || view.base(node) === 'iobj') && verb !== trigger && verb >= 0 && ctx.kb.lexicon.reporting.has(ctx.doc.tokens[verb].lemma);
}

/**
 * "..., after government troops withdrew, residents and a military official said": the words between the last comma and
 * a reporting verb that closes the sentence speak (provenance/trailing-speaker.ts), however the parse hung them (here
 * "residents" as the object of "withdrew"); no name among them is acted on by what they report.
 */
function inClosingSpeakers(ctx: SentenceContext, p: ActorPhrase, trigger: number): boolean {
  const t = ctx.doc.tokens;
  for (let verb = trigger + 1; verb < ctx.sentence.tokenEnd; verb++) {
    if (!ctx.kb.lexicon.reporting.has(t[verb].lemma) || !closesItsSentence(t, verb, ctx.sentence.tokenEnd)) continue;
    const speaker = trailingSpeaker(ctx, verb);
    if (speaker && speaker.comma > trigger && p.start > t[speaker.comma].start && p.end <= t[verb].start) return true;
  }
  return false;
}

// (nmod:desc: a title before the name it describes, "the group's military spokesman Yahya Saree said")
const NAME_INSIDE = new Set(['compound', 'nmod:poss', 'amod', 'flat', 'nmod:desc']);

/** On the way up from the target to the act, a nominal marked "in" that names what it was said in ("in a statement"). */
function inSayingVehicle(view: TreeView, node: number, trigger: number, vehicles: ReadonlySet<string>): boolean {
  for (let n = node, step = 0; n >= 0 && n !== trigger && step < 8; n = view.head(n), step++) {
    // ("threatened revenge on social media", "claimed the attack on Telegram": an online platform is said on)
    if ((view.marker(n) === 'in' || view.marker(n) === 'on') && vehicles.has(view.tokens[n].lemma)) return true;
  }
  return false;
}

/** The name lies in a relative clause with an object gap (its subject, or deeper) that does not hold the act. */
function inOtherObjectGapClause(ctx: SentenceContext, view: TreeView, name: number, trigger: number): boolean {
  const clause = objectGapClauseOf(view, ctx.kb, name);
  if (clause === null) return false;
  for (let n = trigger, step = 0; n >= 0 && step < 12; n = view.head(n), step++) if (n === clause) return false;
  return true;
}

/** On the way up from the name to the act, a joined predicate with an auxiliary or copula of its own. */
function inTensedConjunct(view: TreeView, node: number, trigger: number): boolean {
  for (let n = node, step = 0; n >= 0 && n !== trigger && step < 12; n = view.head(n), step++) {
    if (view.base(n) === 'conj' && view.head(n) === trigger && view.childrenWith(n, 'aux', 'aux:pass', 'cop').length > 0) return true;
  }
  return false;
}

/** On the way up from the target to the act, a nominal marked "despite". */
function underConcessive(view: TreeView, node: number, trigger: number): boolean {
  for (let n = node, step = 0; n >= 0 && n !== trigger && step < 8; n = view.head(n), step++) {
    // "in spite of X" is read as the noun "spite" (marked "in") holding X
    if (CONCESSIVE.has(view.marker(n) ?? '') || view.tokens[n].lower === 'spite') return true;
  }
  return false;
}

/**
 * A passive act lands on its own subject: it replaces a window target outside it, and fills an empty one when
 * the act has an actor ("the men were shot by their captors"). A subject with no name of its own is named by its
 * apposition ("The men, an American journalist and a teacher, were shot": the journalist and the teacher).
 */
// the markers of whom a passive's own act noun is given to or laid on
const LANDS_ON: ReadonlySet<string> = new Set(['to', 'on', 'upon', 'against']);

function passiveOwnSubject(ctx: SentenceContext, view: TreeView, c: Candidate): Candidate | null {
  if (c.trigger.pattern.kind !== 'verb' || !view.isPassive(c.trigger.head)) return null;
  if (c.targets.length === 0 && c.actors.length === 0) return null;
  // "the suspect was extradited to France": the pattern's own "to" named whom it lands on (candidate.ts)
  if (c.rules.includes('roles:own-preposition-target')) return null;
  // "rockets were fired at Israel": what is fired is the means, its "at" named whom it was aimed at (candidate.ts)
  if (c.rules.includes('roles:passive-aimed-target')) return null;
  // "troops were sent to the border by the army": forces moved are the mover's own, not whom it acts on
  if (c.info.type === 'MOBILIZE') return null;
  const subject = view.childrenWith(c.trigger.head, 'nsubj:pass')[0];
  if (subject === undefined) return null;
  // "amnesty was granted to 500 fighters", "asylum was granted to the former president": the pattern's own noun as
  // the subject is what is given; whom the act lands on is the verb's "to" ("sanctions were imposed on two firms": "on")
  // (or one of its conjuncts: "Tents and blankets were delivered to flood victims" matched on "blankets")
  const ownSubject = c.trigger.tokens.some((k) => k === subject || view.label(k) === 'conj' && view.head(k) === subject);
  const toward = ownSubject ? view.childrenWith(c.trigger.head, 'obl').find((n) => LANDS_ON.has(view.marker(n) ?? '')) : undefined;
  // (whom its words name, "two Israeli settler groups" → Israeli settlers, else the words as a thing)
  const given = toward === undefined ? null : participantsAt(view, ctx, toward).phrases[0] ?? nodePhrase(view, ctx, toward);
  if (given) return { ...c, targets: [given], rules: [...c.rules, 'roles:tree-passive-given-to'] };
  const [first, last] = view.span(subject);
  const [from, to] = [ctx.doc.tokens[first].start, ctx.doc.tokens[last - 1].end];
  if (c.targets.some((p) => p.start < to && p.end > from)) return null;
  if (c.actors.some((p) => p.start < to && p.end > from)) return null;
  // "ties with Taiwan were cut by Honduras", "trade with Russia was suspended": a relation named by a thing lands
  // on its "with" partner
  const partner = ctx.phraseAt.has(subject) ? undefined : view.childrenWith(subject, 'nmod').find((n) => view.marker(n) === 'with');
  const partnerPhrase = partner === undefined ? null : nodePhrase(view, ctx, partner);
  if (partnerPhrase && ctx.phraseAt.has(partner!)) return { ...c, targets: [partnerPhrase], rules: [...c.rules, 'roles:tree-passive-subject-partner'] };
  const apposition = ctx.phraseAt.has(subject) ? undefined : view.childrenWith(subject, 'appos')[0];
  const own = (apposition === undefined ? null : nodePhrase(view, ctx, apposition)) ?? nodePhrase(view, ctx, subject);
  if (!own) return null;
  return { ...c, targets: [own], rules: [...c.rules, 'roles:tree-passive-own-subject'] };
}
