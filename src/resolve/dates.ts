import * as chrono from 'chrono-node';
import type { DateMention } from './types.ts';

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';
// "11 and 14 March", "3, 5 and 7 October", "March 11 and 14": several days sharing one month.
const DAY = '\\d{1,2}(?:st|nd|rd|th)?';
const DAY_LIST = `${DAY}(?:\\s*,\\s*${DAY})*\\s*(?:,\\s*)?(?:and|&)\\s*${DAY}`;
const DAY_PAIR = new RegExp(`\\b(${DAY_LIST})\\s+(${MONTHS})\\b|\\b(${MONTHS})\\s+(${DAY_LIST})\\b`, 'g');
// Fixed-date holidays chrono does not know.
const HOLIDAYS: Array<[RegExp, number, number]> = [
  [/\bChristmas Eve\b/i, 12, 24], [/\bChristmas(?: Day)?\b/i, 12, 25], [/\bBoxing Day\b/i, 12, 26],
  [/\bNew Year'?s Eve\b/i, 12, 31], [/\bNew Year'?s(?: Day)?\b/i, 1, 1],
];
const MONTH_PREFIXES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
// "in 2019", "during 2014": a bare year, which chrono leaves alone.
const BARE_YEAR = /\b(?:in|during|since|throughout|of|by)\s+((?:19|20)\d\d)\b(?![-\/]\d)/g;

const pad = (n: number) => String(n).padStart(2, '0');
const isoDay = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

const monthNumber = (name: string) => MONTH_PREFIXES.indexOf(name.slice(0, 3).toLowerCase()) + 1;

/** The year a day of `month` falls in when written without one: not after the reference date. */
function pastYear(month: number, day: number, ref: Date): number {
  const y = ref.getUTCFullYear();
  return Date.UTC(y, month - 1, day) > ref.getTime() + 86400000 * 31 ? y - 1 : y;
}

/**
 * Date expressions of one sentence resolved against the publication date.
 * `offset` is the sentence's start in the document, so spans point into the article.
 */
export function findDates(sentence: string, offset: number, published: string | null): DateMention[] {
  if (!published) return [];
  const ref = new Date(`${published.slice(0, 10)}T12:00:00Z`);
  const out: DateMention[] = [];
  for (const m of sentence.matchAll(DAY_PAIR)) {
    const month = monthNumber(m[2] ?? m[3]);
    const days = (m[1] ?? m[4]).match(/\d{1,2}/g)!.map(Number);
    for (const day of days) {
      const year = pastYear(month, day, ref);
      out.push({ start: offset + m.index, end: offset + m.index + m[0].length, text: m[0], value: `${year}-${pad(month)}-${pad(day)}`, precision: 'day' });
    }
  }
  for (const r of chrono.parse(sentence, { instant: ref, timezone: 0 }, { forwardDate: false })) {
    const start = offset + r.index;
    const end = start + r.text.trimEnd().replace(/,$/, '').length;
    if (out.some((d) => d.start < end && start < d.end)) continue;
    const mention = classify(r, ref);
    if (mention) out.push({ start, end, text: r.text.replace(/,\s*$/, ''), ...mention });
  }
  for (const [re, month, day] of HOLIDAYS) {
    const m = re.exec(sentence.replace(/[’]/g, "'"));
    if (!m || out.some((d) => d.start < offset + m.index + m[0].length && offset + m.index < d.end)) continue;
    const year = pastYear(month, day, ref);
    out.push({ start: offset + m.index, end: offset + m.index + m[0].length, text: m[0], value: `${year}-${pad(month)}-${pad(day)}`, precision: 'day' });
  }
  for (const m of sentence.matchAll(BARE_YEAR)) {
    const start = offset + m.index + m[0].length - m[1].length;
    const end = start + m[1].length;
    if (!out.some((d) => d.start < end && start < d.end)) out.push({ start, end, text: m[1], value: m[1], precision: 'year' });
  }
  return out.sort((a, b) => a.start - b.start);
}

function classify(r: chrono.ParsedResult, ref: Date): Pick<DateMention, 'value' | 'precision'> | null {
  const text = r.text.toLowerCase();
  const date = r.start.date();
  if (/\b(last|past|this|previous) week\b/.test(text)) return { value: isoDay(date), precision: 'week' };
  if (/\b(last|past|this|previous) month\b/.test(text)) return { value: isoDay(date).slice(0, 7), precision: 'month' };
  if (/\b(last|this|previous) year\b/.test(text)) return { value: String(date.getUTCFullYear()), precision: 'year' };
  const weekday = r.start.get('weekday');
  if (!r.start.isCertain('day') && weekday !== null && weekday !== undefined && !r.start.isCertain('month')) {
    // "on Wednesday" in news means the most recent Wednesday, never a future one.
    const back = (ref.getUTCDay() - weekday + 7) % 7;
    return { value: isoDay(new Date(ref.getTime() - back * 86400000)), precision: 'day' };
  }
  if (r.start.isCertain('day')) return { value: isoDay(date), precision: 'day' };
  if (r.start.isCertain('month')) return { value: isoDay(date).slice(0, 7), precision: 'month' };
  if (r.start.isCertain('year')) return { value: String(date.getUTCFullYear()), precision: 'year' };
  return null;
}
