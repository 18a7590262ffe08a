// Publication dates as web pages and feeds write them, to "YYYY-MM-DD" or null (never an error: a
// page with an odd date is still an article, its events just get no reported date).
// The date is taken as written, time zone not applied, like normalisePublished: the outlet's local
// date is the one its "yesterday" means. So "Wed, 01 May 2024 23:30:00 -0500" is 2024-05-01.
//   2024-05-01T10:00:00+03:00 · 2024-05-01 · 2024/05/01 · 20240501
//   Wed, 01 May 2024 23:30:00 GMT · May 1, 2024 · 1 May 2024

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

export function parseWebDate(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  let m = /^(\d{4})[-/.]?(\d{2})[-/.]?(\d{2})(?:$|[T\s])/.exec(text);
  if (m) return ymd(Number(m[1]), Number(m[2]), Number(m[3]));
  // "Wed, 01 May 2024", "1 May 2024", "01-May-2024"
  m = /(?:^|[\s,])(\d{1,2})[\s-]+([A-Za-z]{3,})\.?[\s,-]+(\d{4})\b/.exec(text);
  if (m) return ymd(Number(m[3]), month(m[2]), Number(m[1]));
  // "May 1, 2024", "May 01 2024"
  m = /(?:^|[\s,])([A-Za-z]{3,})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(text);
  if (m) return ymd(Number(m[3]), month(m[1]), Number(m[2]));
  return null;
}

function month(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function ymd(year: number, monthNumber: number, day: number): string | null {
  if (monthNumber < 1 || year < 1900 || year > 2100) return null;
  const date = new Date(Date.UTC(year, monthNumber - 1, day));
  if (date.getUTCMonth() !== monthNumber - 1 || date.getUTCDate() !== day) return null;
  return `${year}-${String(monthNumber).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
