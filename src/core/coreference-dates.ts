import type { EventDate } from '../schema/event.ts';

// Whether two mentions' dates let them be one event (coreference-compatible.ts): stated dates must agree, and an
// inferred day must lie near a stated period.

export const statedDate = (d: EventDate | null) => (d !== null && d.basis !== 'inferred' && d.precision !== 'reported' ? d : null);

/** "in March" and "on 11 March" fit; "on Monday" and "on Tuesday" are two occasions. */
export function datesFit(a: EventDate | null, b: EventDate | null): boolean {
  const [x, y] = [statedDate(a), statedDate(b)];
  if (x === null || y === null) return !farFromInferredDay(a, b) && !farFromInferredDay(b, a);
  if (x.precision === 'week' || y.precision === 'week') return weekOf(x.value) === weekOf(y.value);
  return x.value.startsWith(y.value) || y.value.startsWith(x.value);
}

// The story's day that a lead mention takes when it states none ("Militants have attacked a village", told on
// Tuesday) is no day of an act stated weeks away ("seized a multinational base in January"): the news is not its
// background. Two weeks of slack, as an inferred day may be the publication's and the act some days before it.
const SLACK_DAYS = 14;
const DAY_MS = 86_400_000;

/** `inferred` is an inferred day and `stated` a stated period that ends or starts more than two weeks away from it. */
function farFromInferredDay(inferred: EventDate | null, stated: EventDate | null): boolean {
  const s = statedDate(stated);
  if (inferred === null || s === null || inferred.basis !== 'inferred' || inferred.value.length < 10) return false;
  const day = Date.parse(`${inferred.value}T00:00:00Z`);
  const [from, to] = periodOf(s);
  return day < from - SLACK_DAYS * DAY_MS || day > to + SLACK_DAYS * DAY_MS;
}

/** First and last day (ms) of a stated date: "2015-01" is 1 to 31 January, a week its seven days. */
function periodOf(d: EventDate): [number, number] {
  const [y, m, dd] = d.value.split('-').map(Number);
  if (dd !== undefined) {
    const start = Date.UTC(y, m - 1, dd);
    return d.precision === 'week' ? [Date.parse(`${weekOf(d.value)}T00:00:00Z`), Date.parse(`${weekOf(d.value)}T00:00:00Z`) + 6 * DAY_MS] : [start, start];
  }
  if (m !== undefined) return [Date.UTC(y, m - 1, 1), Date.UTC(y, m, 0)];
  return [Date.UTC(y, 0, 1), Date.UTC(y, 11, 31)];
}

function weekOf(value: string): string {
  if (value.length < 10) return value.slice(0, 7);
  const d = new Date(`${value}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

// "... as Sierra Leoneans voted on Saturday ... Police fired tear gas to disperse the crowd" … "Police raided the
// headquarters on Sunday and fired tear gas at party members": a mention that takes its day from a day the text states
// elsewhere (the lead's, the sentence before's) is on that day, so another day a mention states is another occasion;
// a day inferred from no words (the publication's) keeps its slack, and so does the day a speaker told it ("alleged
// Thursday that ...", which the caller leaves out)
export function otherToldDay(inferred: EventDate | null, stated: EventDate | null): boolean {
  const s = statedDate(stated);
  return inferred !== null && s !== null && inferred.basis === 'inferred' && inferred.span !== null && inferred.precision === 'day'
    && s.precision === 'day' && inferred.value !== s.value;
}
