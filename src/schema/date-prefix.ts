// One check for the date prefixes users type in filters (--since/--until, ?since=&until=): the shape
// YYYY, YYYY-MM or YYYY-MM-DD, and a day that exists in that month. "2024-13-45" or "2024-02-30" would
// otherwise compare as strings and silently match nothing (or everything).

export const DATE_PREFIX_FORMAT = 'YYYY, YYYY-MM or YYYY-MM-DD';

const DATE_PREFIX = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** What is wrong with `value` as a date prefix, or undefined when it is a real year, month or day. */
export function datePrefixProblem(value: string): string | undefined {
  const match = DATE_PREFIX.exec(value);
  if (match === null) return `expected ${DATE_PREFIX_FORMAT}`;
  const [, year, month, day] = match;
  if (month === undefined) return undefined;
  const m = Number(month);
  if (m < 1 || m > 12) return `there is no month ${month}`;
  if (day === undefined) return undefined;
  const lastDay = daysIn(Number(year), m);
  const d = Number(day);
  if (d < 1 || d > lastDay) return `${year}-${month} has no day ${day} (it has ${lastDay} days)`;
  return undefined;
}

function daysIn(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
