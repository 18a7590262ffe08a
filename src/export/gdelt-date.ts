import type { ScannedEvent } from '../store/index.ts';

export interface GdeltDate {
  readonly sqlDate: string;
  readonly monthYear: string;
  readonly year: string;
  readonly fraction: string;
}

// GDELT dates are whole days. A month- or year-precision date takes its first day ("2020-03" →
// 20200301), and an undated event the publication date, which is what GDELT itself uses.
export function gdeltDate({ event, article }: ScannedEvent): GdeltDate | null {
  const value = event.date?.value ?? article.published?.slice(0, 10);
  if (value === undefined) return null;
  const [year, month = '01', day = '01'] = value.split('-');
  const start = Date.UTC(Number(year), 0, 1);
  const days = (Date.UTC(Number(year) + 1, 0, 1) - start) / 86_400_000;
  const dayOfYear = (Date.UTC(Number(year), Number(month) - 1, Number(day)) - start) / 86_400_000;
  return {
    sqlDate: `${year}${month}${day}`,
    monthYear: `${year}${month}`,
    year,
    // YYYY.FFFF: the share of the year gone by on that day.
    fraction: (Number(year) + dayOfYear / days).toFixed(4),
  };
}

/** "2024-01-10T08:15:00.000Z" → "20240110081500" (UTC), GDELT's DATEADDED. */
export function gdeltTimestamp(iso: string): string {
  return new Date(iso).toISOString().slice(0, 19).replace(/[-T:]/g, '');
}
