import type { Event } from '../schema/event.ts';

// "The president ended a two-day visit to Kenya on Tuesday", "the three-day talks ended on Thursday", "troops continue
// a weeklong offensive": the day the clause gives is the last day of a stretch of days, and the act of the stretch (the
// visit, the talks, the offensive) began its length before it. The act is dated by its first day, counting both ends
// (a two-day visit that ended on Tuesday began on Monday). The words that mark the end: data/lexicon/duration-ends.tsv.

const NUMBERS = new Map(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'].map((w, i) => [w, i + 1]));
const UNIT_DAYS: Readonly<Record<string, number>> = { day: 1, week: 7 };
// "two-day", "2-day", "three-week", "weeklong", "week-long", "three days of", before up to two more words and the act noun
const STRETCH = /\b(?:(?<count>\d{1,2}|[a-z]+)(?:-(?<unit>day|week)(?:-long)?|\s+(?<units>day|week)s\s+of)|(?<week>week)-?long)\s+(?<noun>(?:[\w-]+\s+){0,2}[\w-]+)/gi;
const DETERMINER = /(?:^|\s)(?:a|an|the|its|their|his|her|this|last\s+week['’]s|[\w.-]+['’]s)\s+$/i;
// (the end word after the act noun and its phrase: ", which ended", "to Moscow that had concluded", "ended")
const afterNoun = (words: readonly string[]) => new RegExp(`^(?:\\s+(?:to|in|at|with|between|of|on|against)\\s+[^,.;]{1,60}?)?,?\\s*(?:(?:that|which)\\s+)?(?:(?:had|has|have)\\s+)?(${words.join('|')})\\b`, 'i');
// acts of ending a stretch are dated by the ending ("troops ended a weeklong offensive": the ending is the retreat)
const ENDING_TYPES = new Set(['RETREAT', 'CONCEDE', 'SANCTION', 'REJECT']);
// words that close the stretch's noun phrase ("a three-day raid that killed 12": the killing is no stretch)
const PHRASE_ENDS = /^(?:that|which|who|to|in|on|at|of|against|and|or|with|by|for|from|near|during|after|before|as)$/i;

export function durationStart(e: Event, ends: ReadonlyMap<string, 'before' | 'after' | 'both'>): Event {
  const date = e.date;
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date.value) || !['day', 'reported'].includes(date.precision)) return e;
  const sentence = e.evidence.sentence;
  const offset = e.evidence.span[0];
  // the event's trigger, and those of its mentions in the same sentence ("Fighting has intensified as troops continue a
  // weeklong offensive": one act, dated by the offensive's stretch)
  const triggers = [e.trigger.span, ...(e.mentions ?? []).filter((m) => m.span[0] === offset).map((m) => m.trigger.span)];
  for (const [triggerStart, triggerEnd] of triggers.map(([a, b]) => [a - offset, b - offset])) {
    const shifted = shiftedBy(e, date, sentence, offset, triggerStart, triggerEnd, ends);
    if (shifted !== undefined) return shifted;
  }
  return e;
}

/** The event dated by the stretch whose noun is at the trigger, the event itself when the stretch is the ending act's, else undefined. */
function shiftedBy(e: Event, date: NonNullable<Event['date']>, sentence: string, offset: number, triggerStart: number, triggerEnd: number, ends: ReadonlyMap<string, 'before' | 'after' | 'both'>): Event | undefined {
  for (const m of sentence.matchAll(STRETCH)) {
    const g = m.groups ?? {};
    const count = g.week ? 1 : /^\d+$/.test(g.count) ? Number(g.count) : NUMBERS.get(g.count.toLowerCase());
    const unit = UNIT_DAYS[(g.unit ?? g.units ?? g.week).toLowerCase()];
    if (!count || !unit || count * unit < 2) continue;
    const nounStart = m.index + m[0].length - g.noun.length;
    const words = g.noun.split(/\s+/);
    const cut = words.findIndex((w) => PHRASE_ENDS.test(w));
    if (cut === 0) continue;
    const nounEnd = nounStart + (cut < 0 ? g.noun.length : g.noun.indexOf(` ${words[cut]}`));
    // the stretch's noun phrase is the trigger's (its words overlap the trigger)
    if (nounEnd <= triggerStart || nounStart >= triggerEnd) continue;
    const end = endWord(sentence, m.index, nounEnd, ends);
    if (!end) continue;
    if (ENDING_TYPES.has(e.type) && end.start + offset >= e.trigger.span[0] && end.start + offset < e.trigger.span[1]) return e;
    const first = new Date(`${date.value}T00:00:00Z`);
    first.setUTCDate(first.getUTCDate() - (count * unit - 1));
    const value = first.toISOString().slice(0, 10);
    return { ...e, date: { ...date, value, precision: 'day', basis: 'inferred' }, rules: [...e.rules, 'date:duration-start'] };
  }
  return undefined;
}

/** The word that puts the stretch's end on the clause's day: before its noun phrase, or after its noun. */
function endWord(sentence: string, stretchStart: number, nounEnd: number, ends: ReadonlyMap<string, 'before' | 'after' | 'both'>): { start: number } | null {
  const before = sentence.slice(0, stretchStart);
  const determiner = DETERMINER.exec(before);
  const head = determiner ? before.slice(0, determiner.index) : before;
  const previous = /([a-z]+)(\s+up)?\s*$/i.exec(head.trimEnd());
  if (previous && ends.get(previous[1].toLowerCase()) !== undefined && ends.get(previous[1].toLowerCase()) !== 'after') return { start: previous.index };
  const next = afterNoun([...ends].filter(([, position]) => position !== 'before').map(([word]) => word)).exec(sentence.slice(nounEnd));
  if (next) return { start: nounEnd + next.index + next[0].length - next[1].length };
  return null;
}
