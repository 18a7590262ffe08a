import type { Certainty, PloverType } from '../schema/event.ts';
import { codedActor, type ActorHierarchy, type CodedActor } from './actors.ts';
import { dateWindow, type DayWindow } from './date-window.ts';
import { blockCountry, placePoint, type PlacePoint } from './geo.ts';
import { compareKeys, type Report } from './report.ts';

// The unit the linker clusters: one statement in one article. The coder writes one event per actor ×
// target of a sentence ("killing two American soldiers and a British soldier" → USAMIL and GBRMIL), so
// events with the same trigger, code and date are one mention that names several participants, and
// they stay together.

/** What the linker compares (compare.ts, block.ts, cluster.ts): a mention without its reports' events. */
export interface MentionFacts {
  /** The smallest report key: the mention's canonical name. */
  readonly key: string;
  readonly docId: string;
  readonly outlet: string;
  readonly type: PloverType;
  readonly cameo: string;
  readonly actors: readonly CodedActor[];
  readonly targets: readonly CodedActor[];
  readonly window: DayWindow | null;
  readonly dayPrecise: boolean;
  readonly dateText: string | null;
  /** The report places the event around midnight ("Tuesday night", "early Wednesday", "overnight"). */
  readonly nearMidnight: boolean;
  readonly place: PlacePoint | null;
  readonly placeName: string | null;
  /** The blocking country (blockCountry): '' when neither the place nor a participant says. */
  readonly country: string;
  readonly certainty: Certainty;
  /** An exact killed figure, for the "same toll" evidence. */
  readonly killed: number | null;
}

export interface Mention extends MentionFacts {
  readonly reports: readonly Report[];
}

export function mentionsOf(reports: readonly Report[], hierarchy: ActorHierarchy): Mention[] {
  return mentionGroups(reports).map((group) => ({ ...mentionFacts(group, hierarchy), reports: group }))
    .sort((a, b) => compareKeys(a.key, b.key));
}

/** The reports of each mention (the events of one statement), each group sorted by key. */
export function mentionGroups<R extends Pick<Report, 'key' | 'event'>>(reports: readonly R[]): R[][] {
  const groups = new Map<string, R[]>();
  for (const r of reports) {
    const e = r.event;
    const id = `${e.doc_id}\u0000${e.trigger.span[0]}:${e.trigger.span[1]}\u0000${e.date?.value ?? ''}\u0000${e.cameo}`;
    const group = groups.get(id);
    if (group === undefined) groups.set(id, [r]);
    else group.push(r);
  }
  return [...groups.values()].map((group) => group.sort((a, b) => compareKeys(a.key, b.key)));
}

// reports of one night straddle two dates: only these may link across a day
const NEAR_MIDNIGHT = /\b(night|overnight|midnight|dawn|early hours|late on|early on)\b/i;

/** A mention's facts from its reports (sorted by key, as mentionGroups gives them). */
export function mentionFacts(reports: readonly Pick<Report, 'key' | 'event' | 'outlet'>[], hierarchy: ActorHierarchy): MentionFacts {
  const first = reports[0].event;
  const window = dateWindow(first.date);
  const killed = first.numbers?.killed;
  return {
    key: reports[0].key,
    docId: first.doc_id,
    outlet: reports[0].outlet,
    type: first.type,
    cameo: first.cameo,
    actors: participants(reports.map((r) => r.event.actor?.code ?? null), hierarchy, 'actor'),
    targets: participants(reports.map((r) => r.event.target?.code ?? null), hierarchy, 'target'),
    window,
    dayPrecise: first.date?.precision === 'day',
    nearMidnight: NEAR_MIDNIGHT.test(first.date?.text ?? '') || NEAR_MIDNIGHT.test(first.evidence.sentence),
    dateText: first.date === null ? null : `${first.date.value} (${first.date.precision})`,
    place: placePoint(first.location),
    placeName: first.location?.name ?? null,
    country: reports.map((r) => blockCountry(r.event, (code) => hierarchy.up.get(code) ?? [])).sort()[0],
    certainty: first.provenance.certainty,
    killed: killed !== undefined && killed.hedge === 'exact' ? killed.min : null,
  };
}

function participants(codes: readonly (string | null)[], hierarchy: ActorHierarchy, role: 'actor' | 'target'): CodedActor[] {
  const distinct = [...new Set(codes)].sort((a, b) => (a === null ? 1 : b === null ? -1 : compareKeys(a, b)));
  return distinct.map((code) => codedActor(code, hierarchy, role));
}
