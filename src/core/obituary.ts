import type { Event } from '../schema/event.ts';

/** The refiner's name in traces (`eval --explain`: refiner:obituary-life-story). */
export const OBITUARY_REFINER = 'obituary-life-story';

// the death the story reports: in its headline ("General X dies at 81", "Former minister Y dead") or its body ("has died")
const DEATH_HEADLINE = /\b(?:dies|died|dead)\b/i;
const DEATH_BODY = /\bha(?:s|ve) died\b|\bdied (?:on|last|early|late|peacefully|at (?:his|her|the) (?:home|hospital))\b/;
// what only an obituary says: the age at death, the survivors ("He was 81.", "dies at 81", "aged 81", "is survived by")
const OBITUARY_MARK = /\b(?:dies|died|dead) at \d{2,3}\b|(?:^|[.!?"”]\s+)(?:He|She) was \d{2,3}\.|\bis survived by\b|\bdied (?:on \w+ )?aged \d{2,3}\b/m;
// how far back a dated act may lie and still be the news of the days of the death, not the life's story
const RECENT_DAYS = 31;
const DAY_MS = 86_400_000;

/**
 * An obituary tells a life: "served two tours in Vietnam, where his unit was ambushed in 1970", "oversaw a bombing
 * campaign in 1998", "accused Pentagon officials of dereliction of duty". Its acts are the background of the person who
 * died (coding guide rule 1: no background), however specific: in a story that reports a death in its headline or
 * body and marks it as an obituary (the age at death, the survivors), only an act whose date the text states and that
 * falls within a month of publication is news ("Police arrested the driver on Monday" stays). A death by violence
 * reported as news ("killed in a strike") is no obituary: it is told by "killed", not "dies".
 */
export function withoutLifeStory(events: readonly Event[], article: { readonly title?: string | null; readonly text: string; readonly published: string | null }): Event[] {
  if (events.length === 0 || !isObituary(article.title ?? '', article.text)) return [...events];
  const published = article.published === null ? Number.NaN : Date.parse(article.published);
  if (Number.isNaN(published)) return [...events];
  return events.filter((e) => e.date !== null && e.date.span !== null && e.date.basis !== 'inferred' && isRecent(e.date.value, published));
}

export function isObituary(title: string, text: string): boolean {
  const head = title || text.slice(0, text.indexOf('\n') > 0 ? text.indexOf('\n') : 200);
  return (DEATH_HEADLINE.test(head) || DEATH_BODY.test(text)) && (OBITUARY_MARK.test(head) || OBITUARY_MARK.test(text));
}

// a day, month or year value that reaches into the month before publication
function isRecent(value: string, published: number): boolean {
  const [y, m, d] = value.split('-').map(Number);
  const latest = Date.UTC(y, m === undefined ? 11 : m - 1, d ?? (m === undefined ? 31 : 28));
  return latest >= published - RECENT_DAYS * DAY_MS;
}

