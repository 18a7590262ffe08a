import type { Knowledge } from '../knowledge/types.ts';
import type { Event } from '../schema/event.ts';
import { normalizeName } from '../nlp/normalize.ts';
import { storySections } from '../nlp/story-sections.ts';
import type { Coder } from './coder.ts';
import { condemnedActDoer } from './condemned-act-doer.ts';

export const SECTION_RULE = 'story:roundup-section';

/**
 * A roundup's stories coded one by one (nlp/story-sections.ts): each section is an article of its own with the
 * roundup's date and id and no title, and its events' offsets are moved back into the whole text. Any other text is
 * coded whole. A list of reactions under country labels is read so too: each item's officials are its country's. What
 * an item answers is told by the introduction: a condemnation that found no doer in its item ("Britain: The minister
 * condemned the strike") accuses the doer of the act the introduction told (core/condemned-act-doer.ts). A dateline
 * opens a story of its own, which answers nothing before it.
 */
export function sectionedCoder(coder: Coder, kb: Pick<Knowledge, 'places' | 'cities'>): Coder {
  const places = {
    country: (label: string) => kb.places.lookup(normalizeName(label)).some((p) => p.precision === 'country'),
    city: (name: string) => kb.cities(normalizeName(name)).length > 0 || kb.places.lookup(normalizeName(name)).some((p) => p.precision === 'city'),
  };
  return {
    code(article) {
      const sections = storySections(article.text, places);
      if (sections.length === 0) return coder.code(article);
      const coded = sections.map((s) => coder.code({ ...article, text: article.text.slice(s.start, s.end), title: null }).map((e) => withRule(movedSpans(e, (at) => at + s.start), SECTION_RULE)));
      const told = sections[0].opener === 'preamble' ? coded[0] : [];
      return coded.flatMap((events, k) => (sections[k].opener === 'label' && told.length ? answering(told, events) : events));
    },
  };
}

/** An item's events, its condemnations of an act it does not tell accusing the doer of the act the introduction told. */
function answering(told: readonly Event[], item: readonly Event[]): Event[] {
  const read = condemnedActDoer([...told, ...item]).slice(told.length);
  return read.map((e, k) => (e === item[k] ? e : withRule(e, ANSWERED_INTRODUCTION_RULE)));
}
export const ANSWERED_INTRODUCTION_RULE = 'target:condemned-act-of-introduction';

const withRule = (e: Event, rule: string): Event => ({ ...e, rules: [...e.rules, rule] });

/** Every `span` of the record, however deep, with its offsets moved by `moved`. */
function movedSpans<T>(value: T, moved: (at: number) => number): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => movedSpans(v, moved)) as T;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = k === 'span' && Array.isArray(v) && v.length === 2 && typeof v[0] === 'number' ? [moved(v[0]), moved(v[1] as number)] : movedSpans(v, moved);
  return out as T;
}
