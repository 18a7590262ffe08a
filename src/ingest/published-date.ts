import { InputError } from './input-error.ts';

// "2020-04-02" or an ISO timestamp such as "2020-04-02T10:00:00Z" / "2020-04-02T10:00+02:00".
const PUBLISHED = /^(\d{4})-(\d{2})-(\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

// Returns the calendar date as written. The time zone is deliberately not applied: the outlet's
// local date is the one its "yesterday" and "on Monday" refer to.
// Missing (undefined, null, "") means unknown and gives null.
export function normalisePublished(value: unknown, file: string, line?: number): string | null {
  if (value === undefined || value === null || value === '') return null;
  const match = typeof value === 'string' ? PUBLISHED.exec(value.trim()) : null;
  if (match === null || !isCalendarDate(Number(match[1]), Number(match[2]), Number(match[3]))) {
    throw new InputError(file, `invalid published date '${String(value)}' (expected YYYY-MM-DD)`, line);
  }
  return `${match[1]}-${match[2]}-${match[3]}`;
}

// Rejects "2020-02-30" and "2020-13-01", which the pattern alone lets through.
function isCalendarDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
