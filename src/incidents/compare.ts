import { bestRelation, type ActorRelation, type CodedActor } from './actors.ts';
import { ADJACENT_DAYS, overlapDays, windowText } from './date-window.ts';
import { coarser, distanceKm, PLACE_RADIUS_KM } from './geo.ts';
import type { MentionFacts as Mention } from './mention.ts';

// Can two mentions tell the same real event, and how much do they agree? Every check has a reason id
// that travels into the incident (and `eventlens incident ID --explain`):
//   hard checks: a failed one keeps the pair apart, whatever else agrees;
//   evidence:   points for agreement beyond "not contradictory"; a pair links at LINK_THRESHOLD.
// "Not contradictory" alone is not enough: two vague reports ("rebels attacked", Iraq, this week) agree
// with every attack in Iraq that week, so they need a shared actor and a shared day, place or article.

export interface Check {
  readonly rule: string;
  readonly ok: boolean;
  readonly points: number;
  readonly detail: string;
}

export interface Verdict {
  /** No hard check failed. */
  readonly compatible: boolean;
  readonly score: number;
  /** Compatible and score ≥ LINK_THRESHOLD. */
  readonly linked: boolean;
  readonly checks: readonly Check[];
}

export const LINK_THRESHOLD = 2;

export const POINTS = {
  sameActor: 1,
  broaderActor: 0.5,
  sameDay: 1,
  // both spans a week or less: a day and a report with no date of its own, a day and "last week"
  closeDates: 0.5,
  samePlace: 1,
  nearPlace: 0.5,
  sameArticle: 1,
  sameToll: 0.5,
  // a day apart: daily protests and repeated strikes are common, so only full agreement links them
  adjacentDays: -1,
} as const;

const SHORT_WINDOW_DAYS = 7;
// These did not (yet) happen: a planned march and the march itself are two things to count.
const UNREALISED = new Set(['planned', 'conditional', 'hypothetical', 'called_off']);

// The checks in the order they are shown; the cheap date and type checks run first when only the
// answer is wanted (`detail` false: no texts built, and the first failed check ends the comparison).
const CHECKS: readonly ((a: Mention, b: Mention, detail: boolean) => Check)[] = [
  (a, b, d) => date(a, b, d),
  (a, b, d) => type(a, b, d),
  (a, b, d) => realised(a, b, d),
  (a, b, d) => participant('actor', a.actors, b.actors, d),
  (a, b, d) => participant('target', a.targets, b.targets, d),
  (a, b, d) => place(a, b, d),
];

export function compareMentions(a: Mention, b: Mention, detail = false): Verdict {
  const checks: Check[] = [];
  for (const check of CHECKS) {
    const c = check(a, b, detail);
    checks.push(c);
    if (!c.ok && !detail) return { compatible: false, score: 0, linked: false, checks };
  }
  if (a.docId === b.docId) checks.push({ rule: 'article:same', ok: true, points: POINTS.sameArticle, detail: detail ? a.docId : '' });
  if (a.killed !== null && a.killed > 0 && a.killed === b.killed) checks.push({ rule: 'numbers:same-killed', ok: true, points: POINTS.sameToll, detail: detail ? `${a.killed} killed` : '' });
  let compatible = true;
  let score = 0;
  for (const c of checks) {
    compatible &&= c.ok;
    score += c.points;
  }
  return { compatible, score, linked: compatible && score >= LINK_THRESHOLD, checks };
}

function realised(a: Mention, b: Mention, detail: boolean): Check {
  const un = UNREALISED.has(a.certainty) ? a : UNREALISED.has(b.certainty) ? b : null;
  return un === null
    ? { rule: 'certainty:realised', ok: true, points: 0, detail: detail ? `${a.certainty} / ${b.certainty}` : '' }
    : { rule: 'certainty:unrealised', ok: false, points: 0, detail: detail ? `${un.certainty}: did not happen (yet)` : '' };
}

// "190 attacked" and "195 air strike" can be one event; "193 gunfight" and "195 air strike" cannot.
function type(a: Mention, b: Mention, withDetail: boolean): Check {
  const detail = withDetail ? `${a.type} ${a.cameo} / ${b.type} ${b.cameo}` : '';
  if (a.type !== b.type) return { rule: 'type:different', ok: false, points: 0, detail };
  if (a.cameo === b.cameo) return { rule: 'type:same-code', ok: true, points: 0, detail };
  if (isGeneric(a.cameo) || isGeneric(b.cameo)) return { rule: 'type:generic-mode', ok: true, points: 0, detail };
  if (a.cameo.startsWith(b.cameo) || b.cameo.startsWith(a.cameo)) return { rule: 'type:sub-mode', ok: true, points: 0, detail };
  return { rule: 'type:mode-conflict', ok: false, points: 0, detail };
}

/** "19", "190": the root of a CAMEO family, with no mode of its own. */
export function isGeneric(cameo: string): boolean {
  return cameo.length === 2 || (cameo.length === 3 && cameo.endsWith('0'));
}

const ROLE_POINTS: Readonly<Record<ActorRelation, number>> = { same: POINTS.sameActor, broader: POINTS.broaderActor, related: POINTS.broaderActor, unknown: 0, conflict: 0 };

function participant(role: 'actor' | 'target', as: readonly CodedActor[], bs: readonly CodedActor[], withDetail: boolean): Check {
  const { relation, a, b } = bestRelation(as, bs);
  const name = (x: CodedActor) => x.code ?? 'unknown';
  const detail = !withDetail ? '' : relation === 'same' ? name(a) : `${name(a)} / ${name(b)}`;
  return { rule: `${role}:${relation}`, ok: relation !== 'conflict', points: ROLE_POINTS[relation], detail };
}

function date(a: Mention, b: Mention, withDetail: boolean): Check {
  if (a.window === null || b.window === null) return { rule: 'date:unknown', ok: true, points: 0, detail: withDetail ? `${a.dateText ?? 'no date'} / ${b.dateText ?? 'no date'}` : '' };
  const shared = overlapDays(a.window, b.window);
  const detail = withDetail ? `${windowText(a.window)} / ${windowText(b.window)}` : '';
  if (shared <= 0 && a.dayPrecise && b.dayPrecise && 1 - shared <= ADJACENT_DAYS && (a.nearMidnight || b.nearMidnight)) return { rule: 'date:adjacent', ok: true, points: POINTS.adjacentDays, detail: withDetail ? `${detail}: 1 day apart` : '' };
  if (shared <= 0) return { rule: 'date:apart', ok: false, points: 0, detail: withDetail ? `${detail}: ${1 - shared} days apart` : '' };
  if (a.dayPrecise && b.dayPrecise) return { rule: 'date:same-day', ok: true, points: POINTS.sameDay, detail };
  const short = (w: { start: number; end: number }) => w.end - w.start < SHORT_WINDOW_DAYS;
  if (short(a.window) && short(b.window)) return { rule: 'date:close', ok: true, points: POINTS.closeDates, detail: withDetail ? `${detail}: ${shared} days shared` : '' };
  return { rule: 'date:overlap', ok: true, points: 0, detail: withDetail ? `${detail}: ${shared} days shared` : '' };
}

function place(a: Mention, b: Mention, withDetail: boolean): Check {
  const pa = a.place;
  const pb = b.place;
  if (pa === null || pb === null) return { rule: 'place:unknown', ok: true, points: 0, detail: withDetail ? `${a.placeName ?? 'no place'} / ${b.placeName ?? 'no place'}` : '' };
  const names = withDetail ? `${a.placeName} (${pa.precision}) / ${b.placeName} (${pb.precision})` : '';
  if (pa.country !== null && pb.country !== null && pa.country !== pb.country) return { rule: 'place:other-country', ok: false, points: 0, detail: names };
  const level = coarser(pa.precision, pb.precision);
  if (level === 'country') return { rule: 'place:same-country', ok: true, points: 0, detail: names };
  const fine = level === 'site' || level === 'city';
  if (pa.id !== null && pa.id === pb.id) return { rule: 'place:same', ok: true, points: fine ? POINTS.samePlace : POINTS.nearPlace, detail: names };
  const km = distanceKm({ lat: pa.lat ?? 0, lon: pa.lon ?? 0 }, { lat: pb.lat ?? 0, lon: pb.lon ?? 0 });
  const limit = PLACE_RADIUS_KM[level];
  const within = withDetail ? `${names}: ${km.toFixed(1)} km` : '';
  if (km > limit) return { rule: 'place:too-far', ok: false, points: 0, detail: withDetail ? `${within} > ${limit} km (${level})` : '' };
  return { rule: 'place:within', ok: true, points: fine ? POINTS.nearPlace : 0, detail: withDetail ? `${within} ≤ ${limit} km (${level})` : '' };
}
