import type { Knowledge } from '../knowledge/types.ts';
import type { Event } from '../schema/event.ts';
import { normalizeName } from '../nlp/normalize.ts';
import { storySections } from '../nlp/story-sections.ts';
import type { Coder } from './coder.ts';

export const SECTION_RULE = 'story:roundup-section';

/**
 * A roundup's stories coded one by one (nlp/story-sections.ts): each section is an article of its own with the
 * roundup's date and id and no title, and its events' offsets are moved back into the whole text. Any other text is
 * coded whole. (A list of reactions under country labels is read so too: each item's officials are its country's,
 * though what an item answers, "condemned the strike", is then told only by the introduction, which it no longer sees.)
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
      return sections.flatMap((s) => coder.code({ ...article, text: article.text.slice(s.start, s.end), title: null }).map((e) => withRule(movedSpans(e, (at) => at + s.start), SECTION_RULE)));
    },
  };
}

const withRule = (e: Event, rule: string): Event => ({ ...e, rules: [...e.rules, rule] });

/** Every `span` of the record, however deep, with its offsets moved by `moved`. */
function movedSpans<T>(value: T, moved: (at: number) => number): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => movedSpans(v, moved)) as T;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = k === 'span' && Array.isArray(v) && v.length === 2 && typeof v[0] === 'number' ? [moved(v[0]), moved(v[1] as number)] : movedSpans(v, moved);
  return out as T;
}
