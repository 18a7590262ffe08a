// Dates are compared at the precision the annotator could vouch for: gold "2020"
// accepts any extracted date in 2020, but an extracted "2020-03" cannot satisfy a
// gold "2020-03-11", because the extractor did not commit to the day.

type Granularity = 'year' | 'month' | 'week' | 'day';

function granularity(gold: string, precision: string | null): Granularity {
  if (gold.length === 4 || precision === 'year') return 'year';
  if (gold.length === 7 || precision === 'month') return 'month';
  if (precision === 'week') return 'week';
  return 'day';
}

// ISO-8601 week as "YYYY-Www": the week belongs to the year of its Thursday.
export function isoWeek(day: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (m === null) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (Number.isNaN(d.getTime())) return null;
  const weekday = d.getUTCDay() === 0 ? 7 : d.getUTCDay();
  d.setUTCDate(d.getUTCDate() + 4 - weekday);
  const year = d.getUTCFullYear();
  const week = Math.ceil(((d.getTime() - Date.UTC(year, 0, 1)) / 86_400_000 + 1) / 7);
  return `${year}-W${String(week).padStart(2, '0')}`;
}

export function datesMatch(gold: string, goldPrecision: string | null, extracted: string | null): boolean {
  if (extracted === null) return false;
  switch (granularity(gold, goldPrecision)) {
    case 'year':
      return extracted.length >= 4 && extracted.slice(0, 4) === gold.slice(0, 4);
    case 'month':
      return extracted.length >= 7 && extracted.slice(0, 7) === gold.slice(0, 7);
    case 'week': {
      const week = isoWeek(extracted);
      return week !== null && week === isoWeek(gold);
    }
    case 'day':
      return extracted === gold;
  }
}
