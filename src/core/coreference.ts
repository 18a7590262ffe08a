import type { Event, EventDate, EventLocation, Mention } from '../schema/event.ts';
import { placeTold } from './places-fit.ts';
import { TOLD_ACT_STATED, UNREPORTED_ACT, coreferenceScore, targetFit, doerNounAgent, pronounAgent, refersBack } from './coreference-compatible.ts';
import { joinMentions } from './mentions.ts';
import { settingFight } from './refiners.ts';
import { mergedAttribution, withAttributionRules } from '../provenance/merged-attribution.ts';
import { datesTheTelling } from '../provenance/telling-date.ts';
import { filledFrom, participantsOf, withParticipants } from './participants.ts';
import { bareSettlement, namesSettlement } from './settlement-targets.ts';
import type { ArmedActors } from './armed-actors.ts';
import { withHostPartner } from './visit-host.ts';

// In-article event coreference: a lead sentence and the later sentences that restate or elaborate it
// are one real event. "Gunmen attacked a village in Borno on Sunday. The gunmen killed 12 people in
// the attack, police said." → one ASSAULT with two mentions. The record keeps the trigger, evidence,
// participants of its most specific mention, the certainty of its first (and the source of its main one,
// src/provenance/merged-attribution.ts), and takes the most specific
// date, place and figures any mention states; each field keeps the span it came from.

/** Every event gains `mentions`; events of one real event merge into the first. Events arrive in text order. */
export function mergeCoreferent(events: readonly Event[], text: string, armed?: ArmedActors): Event[] {
  const clusters: Event[][] = [];
  for (const e of [...events].sort((a, b) => a.trigger.span[0] - b.trigger.span[0])) {
    if (laidOnToldAct(e, events)) continue;
    let best: { cluster: Event[]; score: number } | null = null;
    for (const cluster of clusters) {
      // one trigger split over coordinated participants ("attacked A and B") stays two events; two triggers of
      // one sentence may be one event: "militants killed 13 soldiers in a suicide attack on an army base"
      if (cluster.some((m) => m.trigger.span[0] === e.trigger.span[0])) continue;
      // "a reaction to the American invasion of Iraq": an act only referred to refers back, no later act restates it
      if (cluster.every((m) => m.rules.includes(UNREPORTED_ACT))) continue;
      if (cluster.some((m) => otherCommitment(m, e) || otherRetreat(m, e))) continue;
      // "killed three robbers after a gun battle with the gang": the fight one side had with the other sets the act
      if (cluster.some((m) => m.evidence.span[0] === e.evidence.span[0] && settingFight(m, e))) continue;
      // it must fit every mention so far, and share a participant or a day with one of them
      const scores = cluster.map((m) => coreferenceScore(m, e, text, armed));
      if (scores.some((x) => x === null)) continue;
      const total = Math.max(...(scores as number[]));
      if (total === 0) continue;
      // (a tie goes to the event told last, not the one first told last: "soldiers killed six of the attackers. The
      // group said it had killed 12 soldiers. The minister condemned the attack" takes up the group's act)
      if (!best || total > best.score || total === best.score && lastTold(cluster) >= lastTold(best.cluster)) best = { cluster, score: total };
    }
    if (best) best.cluster.push(e);
    else clusters.push([e]);
  }
  // a definite mention that joined no event refers to one the article never told: alone it says nothing
  // ... and so does "the airstrike killed 12 people" where an act of its type was told before or beside it
  const mentionOnly = (e: Event, cluster: readonly Event[]) => e.rules.includes('actor:definite-mention')
    || e.rules.includes(TOLD_ACT_STATED) && (cluster.length > 1 || events.some((o) => o !== e && o.type === e.type && (o.trigger.span[0] < e.trigger.span[0] || o.evidence.span[0] === e.evidence.span[0])));
  return clusters.filter((c) => !c.every((e) => mentionOnly(e, c))).map((c) => mergeCluster(c, text));
}

// "Gunmen fired on a patrol on Sunday. The government blamed a gang for the attack", "Islamabad denied any involvement
// in the attack": a definite act noun that an accusation lays on someone, or a denial disowns, is the act told before
// spoken about; the ACCUSE or REJECT carries the charge (coding guide rules 3 and 5), and the act keeps the doer its
// own telling names (rule 6: no guess), so the charged copy is neither a second act nor a mention that names its doer
const SPOKEN_OF = new Set(['alleged', 'denied']);
function laidOnToldAct(e: Event, events: readonly Event[]): boolean {
  if (!refersBack(e) || !SPOKEN_OF.has(e.provenance.certainty)) return false;
  // (one that names whom it landed on is that act only if the told act landed on them too: "became suspects in the
  // killing of 10 soldiers" after the army's raid on rebels is another act)
  return events.some((o) => o !== e && o.type === e.type && o.trigger.span[0] < e.trigger.span[0] && !SPOKEN_OF.has(o.provenance.certainty)
    && (e.target === null || targetFit(o, e) === 'same'));
}

const lastTold = (cluster: readonly Event[]) => Math.max(...cluster.map((m) => m.trigger.span[0]));

function mergeCluster(cluster: readonly Event[], text: string): Event {
  const mentions = joinMentions(cluster);
  if (cluster.length === 1) return withMentions(cluster[0], mentions);
  // the record speaks with its most specific mention's words; the others fill what it leaves out
  // (an act only referred to speaks for the record only when no mention reports it: "a reaction to the invasion")
  const reported = cluster.filter((e) => !e.rules.includes(UNREPORTED_ACT));
  const main = [...(reported.length ? reported : cluster)].sort((a, b) => specificity(b) - specificity(a))[0];
  const ordered = [main, ...cluster.filter((e) => e !== main)];
  const numbers = Object.assign({}, ...[...ordered].reverse().map((e) => e.numbers ?? {})) as NonNullable<Event['numbers']>;
  // a participant from the main mention stands, with its coordinated partners; another mention only fills one it leaves out
  const roles = (['actor', 'target'] as const).reduce((e, role) => filledFrom(e, ordered.find((o) => o[role] !== null) ?? e, role), main);
  const withHolder = withHolderTarget(roles, ordered, text);
  const holderRule = withHolder === roles ? [] : [HOLDER_TARGET];
  const withRoles = withHostPartner(withHolder, ordered);
  // each mention keeps its own provenance in `mentions`; the record's is chosen by src/provenance/merged-attribution.ts
  const attribution = mergedAttribution(cluster[0], main, ordered);
  return withMentions({
    ...withRoles,
    date: mostSpecificDate(ordered.map((e) => e.date), ordered.map(datesTheTelling)),
    // (a mention placed only by the dateline says nothing of where: "BEIRUT - ... in southern Lebanon")
    // ... nor one beside a noun that refers back to the act ("protest against the strikes": places-fit.ts placeTold)
    location: mostSpecificPlace(ordered.map((e) => (e.rules.includes('place:dateline') ? e.location : placeTold(e))), ordered.map((e) => e.rules.includes('place:dateline'))),
    ...(Object.keys(numbers).length ? { numbers } : {}),
    // how sure is decided where the article first tells it; who says so may be the main mention's speaker
    provenance: attribution.provenance,
    confidence: Math.max(...cluster.map((e) => e.confidence)),
    rules: [...new Set([...withAttributionRules(main.rules, attribution), ...ordered.slice(1).flatMap((e) => e.rules.filter((r) => r.startsWith('pattern:'))), 'refiner:coreference', ...holderRule])],
  }, mentions);
}

const TAKEN_FROM = 'roles:tree-taken-from';
/** The mention's target is whom a place was taken from: read so on the tree, or the phrase right after "from". */
const takenFrom = (e: Event, text: string) => e.target !== null && !namesSettlement(e.target.text)
  && (e.rules.includes(TAKEN_FROM) || /\bfrom\s+$/i.test(text.slice(Math.max(0, e.target.span[0] - 8), e.target.span[0])));
const HOLDER_TARGET = 'refiner:coreference-holder-target';

/**
 * "Chadian troops have retaken a village from the militants" … "Chadian forces took control of Malumfatori
 * village": the side a place was taken from is whom the act was directed at (PLOVER's recipient is an entity),
 * so it stands over the settlement a more specific mention names as the object taken.
 */
function withHolderTarget(record: Event, ordered: readonly Event[], text: string): Event {
  if (record.target === null || !namesSettlement(record.target.text) || takenFrom(record, text)) return record;
  const holder = ordered.find((o) => takenFrom(o, text));
  if (!holder) return record;
  return withParticipants(record, 'target', participantsOf(holder, 'target'));
}

/**
 * How much a mention states of its own: "Troops loyal to the president stormed the town of X on Sunday"
 * says more than the lead "Government forces assaulted rebel strongholds", and "the community of Njaba" more
 * than "a village". Ties keep the earliest.
 */
function specificity(e: Event): number {
  const stated = (basis: string | undefined) => basis !== 'inferred';
  // an unresolved pronoun ("they") names less than the group an earlier mention names; "a village" less than its name
  return (e.actor ? (pronounAgent(e) || doerNounAgent(e) ? 1 : stated(e.actor.basis) ? 3 : 2) : 0) + (e.target ? (bareSettlement(e.target.text) ? 1 : 2) : 0)
    + (e.date && e.date.precision !== 'reported' && stated(e.date.basis) ? 1 : 0)
    // (a place the mention takes from the story's opening or its paragraph is none it states)
    + (e.location?.span && stated(e.location.basis) ? (e.location.precision === 'city' || e.location.precision === 'site' ? 2 : 1) : 0);
}

// `mentions` sits right after `evidence`, as in the schema, so a stored record reads the same after validation.
function withMentions(e: Event, mentions: Mention[]): Event {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(e)) {
    if (k === 'mentions') continue;
    out[k] = v;
    if (k === 'evidence') out.mentions = mentions;
  }
  return out as Event;
}

// Stated beats inferred, then the finer precision: "in March" … "on 11 March" → 11 March; ties keep the first.
// The day a speaker told it ("alleged Thursday that") ranks below an inferred date as fine (src/provenance/telling-date.ts).
const DATE_RANK = { day: 4, week: 3, month: 2, year: 1, reported: 0 } as const;
function mostSpecificDate(dates: readonly (EventDate | null)[], telling: readonly boolean[]): EventDate | null {
  const told = new Set(dates.filter((d, i) => d !== null && telling[i]));
  return pickBest(dates, (d) => (told.has(d) ? -0.5 : d.basis !== 'inferred' ? 10 : 0) + DATE_RANK[d.precision]);
}

// A stated place beats the article's country; then the finer one: "in Borno" … "in Maiduguri" → Maiduguri.
const PLACE_RANK = { site: 4, city: 3, region: 2, country: 1 } as const;
function mostSpecificPlace(places: readonly (EventLocation | null)[], filed: readonly boolean[]): EventLocation | null {
  // a site named by description ("outside the court") says less than the town named ("in Minsk"), a dateline less than
  // a place the text gives the act
  const ranked = places.map((p, i) => (p === null ? null : { p, filed: filed[i] }));
  return pickBest(ranked, ({ p, filed: f }) => (p.basis !== 'inferred' && p.span !== null && !f ? 10 : 0) + (p.id?.startsWith('site-phrase:') ? 2.5 : p.precision ? PLACE_RANK[p.precision] : 0))?.p ?? null;
}

function pickBest<T>(values: readonly (T | null)[], rank: (v: T) => number): T | null {
  let best: T | null = null;
  for (const v of values) if (v !== null && (best === null || rank(v) > rank(best))) best = v;
  return best;
}

// "Ethiopia and Eritrea signed a peace deal in July. Both countries agreed to reopen their embassies.": two commitments
// of one pair are two AGREE events when their CAMEO acts differ (a signed accord, an agreement to reopen embassies),
// unless the later one refers back to the first with a definite noun ("the agreement was signed in Doha")
const otherCommitment = (a: Event, b: Event) => a.type === 'AGREE' && b.type === 'AGREE' && a.cameo !== b.cameo && !refersBack(b);

// "Ukraine and Russia exchanged 300 prisoners. ... his forces had withdrawn from two villages": RETREAT joins acts the
// manual tells apart by mode (release, access, ease, withdraw, disarm): two CAMEO families (084 release, 085 ease, 086
// access, 087 de-escalation) are two acts, unless the later one refers back to the first
const RETREAT_FAMILIES = new Set(['084', '085', '086', '087']);
const otherRetreat = (a: Event, b: Event) => a.type === 'RETREAT' && b.type === 'RETREAT' && RETREAT_FAMILIES.has(a.cameo.slice(0, 3))
  && RETREAT_FAMILIES.has(b.cameo.slice(0, 3)) && a.cameo.slice(0, 3) !== b.cameo.slice(0, 3) && !refersBack(b);
