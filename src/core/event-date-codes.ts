import type { ActorRef, Event, EventDate } from '../schema/event.ts';
import type { ActorEntry, Knowledge } from '../knowledge/types.ts';
import { pickEntry } from '../resolve/entry-choice.ts';

// "In 2022, President Joe Biden imposed sanctions": the actors are resolved once per article, on the publication date
// (a 2026 article makes Biden a former president, USAELI), but an act told of a past day was done with the office its
// doer held that day. Once the event's own date is known, a named person is coded again on it: the term of office
// holding over the whole of the date's period (a year, a month, a day) decides, the dictionaries' dated codes
// (people.json terms, PETRARCH's ranges) as on the publication date. A date whose period holds the publication day
// ("on Monday", "this year"), or one that spans a change of office, leaves the codes as they are.
export const EVENT_DATE_CODE_RULE = 'actor:code-on-event-date';

/** The event with its named people coded on its own date, where that date is another period than the publication's. */
export function withEventDateCodes(e: Event, kb: Knowledge, published: string | null): Event {
  const period = periodOf(e.date);
  if (!period || !published) return e;
  const day = published.slice(0, 10);
  if (period.first <= day && day <= period.last) return e;
  let changed = false;
  const redate = (ref: ActorRef | null): ActorRef | null => {
    const then = ref && onPeriod(ref, kb, day, period);
    if (!ref || !then) return ref;
    changed = true;
    return { ...ref, ...then };
  };
  const actor = redate(e.actor), target = redate(e.target);
  const actors = e.actors?.map((r) => redate(r)!), targets = e.targets?.map((r) => redate(r)!);
  if (!changed) return e;
  return { ...e, actor, target, ...(actors ? { actors } : {}), ...(targets ? { targets } : {}), rules: [...e.rules, EVENT_DATE_CODE_RULE] };
}

/**
 * The name and code a person holds over the whole period, when they differ from the publication day's: a person written
 * by name ("President Joe Biden") keeps the name and takes the code of the term then; one written by the office alone
 * ("the U.S. president") is whoever held it then. A pronoun or description, which could take up either, stays.
 */
function onPeriod(ref: ActorRef, kb: Knowledge, published: string, period: Period): { name: string; code: string } | null {
  if (!ref.code) return null;
  const entries = kb.actors.lookup(ref.name).filter((x) => x.kind === 'person');
  const now = pickEntry(entries, published);
  // (a code the context gave, not the dictionary, stays: only the publication day's own code is replaced)
  if (!now || now.code !== ref.code) return null;
  const surname = ref.name.split(/\s+/).pop()!.toLowerCase();
  if (ref.text.toLowerCase().includes(surname)) {
    const code = sameOverPeriod(period, (day) => pickEntry(entries, day));
    return code && code.name === ref.name && code.code !== ref.code ? { name: ref.name, code: code.code } : null;
  }
  if (!now.title || !now.country || !ref.text.toLowerCase().includes(now.title.toLowerCase())) return null;
  const holders = kb.officeHolders.get(`${now.country}:${now.title.toLowerCase()}`) ?? [];
  const holder = sameOverPeriod(period, (day) => onlyHolder(holders, day));
  return holder && holder.name !== ref.name ? { name: holder.name, code: holder.code } : null;
}

type Period = { first: string; last: string };

/** The entry holding on the period's first and last days, when it is the same one. */
function sameOverPeriod(period: Period, on: (day: string) => ActorEntry | null): ActorEntry | null {
  const first = on(period.first), last = on(period.last);
  return first && last && first.name === last.name && first.code === last.code ? first : null;
}

/** The one holder of an office on a day (as resolve/actor-phrases.ts reads "the US president" on the publication day). */
function onlyHolder(holders: readonly ActorEntry[], day: string): ActorEntry | null {
  const live = holders.filter((e) => (!e.from || e.from <= day) && (!e.to || day <= e.to));
  return live.length === 1 ? live[0] : null;
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The first and last day a stated date covers ("2022": the whole year); none for the reported-on fallback. */
function periodOf(date: EventDate | null): Period | null {
  if (!date || date.precision === 'reported') return null;
  const v = date.value;
  if (/^\d{4}$/.test(v)) return { first: `${v}-01-01`, last: `${v}-12-31` };
  if (/^\d{4}-\d{2}$/.test(v)) return { first: `${v}-01`, last: `${v}-${DAYS_IN_MONTH[Number(v.slice(5)) - 1] ?? 28}` };
  return /^\d{4}-\d{2}-\d{2}$/.test(v) ? { first: v, last: v } : null;
}
